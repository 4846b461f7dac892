import { describe, expect, it } from 'vitest';
import { LABS, findLab } from '../../src/labs/registry.js';
import { renderLabList, renderSetup } from '../../src/labs/report.js';
import { createTheme } from '../../src/ui/theme.js';
import { visibleWidth } from '../../src/ui/wrap.js';

const plain = createTheme({ color: false, unicode: true });

describe('the lab list', () => {
  it('has the six labs of issue 5, each linked to its lesson', () => {
    expect(LABS.map((l) => [l.name, l.lesson])).toEqual([
      ['loop-phases', 'event-loop'],
      ['threadpool-waves', 'thread-pool'],
      ['blocking-the-loop', 'blocking-the-loop'],
      ['gc', 'garbage-collection'],
      ['backpressure', 'streams'],
      ['workers', 'workers-processes'],
    ]);
    expect(findLab('gc')?.title).toBe('Garbage collection');
    expect(findLab('nope')).toBeUndefined();
  });

  it.each([40, 80, 120])('fits %d columns and names every lab, title and lesson', (width) => {
    const lines = renderLabList(LABS, plain, width);
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
    const text = lines.join('\n');
    for (const lab of LABS) {
      expect(text).toContain(lab.name);
      expect(text).toContain(lab.title);
      expect(text).toMatch(new RegExp(`lesson\\s+${lab.lesson}`));
    }
  });

  it('frames the code of a prediction without colour when colour is off', () => {
    const setup = renderSetup(findLab('loop-phases')?.setup ?? [], createTheme({ color: false, unicode: false }));
    expect(setup[0]).toBe('  | setTimeout(() => {                   // timeout A');
    expect(setup.join('\n')).not.toMatch(/\u001b/);
  });
});
