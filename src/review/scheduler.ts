/**
 * Spaced repetition with FSRS (ts-fsrs). Every question a learner has answered is a card, keyed
 * `lesson/question`; its schedule is a pure function of that question's attempts, in order. Fuzz
 * is off so that replaying the same attempts always gives the same schedule: that is what lets an
 * import merge two histories and recompute, and "that was easy" re-rate an answer after the fact.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { Attempt, CardState } from '../progress/schema.js';
import { cardKey } from './card-key.js';
import type { Rating } from './rating.js';

export { RATING, rateAnswer, type Rating } from './rating.js';

const scheduler = fsrs(
  generatorParameters({
    enable_fuzz: false,
    // A wrong answer comes back in ten minutes; a right one graduates to days at once. Anki's
    // default of 1 and 10 minutes for every new card would send a whole quiz back within the hour.
    learning_steps: ['10m'],
    relearning_steps: ['10m'],
  }),
);

/** One review step. `card` undefined means a question met for the first time. */
export function schedule(card: CardState | undefined, rating: Rating, at: Date): CardState {
  const before = card ? toCard(card) : createEmptyCard(at);
  return fromCard(scheduler.next(before, at, rating as Grade).card);
}

/** All cards, recomputed from the full attempt history (sorted by time). */
export function replay(attempts: readonly Attempt[]): Record<string, CardState> {
  const cards: Record<string, CardState> = {};
  const ordered = [...attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const a of ordered) {
    const key = cardKey(a.lesson, a.question);
    cards[key] = schedule(cards[key], a.rating, new Date(a.at));
  }
  return cards;
}

/** Probability (0–1) of recalling the card at `now`, per the FSRS forgetting curve. */
export function recall(card: CardState, now: Date): number {
  return scheduler.get_retrievability(toCard(card), now, false);
}

function toCard(c: CardState): Card {
  return {
    ...c,
    due: new Date(c.due),
    ...(c.last_review !== undefined && { last_review: new Date(c.last_review) }),
  } as Card;
}

function fromCard(c: Card): CardState {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review && { last_review: c.last_review.toISOString() }),
  };
}
