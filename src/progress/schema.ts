/**
 * The progress file, version 1. Keyed by stable lesson and question ids, never by position,
 * so reordering or extending the course never scrambles anyone's progress.
 */
import type { QuizRun } from '../engine/session.js';

export const PROGRESS_VERSION = 1;

export interface Progress {
  version: number;
  lessons: Record<string, LessonProgress>;
  /** Every answer ever given, oldest first. */
  attempts: Attempt[];
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
  hinted?: boolean;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [] };
}

export function lessonEntry(p: Progress, id: string): LessonProgress {
  let entry = p.lessons[id];
  if (!entry) {
    entry = { screen: 0, completions: [] };
    p.lessons[id] = entry;
  }
  return entry;
}
