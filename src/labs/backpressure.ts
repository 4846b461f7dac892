/**
 * Backpressure: a producer eight times faster than its consumer, ignoring write()'s return value,
 * honouring it, and joined with pipeline(). Probe: labs/backpressure.mjs.
 */
import { area, bars, words } from './charts.js';
import { bytes, max, ms } from './format.js';
import { labMessages as m } from './messages.js';
import { labResult, type Lab, type LabResult } from './types.js';

const PROBE = 'backpressure.mjs';
export const MODES = ['ignore', 'honour', 'pipeline'] as const;
export type Mode = (typeof MODES)[number];

export interface StreamSample {
  atMs: number;
  /** writable.writableLength: bytes written but not yet handled by the consumer. */
  bufferedBytes: number;
  /** Bytes the producer made that the consumer has not finished: every buffer on the way. */
  inFlightBytes: number;
  rss: number;
  heapUsed: number;
  arrayBuffers: number;
}

export interface StreamRun {
  mode: Mode;
  /** The Writable's highWaterMark: the running Node's default for byte streams. */
  highWaterMark: number;
  defaultHighWaterMark: number;
  chunkBytes: number;
  durationMs: number;
  totalBytes: number;
  producedBytes: number;
  consumedBytes: number;
  sampleEveryMs: number;
  samples: StreamSample[];
  peakBufferedBytes: number;
  peakRssMiB: number;
}

export type BackpressureResult = LabResult<{ modes: Mode[]; highWaterMark: number }, { runs: StreamRun[] }>;

export const backpressure: Lab<BackpressureResult> = {
  name: 'backpressure',
  title: m.backpressure.title,
  lesson: 'streams',
  describe: m.backpressure.describe,

  async measure(run) {
    const runs: StreamRun[] = [];
    let meta;
    for (const mode of MODES) {
      const out = await run({ probe: PROBE, args: [`--mode=${mode}`] });
      meta ??= out.meta;
      runs.push(out.data as StreamRun);
    }
    if (!meta) throw new Error('no backpressure run');
    return labResult(this, meta, { modes: [...MODES], highWaterMark: runs[0]?.highWaterMark ?? 0 }, { runs });
  },

  render(r, theme, width) {
    const runs = r.measurements.runs;
    const top = max(runs.flatMap((run) => run.samples.map((s) => s.bufferedBytes)));
    const end = max(runs.map((run) => run.durationMs));
    const charts = runs.flatMap((run) => [
      ...words(m.backpressure.panel[run.mode], width, theme.bold),
      ...area(
        run.samples.map((s) => ({ t: s.atMs, v: s.bufferedBytes })),
        width,
        theme,
        { end, max: top, height: 4, format: bytes, formatTime: ms, style: run.mode === 'ignore' ? theme.bad : theme.good },
      ),
      ...words(m.backpressure.peak(bytes(run.peakBufferedBytes), bytes(run.highWaterMark)), width, theme.dim),
      '',
    ]);
    return [
      ...words(m.backpressure.chartTitle(bytes(r.settings.highWaterMark), r.node), width, theme.bold),
      '',
      ...charts,
      ...words(m.backpressure.memoryTitle, width, theme.bold),
      ...bars(
        runs.map((run) => ({ label: m.backpressure.short[run.mode], value: run.peakRssMiB, note: `${run.peakRssMiB} MiB` })),
        width,
        theme,
        { track: true },
      ),
      ...words(m.backpressure.deliveredTitle, width, theme.bold),
      ...bars(
        runs.map((run) => ({ label: m.backpressure.short[run.mode], value: run.consumedBytes, note: bytes(run.consumedBytes) })),
        width,
        theme,
        { track: true },
      ),
    ];
  },

  explain(r) {
    const by = (mode: Mode) => r.measurements.runs.find((run) => run.mode === mode);
    const ignore = by('ignore');
    const honour = by('honour');
    const pipeline = by('pipeline');
    if (!ignore || !honour || !pipeline) return [];
    const inFlight = (run: StreamRun) => bytes(max(run.samples.map((s) => s.inFlightBytes)));
    return [
      m.backpressure.explainIgnore(bytes(ignore.producedBytes), bytes(ignore.consumedBytes), bytes(ignore.peakBufferedBytes), ignore.peakRssMiB),
      m.backpressure.explainHonour(bytes(honour.highWaterMark), bytes(honour.peakBufferedBytes), bytes(honour.consumedBytes), honour.peakRssMiB),
      m.backpressure.explainPipeline(inFlight(pipeline), r.node, bytes(r.settings.highWaterMark)),
    ];
  },
};
