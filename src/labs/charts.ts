/**
 * Charts drawn with text: pure functions of data, width and theme. Every line they return fits in
 * `width` columns, and all shape comes from the theme's symbols (with their ASCII fallbacks), so a
 * chart reads the same without colour. Colour only repeats what the shape already says.
 */
import type { Theme } from '../ui/theme.js';
import { visibleWidth, wrap } from '../ui/wrap.js';
import { clip, fitLine, pad } from './text.js';

/** A chart's title or caption, wrapped to the width, in one style. */
export function words(text: string, width: number, style: (s: string) => string): string[] {
  return wrap(text, width).map((line) => style(line));
}

export interface Bar {
  label: string;
  value: number;
  /** Printed after the bar: the value with its unit, usually. */
  note?: string;
  /** This bar's colour, over the chart's. */
  style?: (s: string) => string;
}

export interface BarOptions {
  /** The value of a full bar; default the largest value. */
  max?: number;
  /** Fill the rest of each bar with the empty symbol, for bars meant to be compared to a whole. */
  track?: boolean;
  style?: (s: string) => string;
}

/** Horizontal bars: `label  ██████░░░░  note`. A value above zero always gets at least one cell. */
export function bars(rows: Bar[], width: number, theme: Theme, o: BarOptions = {}): string[] {
  const top = o.max ?? Math.max(0, ...rows.map((r) => r.value));
  const noteW = Math.max(0, ...rows.map((r) => visibleWidth(r.note ?? '')));
  const labelW = labelWidth(rows.map((r) => r.label), width);
  const barW = Math.max(1, width - labelW - noteW - 4);
  return rows.map((r) => {
    const style = r.style ?? o.style ?? ((s: string) => s);
    const filled = Math.max(r.value > 0 ? 1 : 0, cells(r.value, top, barW));
    const rest = barW - filled;
    const bar = style(theme.symbols.barFull.repeat(filled)) + (o.track ? theme.dim(theme.symbols.barEmpty.repeat(rest)) : ' '.repeat(rest));
    return fitLine(`${pad(clip(r.label, labelW), labelW)}  ${bar}  ${r.note ?? ''}`.trimEnd(), width);
  });
}

export interface Bucket {
  label: string;
  count: number;
}

/** A histogram on its side: one bar per bucket, the count after it. */
export function histogram(buckets: Bucket[], width: number, theme: Theme, style?: (s: string) => string): string[] {
  return bars(
    buckets.map((b) => ({ label: b.label, value: b.count, note: String(b.count) })),
    width,
    theme,
    style ? { style } : {},
  );
}

export interface Panel {
  title: string;
  lines: string[];
}

/** Panels next to each other when they fit in `width`, one under the other when not. */
export function sideBySide(panels: Panel[], width: number, theme: Theme, gap = 3): string[] {
  const widths = panels.map((p) => Math.max(visibleWidth(p.title), ...p.lines.map(visibleWidth)));
  if (widths.reduce((a, b) => a + b, 0) + gap * (panels.length - 1) > width) {
    return panels.flatMap((p, i) => [...(i ? [''] : []), theme.bold(clip(p.title, width)), ...p.lines.map((l) => fitLine(l, width))]);
  }
  const rows = Math.max(...panels.map((p) => p.lines.length));
  const join = (cellsOf: (p: Panel, i: number) => string) =>
    panels
      .map((p, i) => pad(cellsOf(p, i), widths[i] ?? 0))
      .join(' '.repeat(gap))
      .trimEnd();
  const out = [join((p) => theme.bold(p.title))];
  for (let r = 0; r < rows; r++) out.push(join((p) => p.lines[r] ?? ''));
  return out;
}

export interface TimelineRow {
  label: string;
  /** Times at which something happened; several in one column show as a count. */
  marks: number[];
  note?: string;
}

export interface TimelineOptions {
  /** The time at the right edge. */
  end: number;
  format: (t: number) => string;
  style?: (s: string) => string;
  /** Label column width, to line the track up with another chart's. */
  labelWidth?: number;
  /** Draw the time axis under the chart (default true); off for all but the last of a stack. */
  axis?: boolean;
}

/**
 * A shared time axis with one track per row: `label │1──2───1─│ note`. A digit is how many marks
 * fell in that column (`+` for more than nine); the axis under it runs from 0 to `end`.
 */
export function timeline(rows: TimelineRow[], width: number, theme: Theme, o: TimelineOptions): string[] {
  const noteW = Math.max(0, ...rows.map((r) => visibleWidth(r.note ?? '')));
  const labelW = o.labelWidth ?? labelWidth(rows.map((r) => r.label), width);
  const trackW = trackWidth(width, labelW, noteW);
  const { gutter, rule } = theme.symbols;
  const style = o.style ?? theme.bold;
  const lines = rows.map((r) => {
    const counts = new Array<number>(trackW).fill(0);
    for (const t of r.marks) {
      const col = column(t, o.end, trackW);
      counts[col] = (counts[col] ?? 0) + 1;
    }
    const track = counts.map((n) => (n === 0 ? theme.dim(rule) : style(n > 9 ? '+' : String(n)))).join('');
    return fitLine(`${pad(clip(r.label, labelW), labelW)} ${gutter}${track}${gutter}${r.note ? ` ${r.note}` : ''}`, width);
  });
  return o.axis === false ? lines : [...lines, ...axis(labelW + 2, trackW, o.format(0), o.format(o.end), width)];
}

