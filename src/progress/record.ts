/** Recording answers: the attempt history and the review schedule change together, always. */
import { cardKey } from '../review/card-key.js';
import { replay, schedule, type Rating } from '../review/scheduler.js';
import type { Attempt, Progress } from './schema.js';

export function recordAttempt(p: Progress, a: Attempt): void {
  p.attempts.push(a);
  const key = cardKey(a.lesson, a.question);
  p.cards[key] = schedule(p.cards[key], a.rating, new Date(a.at));
}

/**
 * Changes the rating of one recorded answer ("that was easy") and rebuilds that card from its
 * attempts, as if it had been rated so in the first place.
 */
export function rerate(p: Progress, lesson: string, question: string, at: string, rating: Rating): void {
  const mine = p.attempts.filter((a) => a.lesson === lesson && a.question === question);
  const target = mine.find((a) => a.at === at);
  if (!target) return;
  target.rating = rating;
  const card = replay(mine)[cardKey(lesson, question)];
  if (card) p.cards[cardKey(lesson, question)] = card;
}
