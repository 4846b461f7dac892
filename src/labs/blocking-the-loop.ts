/**
 * Blocking the loop: JSON.parse, pbkdf2Sync and a backtracking regex on the main thread, against
 * the same work partitioned, on the thread pool and in a worker. Probe: labs/blocking-the-loop.mjs.
 */
import { histogram, sideBySide, type Bucket, words } from './charts.js';
import { max, ms, percent } from './format.js';
import { labMessages as m } from './messages.js';
import { table } from './table.js';
import { labResult, type Lab, type LabResult } from './types.js';

const PROBE = 'blocking-the-loop.mjs';
/** Each task's target duration, before NODE_ARCH_LAB_SCALE. */
const TARGET_TASK_MS = 120;

export interface TaskSizes {
  /** JSON records parsed. */
  records: number;
  /** pbkdf2 iterations. */
  iterations: number;
  /** Spaces before the `x` that /\s+$/ backtracks over. */
  spaces: number;
}

export interface LoopRun {
  mode: 'blocking' | 'offloaded';
  wallMs: number;
  /** When each task started and ended, as the main thread saw it. */
  tasks: { task: 'json' | 'pbkdf2' | 'regex'; startMs: number; endMs: number }[];
  sampleEveryMs: number;
  /** How late each firing of a `sampleEveryMs` interval timer was. */
  latenessMs: number[];
  /** performance.eventLoopUtilization() over the run: the share of time the loop was busy. */
  utilization: number;
  monitorEventLoopDelay: { resolutionMs: number; minMs: number; meanMs: number; p50Ms: number; p99Ms: number; maxMs: number };
}

export type BlockingResult = LabResult<{ targetTaskMs: number; sizes: TaskSizes }, { blocking: LoopRun; offloaded: LoopRun }>;

export const blockingTheLoop: Lab<BlockingResult> = {
  name: 'blocking-the-loop',
  title: m.blocking.title,
  lesson: 'blocking-the-loop',
  describe: m.blocking.describe,

  async measure(run) {
    const calibration = await run({ probe: PROBE, args: ['--mode=calibrate', `--target-ms=${TARGET_TASK_MS}`] });
    const { targetMs, ...sizes } = calibration.data as TaskSizes & { targetMs: number };
    const args = [`--records=${sizes.records}`, `--iterations=${sizes.iterations}`, `--spaces=${sizes.spaces}`];
    const blocking = await run({ probe: PROBE, args: ['--mode=blocking', ...args] });
    const offloaded = await run({ probe: PROBE, args: ['--mode=offloaded', ...args] });
    return labResult(this, calibration.meta, { targetTaskMs: targetMs, sizes }, { blocking: blocking.data as LoopRun, offloaded: offloaded.data as LoopRun });
  },

  render(r, theme, width) {
    const { blocking, offloaded } = r.measurements;
    const edges = bucketEdges(Math.max(max(blocking.latenessMs), max(offloaded.latenessMs)));
    const gap = 3;
    const panelWidth = width >= 60 ? Math.floor((width - gap) / 2) : width;
    const panel = (title: string, run: LoopRun, style: (s: string) => string) => ({
      title,
      lines: histogram(buckets(run.latenessMs, edges), panelWidth, theme, style),
    });
    const eld = (run: LoopRun) => run.monitorEventLoopDelay;
    return [
      ...words(m.blocking.chartTitle(blocking.sampleEveryMs), width, theme.bold),
      '',
      ...sideBySide([panel(m.blocking.blockingPanel, blocking, theme.bad), panel(m.blocking.offloadedPanel, offloaded, theme.good)], width, theme, gap),
      '',
      ...table(
        [
          ['', m.blocking.blockingColumn, m.blocking.offloadedColumn],
          [m.blocking.longestLate, ms(max(blocking.latenessMs)), ms(max(offloaded.latenessMs))],
          [m.blocking.eldMax(eld(blocking).resolutionMs), ms(eld(blocking).maxMs), ms(eld(offloaded).maxMs)],
          [m.blocking.utilization, percent(blocking.utilization), percent(offloaded.utilization)],
          [m.blocking.wall, ms(blocking.wallMs), ms(offloaded.wallMs)],
        ],
        width,
        theme,
      ),
    ];
  },

  explain(r) {
    const { blocking, offloaded } = r.measurements;
    const took = (run: LoopRun, task: string) => {
      const t = run.tasks.find((x) => x.task === task);
      return t ? ms(t.endMs - t.startMs) : '?';
    };
    return [
      m.blocking.explainBlocking(took(blocking, 'json'), took(blocking, 'pbkdf2'), took(blocking, 'regex'), ms(max(blocking.latenessMs))),
      m.blocking.explainOffloaded(ms(max(offloaded.latenessMs)), took(offloaded, 'json'), took(blocking, 'json'), percent(blocking.utilization), percent(offloaded.utilization)),
      m.blocking.explainMonitor(blocking.monitorEventLoopDelay.resolutionMs, ms(offloaded.monitorEventLoopDelay.p50Ms), ms(blocking.monitorEventLoopDelay.maxMs)),
    ];
  },
};

const EDGES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** Bucket edges in ms, up to the first one above the largest sample: both panels share them. */
export function bucketEdges(largest: number): number[] {
  const upTo = EDGES.findIndex((e) => e > largest);
  return upTo === -1 ? EDGES : EDGES.slice(0, upTo + 1);
}

export function buckets(samples: number[], edges: number[]): Bucket[] {
  return edges.map((edge, i) => {
    const low = i === 0 ? 0 : (edges[i - 1] ?? 0);
    return { label: m.blocking.bucket(low, edge), count: samples.filter((s) => s >= low && s < edge).length };
  });
}
