import { describe, expect, it } from 'vitest';
import type { Course, Question } from '../../src/content/schema.js';
import { dashboard, streak } from '../../src/progress/dashboard.js';
import { recordAttempt } from '../../src/progress/record.js';
import { emptyProgress } from '../../src/progress/schema.js';
import { dueCards, dueCounts, nextDue } from '../../src/review/due.js';

const q = (id: string): Question => ({ id, type: 'truefalse', prompt: id, answer: true, explanation: 'E', source: 'https://nodejs.org/api/' });
const course: Course = {
  dir: '/c',
  format: 1,
  title: 'C',
  lessons: [
    { id: 'l1', title: 'L1', summary: 'S', screens: [], sources: [], quiz: { lesson: 'l1', questions: [q('a'), q('b')] } },
    { id: 'l2', title: 'L2', summary: 'S', screens: [], sources: [], quiz: { lesson: 'l2', questions: [q('c')] } },
  ],
};
const t0 = new Date('2026-11-22T09:00:00.000Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function answered() {
  const p = emptyProgress();
  const add = (lesson: string, question: string, at: Date, correct: boolean) =>
    recordAttempt(p, { lesson, question, at: at.toISOString(), correct, given: '', node: 20, rating: correct ? 3 : 1 });
  add('l1', 'a', t0, false);
  add('l1', 'b', t0, true);
  add('l2', 'c', later(2), false);
  add('l2', 'gone', t0, false); // a question the course no longer has
  return p;
}

describe('due cards as the clock moves', () => {
  it('has nothing due right after answering, then the wrong ones, most overdue first', () => {
    const p = answered();
    expect(dueCards(course, p, t0)).toEqual([]);
    expect(nextDue(course, p, t0)).toEqual(later(10));
    expect(dueCards(course, p, later(11)).map((c) => c.question.id)).toEqual(['a']);
    expect(dueCards(course, p, later(13)).map((c) => c.question.id)).toEqual(['a', 'c']);
    expect(dueCards(course, p, later(60 * 24 * 5)).map((c) => c.question.id)).toEqual(['a', 'c', 'b']);
  });

  it('counts what is due today and this week', () => {
    expect(dueCounts(course, answered(), t0)).toEqual({ cards: 3, now: 0, today: 2, week: 3 });
  });

  it('puts mastery between 0 and 1, with unseen questions as 0', () => {
    const d = dashboard(course, answered(), later(1));
    for (const l of d.lessons) expect(l.mastery).toBeGreaterThanOrEqual(0);
    expect(d.lessons.every((l) => l.mastery <= 1)).toBe(true);
    expect(d.lessons[0]?.seen).toBe(2);
    expect(d.due).toMatchObject({ cards: 3 });
    expect(dashboard(course, emptyProgress(), t0).lessons.map((l) => l.mastery)).toEqual([0, 0]);
  });
});

describe('streak', () => {
  const day = (d: number, h = 12) => new Date(2026, 10, d, h);
  it.each<[string, Date[], Date, number]>([
    ['no study', [], day(22), 0],
    ['today only', [day(22, 9)], day(22), 1],
    ['three days to today', [day(20), day(21), day(22, 8), day(22, 9)], day(22, 23), 3],
    ['up to yesterday still counts', [day(20), day(21)], day(22), 2],
    ['a gap breaks it', [day(18), day(20), day(21)], day(22), 2],
    ['two days ago is over', [day(19), day(20)], day(22), 0],
  ])('%s', (_name, times, now, expected) => {
    expect(streak(times, now)).toBe(expected);
  });
});