/** The labels under a track that starts at column `indent` and is `trackW` wide. */
function axis(indent: number, trackW: number, left: string, right: string, width: number): string[] {
  const gap = trackW - visibleWidth(left) - visibleWidth(right);
  if (gap < 1) return [fitLine(`${' '.repeat(indent)}${left} - ${right}`, width)];
  return [fitLine(`${' '.repeat(indent)}${left}${' '.repeat(gap)}${right}`, width)];
}

export interface Point {
  t: number;
  v: number;
}

export interface AreaOptions {
  end: number;
  /** The value at the top row; default the largest value. */
  max?: number;
  height: number;
  format: (v: number) => string;
  formatTime: (t: number) => string;
  style?: (s: string) => string;
  /** Label column width, to line the track up with a timeline's. */
  labelWidth?: number;
  /** Draw the time axis under the chart (default true). */
  axis?: boolean;
}

/**
 * A value over time, as columns of full cells: the top row is `max`. Unlike a bar, a value too
 * small for half a cell leaves its column empty: on a shared scale, that is the point.
 */
export function area(points: Point[], width: number, theme: Theme, o: AreaOptions): string[] {
  const top = o.max ?? Math.max(0, ...points.map((p) => p.v));
  const topLabel = o.format(top);
  const labelW = Math.max(o.labelWidth ?? 0, visibleWidth(topLabel), 1);
  const trackW = trackWidth(width, labelW, 0);
  const peaks = new Array<number>(trackW).fill(-1);
  for (const p of points) {
    const col = column(p.t, o.end, trackW);
    peaks[col] = Math.max(peaks[col] ?? -1, p.v);
  }
  // A column no sample fell in shows the value before it: the samples are a step function.
  for (let c = 1; c < trackW; c++) if ((peaks[c] ?? -1) < 0) peaks[c] = peaks[c - 1] ?? -1;
  const style = o.style ?? ((s: string) => s);
  const { gutter, barFull, rule } = theme.symbols;
  const lines: string[] = [];
  for (let row = o.height; row >= 1; row--) {
    const label = row === o.height ? topLabel : '';
    const track = peaks.map((v) => (cells(v, top, o.height) >= row ? style(barFull) : ' ')).join('');
    lines.push(fitLine(`${label.padStart(labelW)} ${gutter}${track}`.trimEnd(), width));
  }
  lines.push(fitLine(`${'0'.padStart(labelW)} ${gutter}${theme.dim(rule.repeat(trackW))}`, width));
  return o.axis === false ? lines : [...lines, ...axis(labelW + 2, trackW, o.formatTime(0), o.formatTime(o.end), width)];
}

export interface LaneRow {
  lane: number;
  label: string;
  note?: string;
}

/**
 * Things in the order they happened, one per line, each marked in its lane's column:
 *
 *       main   timers poll   check
 *    1  ●      │      │      │      main script
 *    2  │      ●      │      │      timeout A
 *
 * When the lanes do not fit, each line names its lane instead.
 */
export function lanes(names: string[], rows: LaneRow[], width: number, theme: Theme): string[] {
  const numW = String(rows.length).length;
  const nameW = Math.max(...names.map((n) => visibleWidth(n)));
  const laneW = nameW + 1;
  const textW = Math.max(...rows.map((r) => visibleWidth(r.label) + (r.note ? visibleWidth(r.note) + 1 : 0)));
  const lead = numW + 2;
  const text = (r: LaneRow) => `${r.label}${r.note ? ` ${theme.dim(r.note)}` : ''}`;
  const number = (i: number) => `${String(i + 1).padStart(numW)}  `;
  if (lead + laneW * names.length + textW > width) {
    return rows.map((r, i) => fitLine(`${number(i)}${theme.dim(pad(names[r.lane] ?? '', nameW))}  ${text(r)}`, width));
  }
  const header = `${' '.repeat(lead)}${names.map((n) => pad(n, laneW)).join('')}`.trimEnd();
  const lines = rows.map((r, i) => {
    const track = names.map((_, lane) => pad(lane === r.lane ? theme.bold(theme.symbols.done) : theme.dim(theme.symbols.gutter), laneW));
    return fitLine(`${number(i)}${track.join('')}${text(r)}`, width);
  });
  return [theme.dim(header), ...lines];
}

/** How many of `total` cells `value` fills, out of `top`, to the nearest cell. */
export function cells(value: number, top: number, total: number): number {
  if (!(value > 0) || !(top > 0)) return 0;
  return Math.max(0, Math.min(total, Math.round((value / top) * total)));
}

/** The label column: as wide as the widest label, but never more than a third of the line. */
export function labelWidth(labels: string[], width: number): number {
  return Math.min(Math.max(0, ...labels.map((l) => visibleWidth(l))), Math.floor(width / 3));
}

/** `label │track│ note`: what is left for the track, the same for every chart with a time axis. */
function trackWidth(width: number, labelW: number, noteW: number): number {
  return Math.max(2, width - labelW - 4 - (noteW ? noteW + 1 : 0));
}

function column(t: number, end: number, trackW: number): number {
  if (!(end > 0)) return 0;
  return Math.max(0, Math.min(trackW - 1, Math.floor((t / end) * trackW)));
}
