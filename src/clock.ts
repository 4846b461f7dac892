import { UserError } from './errors.js';

/**
 * The clock every command reads. NODE_ARCH_NOW (an ISO time) starts it at another moment and lets
 * it run on from there: the end-to-end tests use it to come back "tomorrow", and so can anyone
 * who wants to see what a review session will look like next week.
 */
export function makeClock(env: NodeJS.ProcessEnv, realNow: () => number = Date.now): () => Date {
  const start = env.NODE_ARCH_NOW;
  if (!start) return () => new Date(realNow());
  const at = Date.parse(start);
  if (Number.isNaN(at)) throw new UserError(`NODE_ARCH_NOW is not a date and time: "${start}" (use e.g. 2026-12-01T09:00:00Z)`);
  const offset = at - realNow();
  return () => new Date(realNow() + offset);
}
