import { beforeAll, describe, expect, it } from 'vitest';
import { countWaves, threadpoolWaves, type ThreadpoolResult } from '../../src/labs/threadpool-waves.js';
import { median } from '../../src/labs/format.js';
import { expectEnvelope, expectRendersWell, runLab, sortedGaps } from './lab-helpers.js';

describe('lab threadpool-waves', () => {
  let r: ThreadpoolResult;
  beforeAll(async () => {
    r = await runLab(threadpoolWaves);
  });

  it('reports every job for every pool size, and the network run', () => {
    expectEnvelope(r, threadpoolWaves);
    expect(r.settings).toMatchObject({ jobs: 8, poolSizes: [1, 2, 4, 8] });
    expect(r.settings.iterations).toBeGreaterThan(0);
    expect(r.measurements.pools.map((p) => p.poolSize)).toEqual([1, 2, 4, 8]);
    for (const p of r.measurements.pools) {
      expect(p.doneMs).toHaveLength(8);
      expect(p.doneMs.every((t) => t > 0)).toBe(true);
    }
    expect(r.measurements.network.poolSize).toBe(1);
  });

  it('with one thread, the jobs finish one after another', () => {
    const one = r.measurements.pools[0]!;
    const gaps = sortedGaps(one.doneMs);
    // Equal jobs on one thread: no two can finish together, whatever the noise adds.
    for (const gap of gaps) expect(gap).toBeGreaterThan(0.3 * median(gaps));
    expect(Math.min(...one.doneMs)).toBeLessThan(0.35 * Math.max(...one.doneMs));
  });

  it('with eight threads, all eight jobs run at once and finish later but together', () => {
    // How far into the run half the jobs were done: about half-way for one thread, near the end for eight.
    const halfDone = (p: { doneMs: number[] }) => median(p.doneMs) / Math.max(...p.doneMs);
    const [one, , , eight] = r.measurements.pools;
    expect(halfDone(eight!)).toBeGreaterThan(halfDone(one!));
    expect(halfDone(eight!)).toBeGreaterThan(0.6);
  });

  it('network I/O goes on while the only pool thread is busy; an fs.stat waits for it', () => {
    const net = r.measurements.network;
    expect(net.echoes.length).toBeGreaterThanOrEqual(2);
    expect(net.echoes[0]!.atMs).toBeLessThan(net.blockerDoneMs / 2);
    expect(Math.max(...net.echoes.map((e) => e.roundTripMs))).toBeLessThan(net.blockerDoneMs / 2);
    expect(net.statDoneMs).toBeGreaterThanOrEqual(net.blockerDoneMs);
  });

  it('draws and explains it', () => expectRendersWell(threadpoolWaves, r));

  it.each([
    [[10, 20, 30, 40], 5, 4],
    [[10, 11, 30, 31], 5, 2],
    [[31, 30, 29, 30], 5, 1],
    [[], 5, 0],
  ])('countWaves(%j, gap %d) = %d', (done, gap, waves) => {
    expect(countWaves(done, gap)).toBe(waves);
  });
});
