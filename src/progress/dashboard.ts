/** What the progress dashboard shows, computed purely from course, progress and the time. */
import type { Course } from '../content/schema.js';
import { dueCounts, nextDue, type DueCounts } from '../review/due.js';
import { cardKey } from '../review/card-key.js';
import { recall } from '../review/scheduler.js';
import type { Progress } from './schema.js';
import { bestScore, firstUnfinished, lessonStatus, totals, type LessonStatus, type Totals } from './status.js';

export interface LessonMastery {
  id: string;
  title: string;
  status: LessonStatus;
  questions: number;
  /** Questions answered at least once. */
  seen: number;
  attempts: number;
  correct: number;
  /**
   * Mean probability of recalling each of the lesson's questions now, 0–1. Only questions whose
   * card has graduated to review (last answered right) count; unseen and relearning ones are 0,
   * since FSRS would otherwise credit a question answered wrong a minute ago with high recall.
   */
  mastery: number;
  bestScore: { correct: number; total: number } | null;
  due: number;
}

export interface Dashboard extends Totals {
  accuracy: number | null;
  /** Consecutive days (local time) with at least one answer, ending today or yesterday. */
  streak: number;
  due: DueCounts;
  nextDue: string | null;
  next: { id: string; title: string } | null;
  lessons: LessonMastery[];
}

/** ts-fsrs State.Review. */
const REVIEW_STATE = 2;

export function dashboard(course: Course, progress: Progress, now: Date): Dashboard {
  const t = totals(course, progress);
  const next = firstUnfinished(course, progress);
  const upcoming = nextDue(course, progress, now);
  // One pass over the attempts: a course of 1,000 lessons may have 100,000 of them (issue 6).
  const perLesson = new Map<string, { attempts: number; correct: number }>();
  for (const a of progress.attempts) {
    const n = perLesson.get(a.lesson) ?? { attempts: 0, correct: 0 };
    n.attempts++;
    if (a.correct) n.correct++;
    perLesson.set(a.lesson, n);
  }
  const lessons = course.lessons.map((lesson): LessonMastery => {
    const entry = progress.lessons[lesson.id];
    const counts = perLesson.get(lesson.id) ?? { attempts: 0, correct: 0 };
    let recallSum = 0;
    let seen = 0;
    let due = 0;
    for (const q of lesson.quiz.questions) {
      const card = progress.cards[cardKey(lesson.id, q.id)];
      if (!card) continue;
      seen++;
      if (card.state === REVIEW_STATE) recallSum += recall(card, now);
      if (Date.parse(card.due) <= now.getTime()) due++;
    }
    const best = bestScore(entry);
    return {
      id: lesson.id,
      title: lesson.title,
      status: lessonStatus(entry),
      questions: lesson.quiz.questions.length,
      seen,
      attempts: counts.attempts,
      correct: counts.correct,
      mastery: lesson.quiz.questions.length ? recallSum / lesson.quiz.questions.length : 0,
      bestScore: best ? { correct: best.correct, total: best.total } : null,
      due,
    };
  });
  return {
    ...t,
    accuracy: t.attempts ? t.correct / t.attempts : null,
    streak: streak(progress.attempts.map((a) => new Date(a.at)), now),
    due: dueCounts(course, progress, now),
    nextDue: upcoming ? upcoming.toISOString() : null,
    next: next ? { id: next.id, title: next.title } : null,
    lessons,
  };
}

/** Study days in a row, in local time; a streak survives until the end of the day after. */
export function streak(times: Date[], now: Date): number {
  const days = new Set(times.map(localDay));
  const day = new Date(now);
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let n = 0;
  while (days.has(localDay(day))) {
    n++;
    day.setDate(day.getDate() - 1);
  }
  return n;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}
