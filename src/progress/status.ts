/** Pure summaries of progress against a course: what `list`, `progress` and `learn` show. */
import type { Course, Lesson } from '../content/schema.js';
import type { Completion, LessonProgress, Progress } from './schema.js';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function lessonStatus(entry: LessonProgress | undefined): LessonStatus {
  if (!entry) return 'not-started';
  if (entry.completions.length > 0) return 'done';
  const started = entry.screen > 0 || entry.readAt !== undefined || Object.keys(entry.run?.answered ?? {}).length > 0;
  return started ? 'in-progress' : 'not-started';
}

export function bestScore(entry: LessonProgress | undefined): Completion | undefined {
  let best: Completion | undefined;
  for (const c of entry?.completions ?? []) {
    if (!best || c.correct / c.total > best.correct / best.total) best = c;
  }
  return best;
}

/** Where `learn` resumes: the first lesson in course order that is not done. */
export function firstUnfinished(course: Course, progress: Progress): Lesson | undefined {
  return course.lessons.find((l) => lessonStatus(progress.lessons[l.id]) !== 'done');
}

export interface Totals {
  lessonsDone: number;
  lessonsTotal: number;
  questionsTotal: number;
  attempts: number;
  correct: number;
  /** ISO time of the latest answer, if any. */
  lastStudied?: string;
}

export function totals(course: Course, progress: Progress): Totals {
  const ids = new Set(course.lessons.map((l) => l.id));
  const attempts = progress.attempts.filter((a) => ids.has(a.lesson));
  const last = attempts.reduce<string | undefined>((max, a) => (max === undefined || a.at > max ? a.at : max), undefined);
  return {
    lessonsDone: course.lessons.filter((l) => lessonStatus(progress.lessons[l.id]) === 'done').length,
    lessonsTotal: course.lessons.length,
    questionsTotal: course.lessons.reduce((n, l) => n + l.quiz.questions.length, 0),
    attempts: attempts.length,
    correct: attempts.filter((a) => a.correct).length,
    ...(last && { lastStudied: last }),
  };
}
