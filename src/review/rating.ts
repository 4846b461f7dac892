/**
 * The grade an answer gives the scheduler. Apart from scheduler.ts so that asking a question
 * does not load the FSRS library before the learner has answered.
 */
import type { QuestionType } from '../content/schema.js';

export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type Rating = (typeof RATING)[keyof typeof RATING];

/** Taking longer than this to answer right counts as "hard": it was not yet fluent. */
const SLOW_MS: Record<QuestionType, number> = {
  single: 45_000,
  multiple: 60_000,
  truefalse: 30_000,
  order: 90_000,
  predict: 90_000,
  text: 60_000,
};

/** The grade the scheduler gets follows from the answer: wrong → again, helped or slow → hard. */
export function rateAnswer(a: { correct: boolean; hinted?: boolean; ms?: number }, type: QuestionType): Rating {
  if (!a.correct) return RATING.again;
  if (a.hinted || (a.ms !== undefined && a.ms > SLOW_MS[type])) return RATING.hard;
  return RATING.good;
}
