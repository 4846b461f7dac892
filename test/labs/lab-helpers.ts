/** Runs a lab's real probes at a reduced scale, and checks what every lab's output must satisfy. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { Cleanup } from '../../src/cleanup.js';
import { renderReport } from '../../src/labs/report.js';
import { createProbeRunner } from '../../src/labs/runner.js';
import type { Lab, ProbeMeta } from '../../src/labs/types.js';
import { createTheme } from '../../src/ui/theme.js';
import { visibleWidth } from '../../src/ui/wrap.js';

export const PROBES = fileURLToPath(new URL('../../labs/', import.meta.url));
/** Small enough to keep every lab under a second or two on a busy two-core machine. */
export const TEST_SCALE = '0.3';

export async function runLab<R>(lab: Lab<R>, scale = TEST_SCALE): Promise<R> {
  const cleanup = new Cleanup();
  try {
    return await lab.measure(createProbeRunner({ cleanup, probeDir: PROBES, env: { ...process.env, NODE_ARCH_LAB_SCALE: scale } }));
  } finally {
    await cleanup.run();
  }
}

/** The envelope every lab's --json shares. */
export function expectEnvelope(result: ProbeMeta & { lab: string; lesson: string }, lab: Lab<unknown>, scale = TEST_SCALE): void {
  expect(result).toMatchObject({ lab: lab.name, lesson: lab.lesson, node: process.version, platform: process.platform, arch: process.arch, scale: Number(scale) });
  expect(result.cpus).toBeGreaterThanOrEqual(1);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const THEMES = [createTheme({ color: false, unicode: true }), createTheme({ color: false, unicode: false }), createTheme({ color: true, unicode: true })];

/** The chart fits 40, 80 and 120 columns, carries no colour when colour is off, and the report says what to read. */
export function expectRendersWell<R extends ProbeMeta>(lab: Lab<R>, result: R): void {
  for (const width of [40, 80, 120]) {
    for (const theme of THEMES) {
      const chart = lab.render(result, theme, width);
      expect(chart.length).toBeGreaterThan(3);
      for (const line of chart) expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
      if (theme === THEMES[0] || theme === THEMES[1]) expect(chart.join('\n')).not.toMatch(/\u001b/);
      if (theme === THEMES[1]) expect(chart.join('\n')).not.toMatch(/[\u2500-\u25ff]/);
    }
  }
  const explanation = lab.explain(result);
  expect(explanation.length).toBeGreaterThan(0);
  for (const paragraph of explanation) {
    expect(paragraph).not.toMatch(/undefined|NaN|\?\?|Infinity/);
    expect(paragraph.length).toBeGreaterThan(40);
  }
  const report = renderReport(lab, result, [], THEMES[0]!, 79, 79).join('\n');
  expect(report).toContain(`node-arch learn ${lab.lesson}`);
  expect(report).toContain('Measured on this machine');
}

export function sortedGaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - (sorted[i] ?? 0));
}
