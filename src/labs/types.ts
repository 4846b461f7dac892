/**
 * What a lab is: an experiment run in child processes of the learner's own node (its probe, in
 * labs/), a pure drawing of the result, and a pure explanation of it. The lab drives its probe runs
 * through a RunProbe it is handed, so the spawning, limits and Ctrl+C live in one place (runner.ts)
 * and the tests can run the real probes without a terminal.
 */
import type { Theme } from '../ui/theme.js';

/** One child process: `node [flags] labs/<probe> [args]`, with extra environment variables. */
export interface ProbeRun {
  probe: string;
  args?: string[];
  flags?: string[];
  env?: Record<string, string>;
}

/** What every probe reports about the node it ran on (labs/probe-kit.mjs). */
export interface ProbeMeta {
  node: string;
  platform: string;
  arch: string;
  /** os.availableParallelism(): how many threads can really run at once. */
  cpus: number;
  /** NODE_ARCH_LAB_SCALE: 1 for the real lab, less in the tests. */
  scale: number;
}

export interface ProbeOutput {
  meta: ProbeMeta;
  data: unknown;
}

export type RunProbe = (run: ProbeRun) => Promise<ProbeOutput>;

/** What `node-arch lab <name> --json` prints: the same envelope for every lab. */
export interface LabResult<Settings, Measurements> extends ProbeMeta {
  lab: string;
  lesson: string;
  settings: Settings;
  measurements: Measurements;
}

/** A question asked before the run (in a terminal only), answered by what the run shows. */
export interface Prediction<R> {
  question: string;
  choices: { name: string; value: string }[];
  /** Given the measured result and the learner's choice: right or not, and why, on this run. */
  judge(result: R, answer: string): { right: boolean; why: string };
}

export interface Lab<R = unknown> {
  name: string;
  title: string;
  /** The lesson that teaches what the lab shows (`node-arch learn <lesson>`). */
  lesson: string;
  /** One line for `node-arch lab`. */
  describe: string;
  /** Code or setup shown before predicting, if the lab asks for a prediction. */
  setup?: string[];
  predictions?: Prediction<R>[];
  measure(run: RunProbe): Promise<R>;
  /** The chart: lines no wider than `width`, styled only through the theme. */
  render(result: R, theme: Theme, width: number): string[];
  /** Paragraphs saying what the numbers mean; true of this run's data. */
  explain(result: R): string[];
}

/** Builds the envelope from the first probe's meta. */
export function labResult<S, M>(lab: Pick<Lab, 'name' | 'lesson'>, meta: ProbeMeta, settings: S, measurements: M): LabResult<S, M> {
  return { lab: lab.name, lesson: lab.lesson, ...meta, settings, measurements };
}
