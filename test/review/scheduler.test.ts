import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/progress/schema.js';
import { RATING, rateAnswer, recall, replay, schedule } from '../../src/review/scheduler.js';

const t0 = new Date('2026-11-22T09:00:00.000Z');
const minutes = (card: { due: string }, from: Date) => (Date.parse(card.due) - from.getTime()) / 60_000;
const days = (card: { due: string }, from: Date) => minutes(card, from) / 1440;

describe('rateAnswer', () => {
  it.each([
    [{ correct: false }, RATING.again],
    [{ correct: false, hinted: true }, RATING.again],
    [{ correct: true }, RATING.good],
    [{ correct: true, ms: 5_000 }, RATING.good],
    [{ correct: true, hinted: true }, RATING.hard],
    [{ correct: true, ms: 120_000 }, RATING.hard],
  ])('%j → %i', (answer, rating) => {
    expect(rateAnswer(answer, 'single')).toBe(rating);
  });

  it('gives typed answers more time before they count as slow', () => {
    expect(rateAnswer({ correct: true, ms: 60_000 }, 'single')).toBe(RATING.hard);
    expect(rateAnswer({ correct: true, ms: 60_000 }, 'predict')).toBe(RATING.good);
  });
});

describe('schedule', () => {
  it('brings a wrong answer back soon and lets right ones drift out', () => {
    expect(minutes(schedule(undefined, RATING.again, t0), t0)).toBe(10);
    expect(days(schedule(undefined, RATING.good, t0), t0)).toBeGreaterThanOrEqual(1);
    expect(days(schedule(undefined, RATING.easy, t0), t0)).toBeGreaterThan(days(schedule(undefined, RATING.good, t0), t0));

    let card = schedule(undefined, RATING.good, t0);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = new Date(card.due);
      card = schedule(card, RATING.good, at);
      intervals.push(days(card, at));
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(intervals[3]).toBeGreaterThan(30);

    const lapse = schedule(card, RATING.again, new Date(card.due));
    expect(minutes(lapse, new Date(card.due))).toBe(10);
    expect(lapse.lapses).toBe(1);
  });

  it('replays a history to exactly the schedule it built step by step', () => {
    const attempts: Attempt[] = [];
    let stepwise;
    let at = t0;
    for (const rating of [RATING.again, RATING.good, RATING.hard, RATING.good, RATING.easy] as const) {
      attempts.push({ lesson: 'l', question: 'q', at: at.toISOString(), correct: rating > 1, given: '', node: 20, rating });
      stepwise = schedule(stepwise, rating, at);
      at = new Date(stepwise.due);
    }
    expect(replay(attempts)['l/q']).toEqual(stepwise);
  });

  it('estimates recall that fades with time', () => {
    const card = schedule(undefined, RATING.good, t0);
    const soon = recall(card, new Date(t0.getTime() + 3600_000));
    const later = recall(card, new Date(t0.getTime() + 30 * 86400_000));
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(later).toBeGreaterThan(0);
  });
});
