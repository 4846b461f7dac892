/**
 * Older progress files, brought up to the current schema with nothing lost. Each step is a pure
 * function from one version to the next; the store writes the result back on its next save.
 */
import { rateAnswer, replay } from '../review/scheduler.js';
import type { Attempt, Progress } from './schema.js';

/** Version 1 → 2: every attempt gets the rating it would have had; cards are rebuilt from them. */
export function migrate1to2(v1: { lessons: Progress['lessons']; attempts: Omit<Attempt, 'rating'>[] }): Progress {
  // v1 did not record question types; "slow" cannot be judged, so only hints make an answer hard.
  const attempts: Attempt[] = v1.attempts.map((a) => ({ ...a, rating: rateAnswer(a, 'single') }));
  return { version: 2, lessons: v1.lessons, attempts, cards: replay(attempts) };
}
