/** `node-arch lab` end to end: the built CLI, without a terminal and in a pseudo-terminal. */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visibleWidth } from '../../src/ui/wrap.js';
import { KEY, runInPty, runPiped } from '../e2e/cli.js';
import { TEST_SCALE } from './lab-helpers.js';

const QUICK = { NODE_ARCH_LAB_SCALE: TEST_SCALE };

/** Probe processes started with this marker in their environment (Linux: /proc). */
function probesWithMark(mark: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (environ.includes(`NODE_ARCH_TEST_MARK=${mark}`) && /labs[/\\][\w-]+\.mjs/.test(cmdline)) pids.push(Number(entry));
    } catch {
      // gone already, or not ours to read
    }
  }
  return pids;
}

describe('node-arch lab, without a terminal', () => {
  it('lists the labs, and lists them as JSON', async () => {
    const text = await runPiped(['lab'], {});
    expect(text.code).toBe(0);
    for (const name of ['threadpool-waves', 'blocking-the-loop', 'loop-phases', 'backpressure', 'gc', 'workers']) expect(text.stdout).toContain(name);
    const json = await runPiped(['lab', '--json'], {});
    expect(JSON.parse(json.stdout).labs).toContainEqual(expect.objectContaining({ name: 'gc', lesson: 'garbage-collection', title: expect.any(String), describe: expect.any(String) }));
  });

  it('names the labs when the name is unknown', async () => {
    const r = await runPiped(['lab', 'threadpool'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^node-arch: There is no lab "threadpool"\. Did you mean "threadpool-waves"\? The labs are: .*workers\.\n$/);
  });

  it('prints only the measurements with --json', async () => {
    const r = await runPiped(['lab', 'threadpool-waves', '--json'], QUICK);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ lab: 'threadpool-waves', lesson: 'thread-pool', node: process.version, scale: 0.3, settings: { jobs: 8, poolSizes: [1, 2, 4, 8] } });
    expect(result.measurements.pools).toHaveLength(4);
  });

  it('asks nothing without a terminal, even in a lab that has predictions', async () => {
    const r = await runPiped(['lab', 'loop-phases'], QUICK);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Running "Event loop phases, traced"');
    expect(r.stdout).not.toContain('Your predictions');
    expect(r.stdout).toContain('Fixed by Node');
    expect(r.stdout).toContain('node-arch learn event-loop');
    expect(r.stdout).not.toMatch(/\u001b/);
  });
});

describe('node-arch lab, in a terminal', () => {
  it('runs a lab under a spinner, then draws the chart in the width and explains it', async () => {
    const s = runInPty(['lab', 'backpressure'], QUICK, 80);
    await s.waitFor('Running "Backpressure"');
    await s.waitFor('What you just saw', 20_000);
    expect((await s.exited).exitCode).toBe(0);
    const text = s.text();
    expect(text).toContain("Ignoring write()'s return value");
    expect(text).toContain('highWaterMark');
    expect(text).toContain('node-arch learn streams');
    const report = text.slice(text.indexOf('Measured on this machine'));
    for (const line of report.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(80);
  });

  it('asks for predictions first, then judges them by what ran', async () => {
    const s = runInPty(['lab', 'loop-phases'], QUICK, 100);
    await s.waitFor('fs.readFile(file');
    await s.waitFor('in what order do');
    s.type(KEY.enter); // nextTick B, promise B, immediate B, timeout B: right
    await s.waitFor('which runs first');
    s.type(KEY.down + KEY.down + KEY.enter); // "It is not fixed": right
    await s.waitFor('Your predictions', 20_000);
    expect((await s.exited).exitCode).toBe(0);
    const judged = s.text().slice(s.text().indexOf('Your predictions'));
    expect(judged.match(/Right\./g)).toHaveLength(2);
  });

  it.runIf(process.platform === 'linux')('stops on Ctrl+C mid-lab: exit 130, one line, no probe left running', async () => {
    const mark = randomUUID();
    // Full size, so the lab is still running when the key arrives.
    const s = runInPty(['lab', 'threadpool-waves'], { NODE_ARCH_TEST_MARK: mark }, 80);
    await s.waitFor('Running "Thread pool waves"');
    for (let i = 0; i < 250 && probesWithMark(mark).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(probesWithMark(mark).length).toBeGreaterThan(0);
    s.type(KEY.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
    expect(s.text()).toContain('Stopped.');
    expect(s.text()).not.toContain('What you just saw');
    expect(s.text()).not.toMatch(/\n\s+at /);
    await new Promise((r) => setTimeout(r, 100));
    expect(probesWithMark(mark)).toEqual([]);
  });
});
