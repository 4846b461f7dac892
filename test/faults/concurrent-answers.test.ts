/**
 * Several processes answering against one data folder at once (issue 7): every attempt recorded
 * once, none lost, none duplicated, each process's answers in the order it gave them. Checked on
 * the real store with hundreds of saves, and on the real binary with two learners in two
 * terminals taking the same quiz.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/progress/store.js';
import { MINI, runInPty, type PtySession } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { storeWorker, takeFirstQuiz, within } from './harness.js';

async function saveFrom(workers: string[], count: number, dir: string): Promise<void> {
  const worker = await storeWorker();
  const codes = await Promise.all(
    workers.map(
      (name) =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(process.execPath, [worker, dir, name, String(count)], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('error', reject);
          child.on('exit', resolve);
        }),
    ),
  );
  expect(codes).toEqual(workers.map(() => 0));
}

describe('processes saving at once', () => {
  it.each([
    [2, 150],
    [4, 75],
  ])('%i processes × %i answers: all kept, once each, in order', async (n, count) => {
    const dir = tempDir();
    const names = Array.from({ length: n }, (_, i) => `w${i}`);
    await saveFrom(names, count, dir);
    const notices: unknown[] = [];
    const store = await ProgressStore.open({ dir, onNotice: (x) => notices.push(x) });
    expect(notices).toEqual([]);
    const ids = store.progress.attempts.map((a) => a.question);
    expect(ids).toHaveLength(n * count);
    expect(new Set(ids).size).toBe(n * count);
    for (const name of names) {
      const mine = ids.filter((id) => id.startsWith(`${name}-`));
      expect(mine).toEqual(Array.from({ length: count }, (_, i) => `${name}-${i}`));
    }
    expect(Object.keys(store.progress.cards)).toHaveLength(n * count);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }, 60_000);
});

describe('two learners in two terminals', () => {
  async function takeQuiz(s: PtySession): Promise<void> {
    await takeFirstQuiz(s, false);
    await s.waitFor('You got 2 of 3 right');
  }

  it('keeps both runs of the same quiz, answer by answer', async () => {
    const data = tempDir();
    const a = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    const b = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await Promise.all([takeQuiz(a), takeQuiz(b)]);
    const codes = await within(10_000, 'both finishing', Promise.all([a.exited, b.exited]));
    expect(codes.map((c) => c.exitCode)).toEqual([0, 0]);
    const p = JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8'));
    const answers = (p.attempts as { question: string; correct: boolean }[]).map((x) => `${x.question}:${x.correct}`);
    expect(answers.sort()).toEqual(['is-it-true:true', 'is-it-true:true', 'pick-one:false', 'pick-one:false', 'predict-sync:true', 'predict-sync:true']);
    expect(p.lessons['first-steps'].completions).toHaveLength(2);
  });
});
