/**
 * Stopping the tutor at every kind of moment, in a real terminal: Ctrl+C at each kind of prompt,
 * during a snippet run and again during cleanup; SIGTERM; and a terminal that is closed. Each
 * time: the right exit code, one line, the cursor back, and every answer already given on disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/commands/trust.js';
import { KEY, MINI, runInPty, type PtySession } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { expectOneStopLine, holdLock, isAlive, takeFirstQuiz, waitUntil, within } from './harness.js';
import { snippetPack } from './packs.js';

const attempts = (data: string): string[] =>
  (JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')).attempts as { question: string }[]).map((a) => a.question);

/** Answers the first question of the mini course's first quiz (right), and waits for "What next?". */
async function answerFirst(s: PtySession): Promise<void> {
  await s.waitFor('Show a hint');
  s.type(KEY.down + KEY.enter); // check: right
  await s.waitFor('Quit for now');
}

async function exitCode(s: PtySession): Promise<number> {
  return (await within(10_000, 'the tutor stopping', s.exited)).exitCode;
}

describe('Ctrl+C at every kind of prompt', () => {
  it('on a lesson screen (select): 130, one line, the screen reached is kept', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Screen 1 of 2');
    s.type(KEY.enter);
    await s.waitFor('Screen 2 of 2');
    await s.waitFor('Quit for now');
    s.type(KEY.ctrlC);
    expect(await exitCode(s)).toBe(130);
    expectOneStopLine(s);
    expect(JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')).lessons['first-steps'].screen).toBe(1);
  });

  it('at a checkbox, then at a text input: 130 each time, answers kept', async () => {
    const data = tempDir();
    const box = runInPty(['--content', MINI, 'quiz', 'second-steps'], { NODE_ARCH_DATA_DIR: data });
    await box.waitFor('space to pick');
    box.type(KEY.ctrlC);
    expect(await exitCode(box)).toBe(130);
    expectOneStopLine(box);

    const input = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await answerFirst(input);
    input.type(KEY.enter);
    await input.waitFor('False');
    input.type(KEY.down + KEY.enter);
    await input.waitFor('Quit for now');
    input.type(KEY.enter);
    await input.waitFor('What does it print?');
    input.type('sync, prom');
    input.type(KEY.ctrlC);
    expect(await exitCode(input)).toBe(130);
    expectOneStopLine(input);
    expect(attempts(data)).toEqual(['pick-one', 'is-it-true']);
  });

  it('at a yes/no question (confirm): 130, the finished quiz kept', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Screen 1 of 2');
    s.type(KEY.enter);
    await s.waitFor('Start the quiz');
    s.type(KEY.enter);
    await takeFirstQuiz(s, true);
    await s.waitFor('Go on to lesson 2');
    s.type(KEY.ctrlC);
    expect(await exitCode(s)).toBe(130);
    expectOneStopLine(s);
    const p = JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8'));
    expect(p.lessons['first-steps'].completions).toHaveLength(1);
    expect(p.attempts).toHaveLength(3);
  });
});

describe('Ctrl+C while saving', () => {
  it('waits for the save to finish: the answer is kept', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Show a hint');
    const release = holdLock(data);
    s.type(KEY.down + KEY.enter); // right; the save now waits for the lock
    await s.waitFor('Your answer check'); // the prompt is done: Ctrl+C is now a signal, not a key
    s.type(KEY.ctrlC);
    await s.waitFor('^C'); // the terminal has turned it into SIGINT
    release();
    expect(await exitCode(s)).toBe(130);
    expectOneStopLine(s);
    expect(attempts(data)).toEqual(['pick-one']);
  });

  it('a second Ctrl+C during that cleanup stops at once, in one line, with the file intact', async () => {
    const data = tempDir();
    const first = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await answerFirst(first);
    first.type(KEY.down + KEY.down + KEY.enter); // quit: one answer on disk
    await first.exited;
    const before = readFileSync(join(data, 'progress.json'), 'utf8');

    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('False');
    const release = holdLock(data);
    try {
      s.type(KEY.down + KEY.enter); // the save waits for the lock (held for 15 s before giving up)
      await s.waitFor('Your answer False');
      s.type(KEY.ctrlC);
      await s.waitFor('^C');
      s.type(KEY.ctrlC);
      const started = Date.now();
      expect(await exitCode(s)).toBe(130);
      expect(Date.now() - started).toBeLessThan(3000);
      const text = s.text();
      expect(text.match(/Stopped/g), text.slice(-800)).toHaveLength(1);
      expect(readFileSync(join(data, 'progress.json'), 'utf8')).toBe(before);
    } finally {
      release();
    }
  });
});

describe('SIGTERM and a closed terminal', () => {
  it('SIGTERM at a prompt: 143, one line, answers kept', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await answerFirst(s);
    s.kill('SIGTERM');
    expect(await exitCode(s)).toBe(143);
    expectOneStopLine(s);
    expect(attempts(data)).toEqual(['pick-one']);
  });

  it('closing the terminal mid-quiz: 129, answers kept, nothing left behind', async () => {
    const data = tempDir();
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await answerFirst(s);
    s.type(KEY.enter);
    await s.waitFor('False');
    s.close();
    // Killed by SIGHUP (status 129 in a shell) or exit 129; never a crash (Node 20 aborted here).
    const { exitCode: code, signal } = await within(10_000, 'the tutor stopping', s.exited);
    expect(code === 129 || (code === 0 && signal === 1), `exit ${code}, signal ${signal}`).toBe(true);
    expect(attempts(data)).toEqual(['pick-one']);
    expect(readdirSync(data).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });
});

describe('stopping a snippet run', () => {
  /** A trusted pack whose snippet writes its pid and its folder, then hangs. */
  async function hangingRun(data: string): Promise<{ s: PtySession; pidFile: string }> {
    const pidFile = join(tempDir(), 'pid');
    const pack = snippetPack(`require('fs').writeFileSync(${JSON.stringify(pidFile)}, process.pid + ' ' + process.cwd()); setInterval(() => {}, 1000);`);
    await saveAnswer(join(data, 'trust.json'), pack, true, new Date());
    const s = runInPty(['--content', pack, 'quiz', 'only'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('B)');
    await s.waitFor('Your answer');
    s.type(KEY.enter);
    await s.waitFor('Run it on my Node');
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.enter);
    await waitUntil(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 'the snippet runs');
    return { s, pidFile };
  }

  it.each([
    ['Ctrl+C', 130, (s: PtySession) => s.type(KEY.ctrlC)],
    ['SIGTERM', 143, (s: PtySession) => s.kill('SIGTERM')],
  ] as const)('%s stops the tutor and the snippet with it', async (_name, code, stop) => {
    const data = tempDir();
    const { s, pidFile } = await hangingRun(data);
    const [pid, folder] = readFileSync(pidFile, 'utf8').split(' ');
    stop(s);
    expect(await exitCode(s)).toBe(code);
    expectOneStopLine(s);
    await waitUntil(() => !isAlive(Number(pid)), 'the snippet is gone', 3000);
    expect(s.text()).not.toContain('Your Node');
    expect(existsSync(folder ?? '')).toBe(false);
    expect(attempts(data)).toEqual(['run-me']);
  });
});
