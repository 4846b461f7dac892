import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/content/schema.js';
import { answer, isComplete, nextQuestion, position, score, startRun } from '../../src/engine/session.js';

const tf = (id: string, value: boolean) => ({
  id,
  type: 'truefalse' as const,
  prompt: id,
  answer: value,
  explanation: 'E',
  source: 'https://nodejs.org/api/',
});
const quiz: Quiz = { lesson: 'l', questions: [tf('a', true), tf('b', false), tf('c', true)] };

describe('quiz session', () => {
  it('asks every question once, in order, and scores the run', () => {
    let run = startRun(quiz);
    const asked: string[] = [];
    for (let q = nextQuestion(quiz, run); q; q = nextQuestion(quiz, run)) {
      asked.push(q.id);
      run = answer(run, q, { type: 'truefalse', value: q.id !== 'b' ? q.id === 'a' : false }, 20).run;
    }
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(isComplete(quiz, run)).toBe(true);
    const s = score(quiz, run);
    expect(s).toMatchObject({ correct: 2, total: 3 });
    expect(s.missed.map((q) => q.id)).toEqual(['c']);
  });

  it('does not change the run it was given', () => {
    const run = startRun(quiz);
    const q = nextQuestion(quiz, run);
    if (!q) throw new Error('no question');
    const next = answer(run, q, { type: 'truefalse', value: true }, 20).run;
    expect(run.answered).toEqual({});
    expect(next.answered).toEqual({ a: true });
  });

  it('resumes a saved run where it stopped', () => {
    const run = startRun(quiz, { lesson: 'l', answered: { a: true, b: false } });
    expect(nextQuestion(quiz, run)?.id).toBe('c');
    expect(position(quiz, run)).toEqual({ index: 3, total: 3 });
  });

  it('ignores a saved run for another lesson, and answers to questions that no longer exist', () => {
    expect(startRun(quiz, { lesson: 'other', answered: { a: true } }).answered).toEqual({});
    expect(startRun(quiz, { lesson: 'l', answered: { gone: true, b: true } }).answered).toEqual({ b: true });
  });
});
