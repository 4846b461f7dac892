import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { KEY, MINI, runInPty } from './cli.js';

const readProgress = (dir: string) => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));

describe('in a terminal', () => {
  it('takes a quiz with right and wrong answers and saves every attempt', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Question 1 of 3');
    await s.waitFor('Show a hint');
    s.type(KEY.enter); // "timers": wrong
    await s.waitFor('Not quite.');
    expect(s.text()).toContain('Timers run setTimeout and setInterval callbacks.');
    expect(s.text()).toContain('setImmediate callbacks run in the check phase.');
    await s.waitFor('Next question');
    s.type(KEY.enter);
    await s.waitFor('Question 2 of 3');
    await s.waitFor('False');
    s.type(KEY.down + KEY.enter); // False: right
    await s.waitFor('Right.');
    await s.waitFor('Next question');
    s.type(KEY.enter);
    await s.waitFor('Question 3 of 3');
    await s.waitFor('What does it print?');
    s.type(`sync, promise, timeout${KEY.enter}`);
    await s.waitFor('Right.');
    await s.waitFor('Quit for now');
    s.type(KEY.enter); // See my score
    await s.waitFor('You got 2 of 3 right (67%).');
    expect((await s.exited).exitCode).toBe(0);

    const p = readProgress(data);
    expect(p.attempts.map((a: { question: string; correct: boolean }) => [a.question, a.correct])).toEqual([
      ['pick-one', false],
      ['is-it-true', true],
      ['predict-sync', true],
    ]);
    expect(p.lessons['first-steps'].completions).toMatchObject([{ correct: 2, total: 3 }]);
    expect(p.lessons['first-steps'].run).toBeUndefined();
  });

  it('saves on Ctrl+C mid-quiz and resumes at the next question', async () => {
    const data = tempDir();
    const first = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await first.waitFor('Screen 1 of 2');
    first.type(KEY.enter);
    await first.waitFor('Start the quiz');
    first.type(KEY.enter);
    await first.waitFor('Show a hint');
    first.type(KEY.down + KEY.enter); // "check": right
    await first.waitFor('Right.');
    await first.waitFor('Quit for now');
    first.type(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    expect(first.text()).toContain('Stopped. Your progress so far is saved.');
    expect(first.text()).not.toMatch(/\n\s+at /); // no stack trace
    expect(readProgress(data).attempts).toHaveLength(1);

    const second = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await second.waitFor('Resuming your quiz: 1 of 3 answered.');
    await second.waitFor('Question 2 of 3');
    await second.waitFor('False');
    second.type(KEY.ctrlC);
    expect((await second.exited).exitCode).toBe(130);
  });

  it('resumes reading at the screen where the learner stopped', async () => {
    const data = tempDir();
    const first = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await first.waitFor('Screen 1 of 2');
    first.type(KEY.enter);
    await first.waitFor('Screen 2 of 2');
    await first.waitFor('Quit for now');
    first.type(KEY.down + KEY.down + KEY.enter); // Start the quiz, Back, Quit for now
    await first.exited;
    const second = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await second.waitFor('Resuming "First steps" at screen 2 of 2.');
    second.type(KEY.ctrlC);
    expect((await second.exited).exitCode).toBe(130);
  });

  it('hints, then remembers that the answer was hinted', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Show a hint');
    s.type(KEY.down + KEY.down + KEY.down + KEY.enter);
    await s.waitFor('It comes right after poll.');
    await s.waitFor('poll');
    s.type(KEY.down + KEY.enter); // check
    await s.waitFor('Right.');
    await s.waitFor('Quit for now');
    expect(s.text()).not.toContain('That was easy'); // a hinted answer is already "hard"
    s.type(KEY.down + KEY.enter); // Quit for now
    expect((await s.exited).exitCode).toBe(0);
    expect(readProgress(data).attempts[0]).toMatchObject({ question: 'pick-one', correct: true, hinted: true });
    expect(readProgress(data).lessons['first-steps'].run.answered).toEqual({ 'pick-one': true });
  });

  it('draws no colour with NO_COLOR, and colour without it', async () => {
    const data = tempDir();
    const plain = runInPty(['--content', MINI, 'list'], { NODE_ARCH_DATA_DIR: data, NO_COLOR: '1' });
    await plain.exited;
    expect(plain.raw()).not.toMatch(/\u001b\[3\dm/);
    const coloured = runInPty(['--content', MINI, 'list'], { NODE_ARCH_DATA_DIR: data });
    await coloured.exited;
    expect(coloured.raw()).toMatch(/\u001b\[3\dm/);
    const flag = runInPty(['--no-color', '--content', MINI, 'list'], { NODE_ARCH_DATA_DIR: data });
    await flag.exited;
    expect(flag.raw()).not.toMatch(/\u001b\[3\dm/);
  });
});
