import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/schema.js';
import { grade, type Answer } from '../../src/engine/grade.js';

const base = { prompt: 'P', explanation: 'E', source: 'https://nodejs.org/api/' };
const single: Question = {
  ...base,
  id: 's',
  type: 'single',
  options: [
    { text: 'timers', correct: false, why: 'Timers run setTimeout callbacks.' },
    { text: 'check', correct: true },
    { text: 'poll', correct: false, why: 'Poll waits for I/O.' },
  ],
};
const versioned: Question = {
  ...base,
  id: 'v',
  type: 'single',
  versionNote: 'Node 22 raised it.',
  options: [
    { text: '16384', correct: '<22', why: 'That was Node 20.' },
    { text: '65536', correct: '>=22', why: 'That is Node 22 and later.' },
  ],
};
const multiple: Question = {
  ...base,
  id: 'm',
  type: 'multiple',
  options: [
    { text: 'fs', correct: true },
    { text: 'crypto', correct: true, why: 'pbkdf2 and scrypt run on the pool.' },
    { text: 'net', correct: false, why: 'Sockets are polled.' },
  ],
};
const truefalse: Question = { ...base, id: 't', type: 'truefalse', answer: false };
const order: Question = { ...base, id: 'o', type: 'order', items: ['timers', 'poll', 'check'] };
const predict: Question = {
  ...base,
  id: 'p',
  type: 'predict',
  module: 'cjs',
  flags: [],
  code: '',
  expected: 'Sync\npromise\n',
  byVersion: [{ node: '>=24', expected: 'new\n' }],
  options: [{ output: 'Sync\npromise\n' }, { output: 'promise\nSync\n', why: 'Microtasks run after the script.' }, { output: 'new\n' }],
};
const text: Question = { ...base, id: 'x', type: 'text', accept: ['UV_THREADPOOL_SIZE', 'uv threadpool size'] };

describe('grade', () => {
  it.each<[string, Question, Answer, number, boolean]>([
    ['single right', single, { type: 'single', choice: 1 }, 20, true],
    ['single wrong', single, { type: 'single', choice: 0 }, 20, false],
    ['versioned single on 20', versioned, { type: 'single', choice: 0 }, 20, true],
    ['versioned single on 22', versioned, { type: 'single', choice: 0 }, 22, false],
    ['versioned single on 24', versioned, { type: 'single', choice: 1 }, 24, true],
    ['multiple exact set', multiple, { type: 'multiple', choices: [1, 0] }, 20, true],
    ['multiple missing one', multiple, { type: 'multiple', choices: [0] }, 20, false],
    ['multiple with an extra', multiple, { type: 'multiple', choices: [0, 1, 2] }, 20, false],
    ['multiple empty', multiple, { type: 'multiple', choices: [] }, 20, false],
    ['true/false right', truefalse, { type: 'truefalse', value: false }, 20, true],
    ['true/false wrong', truefalse, { type: 'truefalse', value: true }, 20, false],
    ['order right', order, { type: 'order', order: [0, 1, 2] }, 20, true],
    ['order wrong', order, { type: 'order', order: [1, 0, 2] }, 20, false],
    ['predict choice right', predict, { type: 'predict', choice: 0 }, 20, true],
    ['predict choice wrong', predict, { type: 'predict', choice: 1 }, 20, false],
    ['predict choice per version', predict, { type: 'predict', choice: 2 }, 24, true],
    ['predict old answer on a new version', predict, { type: 'predict', choice: 0 }, 24, false],
    ['predict typed with commas', predict, { type: 'predict', typed: 'sync, promise' }, 20, true],
    ['predict typed with new lines and case', predict, { type: 'predict', typed: ' SYNC\n  Promise ' }, 20, true],
    ['predict typed in the wrong order', predict, { type: 'predict', typed: 'promise sync' }, 20, false],
    ['predict typed with a line missing', predict, { type: 'predict', typed: 'sync' }, 20, false],
    ['text exact', text, { type: 'text', typed: 'UV_THREADPOOL_SIZE' }, 20, true],
    ['text case, blanks and a full stop', text, { type: 'text', typed: '  uv_threadpool_size. ' }, 20, true],
    ['text second accepted answer', text, { type: 'text', typed: 'UV  threadpool   size' }, 20, true],
    ['text wrong', text, { type: 'text', typed: 'UV_POOL_SIZE' }, 20, false],
  ])('%s', (_name, question, answer, major, correct) => {
    expect(grade(question, answer, major).correct).toBe(correct);
  });

  it('explains a wrong pick and gives the right answer', () => {
    const f = grade(single, { type: 'single', choice: 0 }, 20);
    expect(f).toMatchObject({
      correct: false,
      given: 'timers',
      rightAnswer: 'check',
      notes: [{ kind: 'picked-wrong', text: 'timers', why: 'Timers run setTimeout callbacks.' }],
      explanation: 'E',
      source: 'https://nodejs.org/api/',
    });
  });

  it('names the options a multiple-choice answer missed', () => {
    const f = grade(multiple, { type: 'multiple', choices: [0, 2] }, 20);
    expect(f.notes).toEqual([
      { kind: 'missed', text: 'crypto', why: 'pbkdf2 and scrypt run on the pool.' },
      { kind: 'picked-wrong', text: 'net', why: 'Sockets are polled.' },
    ]);
    expect(f.rightAnswer).toBe('fs\ncrypto');
  });

  it('gives the answer for the running version, with the version note', () => {
    const f = grade(versioned, { type: 'single', choice: 0 }, 24);
    expect(f.rightAnswer).toBe('65536');
    expect(f.versionNote).toBe('Node 22 raised it.');
    expect(grade(predict, { type: 'predict', typed: 'x' }, 24).rightAnswer).toBe('new');
  });

  it('numbers an order answer', () => {
    const f = grade(order, { type: 'order', order: [2, 0, 1] }, 20);
    expect(f.given).toBe('1. check\n2. timers\n3. poll');
    expect(f.rightAnswer).toBe('1. timers\n2. poll\n3. check');
  });

  it.each<[string, Question, Answer]>([
    ['a mismatched type', single, { type: 'truefalse', value: true }],
    ['an option that does not exist', single, { type: 'single', choice: 7 }],
    ['an order that repeats an item', order, { type: 'order', order: [0, 0, 1] }],
    ['an order that is too short', order, { type: 'order', order: [0, 1] }],
  ])('refuses %s', (_name, question, answer) => {
    expect(() => grade(question, answer, 20)).toThrow();
  });
});
