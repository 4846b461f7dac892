import { beforeAll, describe, expect, it } from 'vitest';
import { min } from '../../src/labs/format.js';
import { workers, type WorkersResult } from '../../src/labs/workers.js';
import { expectEnvelope, expectRendersWell, runLab } from './lab-helpers.js';

describe('lab workers', () => {
  let r: WorkersResult;
  beforeAll(async () => {
    r = await runLab(workers);
  });

  it('reports the CPU runs and the three ways of passing data', () => {
    expectEnvelope(r, workers);
    expect(r.measurements.cpu.map((c) => c.workers)).toEqual([0, 1, r.settings.workers]);
    expect(r.settings.workers).toBeGreaterThanOrEqual(2);
    for (const way of ['copy', 'transfer', 'shared'] as const) {
      expect(r.measurements.passing.ways[way].roundTripMs).toHaveLength(3);
      expect(r.measurements.passing.ways[way].receivedBytes).toBe(r.settings.bufferBytes);
    }
  });

  it('work on the main thread blocks its loop; in a worker it does not', () => {
    const [main, one] = r.measurements.cpu;
    expect(main!.maxLatenessMs).toBeGreaterThan(0.5 * main!.wallMs);
    expect(main!.maxLatenessMs).toBeGreaterThan(one!.maxLatenessMs);
  });

  it('a transfer detaches the sender, a shared buffer is seen by both, a copy costs the most', () => {
    const { ways } = r.measurements.passing;
    expect(ways.transfer.senderBytesAfter).toBe(0);
    expect(ways.copy.senderBytesAfter).toBe(r.settings.bufferBytes);
    expect(ways.shared.workerWriteSeen).toBe(true);
    expect(min(ways.copy.roundTripMs)).toBeGreaterThan(min(ways.shared.roundTripMs));
  });

  it('draws and explains it', () => expectRendersWell(workers, r));
});
