import { beforeAll, describe, expect, it } from 'vitest';
import { gc, LIMITED_OLD_SPACE_MIB, type GcResult, type GcRun } from '../../src/labs/gc.js';
import { expectEnvelope, expectRendersWell, runLab } from './lab-helpers.js';

const count = (run: GcRun, kind: string) => run.gcs.filter((g) => g.kind === kind).length;
const oldSpace = (s: GcRun['samples'][number]) => s.usedBytes.old_space ?? 0;

describe('lab gc', () => {
  let r: GcResult;
  beforeAll(async () => {
    r = await runLab(gc);
  });

  it('reports heap spaces over time and GC events, with and without --max-old-space-size', () => {
    expectEnvelope(r, gc);
    const [free, limited] = r.measurements.runs as [GcRun, GcRun];
    expect(free.maxOldSpaceSizeMiB).toBeNull();
    expect(limited.maxOldSpaceSizeMiB).toBe(LIMITED_OLD_SPACE_MIB);
    expect(limited.heapSizeLimitMiB).toBeLessThan(free.heapSizeLimitMiB);
    expect(free.phases.map((p) => p.name)).toEqual(['short-lived', 'long-lived', 'medium-lived']);
    for (const run of [free, limited]) {
      expect(run.stoppedEarly).toBe(false);
      expect(run.samples.length).toBeGreaterThan(5);
      expect(run.samples[0]?.usedBytes).toHaveProperty('new_space');
      expect(run.samples[0]?.usedBytes).toHaveProperty('old_space');
      expect(run.gcs.length).toBeGreaterThan(0);
    }
  });

  it('short-lived objects bring minor GCs; kept ones grow old space; the limit brings major GCs', () => {
    const [free, limited] = r.measurements.runs as [GcRun, GcRun];
    const short = free.phases[0]!;
    expect(free.gcs.filter((g) => g.kind === 'minor' && g.atMs <= short.endMs).length).toBeGreaterThanOrEqual(1);
    const oldDuring = (phase: string) => Math.max(...free.samples.filter((s) => s.phase === phase).map(oldSpace));
    expect(oldDuring('medium-lived')).toBeGreaterThan(oldDuring('short-lived'));
    expect(count(limited, 'major')).toBeGreaterThan(count(free, 'major'));
  });

  it('draws and explains it', () => expectRendersWell(gc, r));
});
