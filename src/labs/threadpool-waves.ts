/**
 * Thread pool waves: the same pbkdf2 jobs with 1, 2, 4 and 8 pool threads, and a loopback TCP
 * echo that keeps flowing while the only pool thread is busy. Probe: labs/threadpool-waves.mjs.
 */
import { timeline, words } from './charts.js';
import { max, ms } from './format.js';
import { labMessages as m } from './messages.js';
import { labResult, type Lab, type LabResult } from './types.js';

const PROBE = 'threadpool-waves.mjs';
const POOL_SIZES = [1, 2, 4, 8];
const JOBS = 8;
/** One job's target duration, before NODE_ARCH_LAB_SCALE. */
const TARGET_JOB_MS = 40;
/** The network run holds the pool this many jobs' worth. */
const BLOCKER_JOBS = 4;

export interface ThreadpoolSettings {
  jobs: number;
  poolSizes: number[];
  /** pbkdf2 iterations per job, calibrated to take about targetJobMs on this machine. */
  iterations: number;
  targetJobMs: number;
}

export interface PoolRun {
  poolSize: number;
  /** When each job's callback ran, in ms after all were queued, in the order they were queued. */
  doneMs: number[];
  /** Derived: groups of jobs that finished together (a gap of half a job or more starts a new one). */
  waves: number;
}

export interface NetworkRun {
  poolSize: number;
  iterations: number;
  /** When the pbkdf2 holding the only pool thread finished. */
  blockerDoneMs: number;
  /** When an fs.stat, queued behind it, finished. */
  statDoneMs: number;
  /** TCP echo round trips on 127.0.0.1 while the pool was busy. */
  echoes: { atMs: number; roundTripMs: number }[];
}

export type ThreadpoolResult = LabResult<ThreadpoolSettings, { pools: PoolRun[]; network: NetworkRun }>;

export const threadpoolWaves: Lab<ThreadpoolResult> = {
  name: 'threadpool-waves',
  title: m.threadpool.title,
  lesson: 'thread-pool',
  describe: m.threadpool.describe,

  async measure(run) {
    const calibration = await run({ probe: PROBE, args: ['--mode=calibrate', `--target-ms=${TARGET_JOB_MS}`] });
    const { iterations, targetMs } = calibration.data as { iterations: number; targetMs: number };
    const pools: PoolRun[] = [];
    for (const size of POOL_SIZES) {
      const out = await run({ probe: PROBE, args: ['--mode=pool', `--jobs=${JOBS}`, `--iterations=${iterations}`], env: { UV_THREADPOOL_SIZE: String(size) } });
      const { poolSize, doneMs } = out.data as { poolSize: number; doneMs: number[] };
      pools.push({ poolSize, doneMs, waves: 0 });
    }
    const jobMs = max(pools[0]?.doneMs ?? []) / JOBS;
    for (const p of pools) p.waves = countWaves(p.doneMs, jobMs / 2);
    const network = await run({
      probe: PROBE,
      args: ['--mode=network', `--iterations=${iterations * BLOCKER_JOBS}`],
      env: { UV_THREADPOOL_SIZE: '1' },
    });
    return labResult(this, calibration.meta, { jobs: JOBS, poolSizes: POOL_SIZES, iterations, targetJobMs: targetMs }, { pools, network: network.data as NetworkRun });
  },

  render(r, theme, width) {
    const pools = r.measurements.pools;
    const end = max(pools.flatMap((p) => p.doneMs));
    const net = r.measurements.network;
    const netEnd = Math.max(net.blockerDoneMs, net.statDoneMs, ...net.echoes.map((e) => e.atMs));
    return [
      ...words(m.threadpool.chartTitle(r.settings.jobs), width, theme.bold),
      ...timeline(
        pools.map((p) => ({ label: m.threadpool.threads(p.poolSize), marks: p.doneMs, note: ms(max(p.doneMs)) })),
        width,
        theme,
        { end, format: ms, style: theme.good },
      ),
      '',
      ...words(m.threadpool.networkTitle, width, theme.bold),
      ...timeline(
        [
          { label: m.threadpool.blockerRow, marks: [net.blockerDoneMs], note: ms(net.blockerDoneMs) },
          { label: m.threadpool.statRow, marks: [net.statDoneMs], note: ms(net.statDoneMs) },
          { label: m.threadpool.echoRow, marks: net.echoes.map((e) => e.atMs), note: m.threadpool.roundTrips(net.echoes.length) },
        ],
        width,
        theme,
        { end: netEnd, format: ms, style: theme.good },
      ),
    ];
  },

  explain(r) {
    const { pools, network: net } = r.measurements;
    const one = pools.find((p) => p.poolSize === 1);
    const jobs = r.settings.jobs;
    const wall = (p: PoolRun) => max(p.doneMs);
    return [
      m.threadpool.explainQueue(jobs, one ? ms(wall(one) / jobs) : '?', one?.waves === jobs),
      m.threadpool.explainCores(r.cpus, jobs, pools.map((p) => [p.poolSize, ms(wall(p))] as [number, string])),
      m.threadpool.explainNetwork(ms(net.blockerDoneMs), net.echoes.length, ms(max(net.echoes.map((e) => e.roundTripMs))), ms(net.statDoneMs)),
    ];
  },
};

/** Completion times → how many groups, a group ending where the next completion is `gap` later. */
export function countWaves(doneMs: number[], gap: number): number {
  const sorted = [...doneMs].sort((a, b) => a - b);
  let waves = sorted.length ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if ((sorted[i] ?? 0) - (sorted[i - 1] ?? 0) >= gap) waves++;
  return waves;
}
