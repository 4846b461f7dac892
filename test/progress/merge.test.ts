import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/progress/merge.js';
import { recordAttempt } from '../../src/progress/record.js';
import { emptyProgress, type Progress } from '../../src/progress/schema.js';
import { replay } from '../../src/review/scheduler.js';

function history(entries: [string, string, boolean][]): Progress {
  const p = emptyProgress();
  for (const [question, at, correct] of entries) {
    recordAttempt(p, { lesson: 'l', question, at, correct, given: String(correct), node: 20, rating: correct ? 3 : 1 });
  }
  return p;
}

describe('mergeProgress', () => {
  const laptop = history([
    ['a', '2026-11-01T10:00:00.000Z', false],
    ['b', '2026-11-01T10:01:00.000Z', true],
  ]);
  laptop.lessons.l = { screen: 2, completions: [{ at: '2026-11-01T10:05:00.000Z', correct: 1, total: 2 }] };
  const desktop = history([
    ['a', '2026-11-03T09:00:00.000Z', true],
    ['c', '2026-11-03T09:01:00.000Z', true],
  ]);
  desktop.lessons.l = { screen: 4, readAt: '2026-11-03T08:00:00.000Z', completions: [{ at: '2026-11-03T09:05:00.000Z', correct: 2, total: 2 }] };

  it('takes the union of attempts, in time order, and rebuilds the cards from it', () => {
    const { progress, added } = mergeProgress(laptop, desktop);
    expect(added).toBe(2);
    expect(progress.attempts.map((a) => `${a.question}@${a.at.slice(8, 10)}`)).toEqual(['a@01', 'b@01', 'a@03', 'c@03']);
    expect(progress.cards).toEqual(replay(progress.attempts));
    expect(progress.lessons.l).toEqual({
      screen: 4,
      readAt: '2026-11-03T08:00:00.000Z',
      completions: [
        { at: '2026-11-01T10:05:00.000Z', correct: 1, total: 2 },
        { at: '2026-11-03T09:05:00.000Z', correct: 2, total: 2 },
      ],
    });
  });

  it('adds nothing when the same file is imported twice', () => {
    const once = mergeProgress(laptop, desktop).progress;
    const twice = mergeProgress(once, desktop);
    expect(twice.added).toBe(0);
    expect(twice.progress).toEqual(once);
  });
});
