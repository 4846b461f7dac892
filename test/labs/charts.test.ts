import { describe, expect, it } from 'vitest';
import { area, bars, cells, histogram, lanes, sideBySide, timeline } from '../../src/labs/charts.js';
import { table } from '../../src/labs/table.js';
import { createTheme, type Theme } from '../../src/ui/theme.js';
import { visibleWidth } from '../../src/ui/wrap.js';

const THEMES = {
  plain: createTheme({ color: false, unicode: true }),
  ascii: createTheme({ color: false, unicode: false }),
  colour: createTheme({ color: true, unicode: true }),
};
const WIDTHS = [40, 80, 120];
const fmt = (v: number) => `${Math.round(v)} ms`;

/** Every chart, with data that pushes at its edges: long labels, long notes, zeros, outliers. */
const CHARTS: Record<string, (theme: Theme, width: number) => string[]> = {
  bars: (t, w) =>
    bars(
      [
        { label: 'main thread', value: 149, note: '149 ms' },
        { label: 'a label much longer than a third of a narrow terminal', value: 0.4, note: '0.4 ms' },
        { label: 'zero', value: 0, note: '0 ms' },
      ],
      w,
      t,
      { track: true },
    ),
  histogram: (t, w) =>
    histogram(
      [
        { label: '0-1 ms', count: 80 },
        { label: '1-2 ms', count: 0 },
        { label: '100-200 ms', count: 1 },
      ],
      w,
      t,
    ),
  timeline: (t, w) =>
    timeline(
      [
        { label: '1 thread', marks: [40, 80, 120, 160, 200, 240, 280, 320], note: '320 ms' },
        { label: '8 threads', marks: [318, 319, 319, 320, 320, 320, 320, 320], note: '320 ms' },
        { label: 'many', marks: Array.from({ length: 30 }, () => 5) },
      ],
      w,
      t,
      { end: 320, format: fmt },
    ),
  area: (t, w) =>
    area(
      [0, 25, 50, 75, 100, 400, 800].map((at, i) => ({ t: at, v: [0, 4e6, 8e6, 29e6, 28e6, 2e6, 16384][i] ?? 0 })),
      w,
      t,
      { end: 800, height: 4, format: (v) => `${Math.round(v / 1e6)} MB`, formatTime: fmt },
    ),
  lanes: (t, w) =>
    lanes(
      ['main', 'nextTick', 'promise', 'timers', 'poll', 'check'],
      [
        { lane: 0, label: 'main script' },
        { lane: 5, label: 'immediate A', note: '(race)' },
        { lane: 3, label: 'timeout A', note: '(race)' },
        { lane: 1, label: 'nextTick A' },
      ],
      w,
      t,
    ),
  sideBySide: (t, w) =>
    sideBySide(
      [
        { title: 'On the main thread', lines: histogram([{ label: '0-1 ms', count: 22 }], Math.floor((w - 3) / 2), t) },
        { title: 'Offloaded', lines: histogram([{ label: '0-1 ms', count: 80 }], Math.floor((w - 3) / 2), t) },
      ],
      w,
      t,
    ),
  table: (t, w) =>
    table(
      [
        ['', 'main thread', 'offloaded'],
        ['monitorEventLoopDelay max (10 ms timer)', '145 ms', '19 ms'],
        ['event loop utilization', '70%', '20%'],
      ],
      w,
      t,
    ),
};

describe('chart helpers', () => {
  for (const [name, draw] of Object.entries(CHARTS)) {
    for (const width of WIDTHS) {
      it(`${name} fits in ${width} columns, in every theme`, () => {
        for (const theme of Object.values(THEMES)) {
          const lines = draw(theme, width);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        }
      });
    }

    it(`${name} prints no colour codes when colour is off, and only ASCII on TERM=dumb`, () => {
      for (const width of WIDTHS) {
        const plain = draw(THEMES.plain, width).join('\n');
        expect(plain).not.toMatch(/\u001b/);
        const ascii = draw(THEMES.ascii, width).join('\n');
        expect(ascii).not.toMatch(/\u001b/);
        // eslint-disable-next-line no-control-regex
        expect(ascii).toMatch(/^[\u0000-\u007f]*$/);
      }
    });
  }

  it('colour only repeats what the shape says', () => {
    const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    for (const [, draw] of Object.entries(CHARTS)) {
      expect(draw(THEMES.colour, 80).map(strip)).toEqual(draw(THEMES.plain, 80));
    }
  });
});

describe('what the charts show', () => {
  it('bars: the largest value fills the bar, and any value above zero gets a cell', () => {
    const [big, small, zero] = bars(
      [
        { label: 'a', value: 100, note: 'x' },
        { label: 'b', value: 0.1, note: 'y' },
        { label: 'c', value: 0, note: 'z' },
      ],
      30,
      THEMES.ascii,
    );
    expect(big).toBe(`a  ${'#'.repeat(24)}  x`);
    expect(small).toBe(`b  #${' '.repeat(23)}  y`);
    expect(zero).toBe(`c  ${' '.repeat(24)}  z`);
  });

  it('timeline: a digit counts the marks in its column, and the axis runs from 0 to the end', () => {
    const lines = timeline([{ label: 'r', marks: [0, 0, 50, 100] }], 20, THEMES.ascii, { end: 100, format: fmt });
    expect(lines).toEqual(['r |2------1------1|', '   0 ms     100 ms']);
  });

  it('area: a value too small for the scale leaves its column empty', () => {
    const lines = area(
      [
        { t: 0, v: 100 },
        { t: 50, v: 1 },
      ],
      16,
      THEMES.ascii,
      { end: 100, height: 2, format: String, formatTime: String },
    );
    expect(lines).toEqual(['100 |####', '    |####', '  0 |---------', '     0     100']);
  });

  it('lanes: one column per lane, or the lane named on each line when they do not fit', () => {
    const rows = [
      { lane: 1, label: 'timeout A' },
      { lane: 0, label: 'main script' },
    ];
    expect(lanes(['main', 'timers'], rows, 40, THEMES.ascii)).toEqual(['   main   timers', '1  |      *      timeout A', '2  *      |      main script']);
    expect(lanes(['main', 'timers'], rows, 24, THEMES.ascii)).toEqual(['1  timers  timeout A', '2  main    main script']);
  });

  it('sideBySide: stacks the panels when they do not fit', () => {
    const panels = [
      { title: 'left', lines: ['aaaa'] },
      { title: 'right', lines: ['bbbb'] },
    ];
    expect(sideBySide(panels, 40, THEMES.ascii)).toEqual(['left   right', 'aaaa   bbbb']);
    expect(sideBySide(panels, 8, THEMES.ascii)).toEqual(['left', 'aaaa', '', 'right', 'bbbb']);
  });

  it.each([
    [0, 10, 4, 0],
    [10, 10, 4, 4],
    [1, 10, 4, 0],
    [2, 10, 4, 1],
    [20, 10, 4, 4],
    [5, 0, 4, 0],
  ])('cells(%d of %d, in %d) = %d', (value, top, total, expected) => {
    expect(cells(value, top, total)).toBe(expected);
  });
});
