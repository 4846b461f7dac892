/**
 * The progress file, version 2. Keyed by stable lesson and question ids, never by position,
 * so reordering or extending the course never scrambles anyone's progress.
 * Version 1 (no ratings, no cards) is migrated on load by migrate.ts.
 */
import type { QuizRun } from '../engine/session.js';

export const PROGRESS_VERSION = 2;

export interface Progress {
  version: number;
  lessons: Record<string, LessonProgress>;
  /** Every answer ever given, oldest first. */
  attempts: Attempt[];
  /** The review schedule of every question answered so far, keyed `lesson/question`. */
  cards: Record<string, CardState>;
}

/** An FSRS card (ts-fsrs's Card, with dates as ISO strings). */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string;
}

export interface LessonProgress {
  /** The screen the learner last reached (0-based), to resume reading there. */
  screen: number;
  /** When the learner reached the end of the lesson text. */
  readAt?: string;
  /** A quiz run in progress, resumed after Ctrl+C or a quit. */
  run?: QuizRun;
  /** Every finished quiz run. */
  completions: Completion[];
}

export interface Completion {
  at: string;
  correct: number;
  total: number;
}

export interface Attempt {
  lesson: string;
  question: string;
  /** ISO 8601 time of the answer. */
  at: string;
  correct: boolean;
  /** What the learner answered, as shown to them. */
  given: string;
  /** The Node major the answer was graded against. */
  node: number;
  /** The grade the scheduler got: 1 again, 2 hard, 3 good, 4 easy. */
  rating: 1 | 2 | 3 | 4;
  hinted?: boolean;
  /** Milliseconds from the question being shown to the answer. */
  ms?: number;
  /** Answered in `node-arch review`, not in a lesson's quiz. */
  review?: boolean;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [], cards: {} };
}

export function lessonEntry(p: Progress, id: string): LessonProgress {
  let entry = p.lessons[id];
  if (!entry) {
    entry = { screen: 0, completions: [] };
    p.lessons[id] = entry;
  }
  return entry;
}
