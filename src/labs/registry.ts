/** The labs, in the order `node-arch lab` lists them: the order of the lessons they belong to. */
import { backpressure } from './backpressure.js';
import { blockingTheLoop } from './blocking-the-loop.js';
import { gc } from './gc.js';
import { loopPhases } from './loop-phases.js';
import { threadpoolWaves } from './threadpool-waves.js';
import type { Lab, ProbeMeta } from './types.js';
import { workers } from './workers.js';

export const LABS: readonly Lab<ProbeMeta>[] = [loopPhases, threadpoolWaves, blockingTheLoop, gc, backpressure, workers];

export function findLab(name: string): Lab<ProbeMeta> | undefined {
  return LABS.find((lab) => lab.name === name);
}
