/** Which cards are due, in which order, and when the next ones come: pure functions of time. */
import type { Course, Lesson, Question } from '../content/schema.js';
import type { CardState, Progress } from '../progress/schema.js';
import { cardKey } from './card-key.js';

export interface DueCard {
  lesson: Lesson;
  question: Question;
  card: CardState;
}

/** Cards of questions the course still has, each with its lesson. */
function cardsInCourse(course: Course, progress: Progress): DueCard[] {
  const out: DueCard[] = [];
  for (const lesson of course.lessons) {
    for (const question of lesson.quiz.questions) {
      const card = progress.cards[cardKey(lesson.id, question.id)];
      if (card) out.push({ lesson, question, card });
    }
  }
  return out;
}

/** Due now, most overdue first. */
export function dueCards(course: Course, progress: Progress, now: Date): DueCard[] {
  const t = now.getTime();
  return cardsInCourse(course, progress)
    .filter((c) => Date.parse(c.card.due) <= t)
    .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due));
}

/** When the first card that is not yet due becomes due. */
export function nextDue(course: Course, progress: Progress, now: Date): Date | undefined {
  const t = now.getTime();
  let next: number | undefined;
  for (const c of cardsInCourse(course, progress)) {
    const due = Date.parse(c.card.due);
    if (due > t && (next === undefined || due < next)) next = due;
  }
  return next === undefined ? undefined : new Date(next);
}

export interface DueCounts {
  cards: number;
  now: number;
  /** Due by the end of today (local time), including those due now. */
  today: number;
  /** Due within seven days from now. */
  week: number;
}

export function dueCounts(course: Course, progress: Progress, now: Date): DueCounts {
  const endOfToday = new Date(now);
  endOfToday.setHours(24, 0, 0, 0);
  const weekAhead = now.getTime() + 7 * 24 * 3600 * 1000;
  const all = cardsInCourse(course, progress).map((c) => Date.parse(c.card.due));
  return {
    cards: all.length,
    now: all.filter((d) => d <= now.getTime()).length,
    today: all.filter((d) => d <= endOfToday.getTime()).length,
    week: all.filter((d) => d <= weekAhead).length,
  };
}
