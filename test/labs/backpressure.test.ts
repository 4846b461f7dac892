import { beforeAll, describe, expect, it } from 'vitest';
import { backpressure, type BackpressureResult } from '../../src/labs/backpressure.js';
import { max } from '../../src/labs/format.js';
import { expectEnvelope, expectRendersWell, runLab } from './lab-helpers.js';

describe('lab backpressure', () => {
  let r: BackpressureResult;
  beforeAll(async () => {
    r = await runLab(backpressure);
  });
  const run = (mode: string) => r.measurements.runs.find((x) => x.mode === mode)!;

  it("reports the running Node's highWaterMark and a series per mode", () => {
    expectEnvelope(r, backpressure);
    expect(r.measurements.runs.map((x) => x.mode)).toEqual(['ignore', 'honour', 'pipeline']);
    for (const x of r.measurements.runs) {
      expect(x.highWaterMark).toBe(x.defaultHighWaterMark);
      expect([16 * 1024, 64 * 1024]).toContain(x.highWaterMark);
      expect(x.samples.length).toBeGreaterThan(3);
      expect(x.consumedBytes).toBeGreaterThan(0);
    }
    expect(r.settings.highWaterMark).toBe(run('ignore').highWaterMark);
  });

  it('honouring backpressure keeps the buffer near highWaterMark; ignoring it does not', () => {
    const hwm = r.settings.highWaterMark;
    const chunk = run('honour').chunkBytes;
    expect(run('honour').peakBufferedBytes).toBeLessThanOrEqual(hwm + chunk);
    expect(run('pipeline').peakBufferedBytes).toBeLessThanOrEqual(hwm + chunk);
    expect(run('ignore').peakBufferedBytes).toBeGreaterThan(10 * hwm);
    const arrayBuffers = (mode: string) => max(run(mode).samples.map((s) => s.arrayBuffers));
    expect(arrayBuffers('ignore')).toBeGreaterThan(arrayBuffers('honour') + 2 * 1024 * 1024);
  });

  it('draws and explains it', () => expectRendersWell(backpressure, r));
});
