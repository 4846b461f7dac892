import { beforeAll, describe, expect, it } from 'vitest';
import { blockingTheLoop, bucketEdges, buckets, type BlockingResult } from '../../src/labs/blocking-the-loop.js';
import { max } from '../../src/labs/format.js';
import { expectEnvelope, expectRendersWell, runLab } from './lab-helpers.js';

describe('lab blocking-the-loop', () => {
  let r: BlockingResult;
  // Full size: blocks of ~120 ms stand well clear of the pauses a busy machine adds to any run.
  beforeAll(async () => {
    r = await runLab(blockingTheLoop, '1');
  });

  it('reports both runs: tasks, timer lateness, utilization and monitorEventLoopDelay', () => {
    expectEnvelope(r, blockingTheLoop, '1');
    expect(r.settings.sizes.records).toBeGreaterThan(0);
    for (const run of [r.measurements.blocking, r.measurements.offloaded]) {
      expect(run.tasks.map((t) => t.task)).toEqual(['json', 'pbkdf2', 'regex']);
      expect(run.latenessMs.length).toBeGreaterThan(5);
      expect(run.utilization).toBeGreaterThan(0);
      expect(run.utilization).toBeLessThanOrEqual(1);
      expect(run.monitorEventLoopDelay.maxMs).toBeGreaterThan(0);
    }
  });

  it('the synchronous version delays the loop far more than the offloaded one', () => {
    const { blocking, offloaded } = r.measurements;
    const longestTask = max(blocking.tasks.map((t) => t.endMs - t.startMs));
    expect(max(blocking.latenessMs)).toBeGreaterThan(0.5 * longestTask);
    expect(max(blocking.latenessMs)).toBeGreaterThan(max(offloaded.latenessMs));
    expect(blocking.monitorEventLoopDelay.maxMs).toBeGreaterThan(offloaded.monitorEventLoopDelay.maxMs);
    expect(blocking.utilization).toBeGreaterThan(offloaded.utilization);
  });

  it('draws and explains it', () => expectRendersWell(blockingTheLoop, r));

  it('shares bucket edges up to the first above the largest sample', () => {
    expect(bucketEdges(0.5)).toEqual([1]);
    expect(bucketEdges(133)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(buckets([0, 0.5, 1, 4.9, 150], [1, 2, 5, 10, 20, 50, 100, 200]).map((b) => b.count)).toEqual([2, 1, 1, 0, 0, 0, 0, 1]);
  });
});
