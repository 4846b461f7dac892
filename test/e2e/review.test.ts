import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { KEY, MINI, runInPty, runPiped } from './cli.js';

const today = '2026-11-22T09:00:00.000Z';
const tomorrow = '2026-11-23T09:00:00.000Z';

describe('spaced review', () => {
  it('brings back what was answered wrong once the clock has moved on', async () => {
    const data = tempDir();
    const env = { NODE_ARCH_DATA_DIR: data, NODE_ARCH_NOW: today };
    const quiz = runInPty(['--content', MINI, 'quiz', 'first-steps'], env);
    await quiz.waitFor('Show a hint');
    quiz.type(KEY.enter); // wrong
    await quiz.waitFor('Next question');
    quiz.type(KEY.enter);
    await quiz.waitFor('False');
    quiz.type(KEY.down + KEY.enter); // right
    await quiz.waitFor('That was easy');
    quiz.type(KEY.down + KEY.enter); // That was easy
    await quiz.waitFor('Noted');
    await quiz.waitFor('Quit for now');
    quiz.type(KEY.down + KEY.enter); // Quit
    expect((await quiz.exited).exitCode).toBe(0);

    const now = runInPty(['--content', MINI, 'review'], env);
    await now.waitFor('Nothing is due for review. The next card comes in 10 minutes');
    expect((await now.exited).exitCode).toBe(0);

    const next = runInPty(['--content', MINI, 'review'], { ...env, NODE_ARCH_NOW: tomorrow });
    await next.waitFor('1 card due.');
    await next.waitFor('Review 1 of 1');
    await next.waitFor('Which phase runs setImmediate callbacks?');
    await next.waitFor('Show a hint');
    next.type(KEY.down + KEY.enter); // right this time
    await next.waitFor('Right.');
    await next.waitFor('Quit for now');
    next.type(KEY.enter);
    await next.waitFor('Reviewed 1 card: 1 right.');
    expect((await next.exited).exitCode).toBe(0);

    const p = JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8'));
    expect(p.attempts.map((a: { rating: number; review?: boolean }) => [a.rating, a.review ?? false])).toEqual([
      [1, false],
      [4, false],
      [3, true],
    ]);
    expect(Date.parse(p.cards['first-steps/pick-one'].due)).toBeGreaterThan(Date.parse(tomorrow) + 86_400_000);
    expect(Date.parse(p.cards['first-steps/is-it-true'].due)).toBeGreaterThan(Date.parse(p.cards['first-steps/pick-one'].due));
  });

  it('learn says when reviews are due', async () => {
    const data = tempDir();
    const due = { lesson: 'first-steps', question: 'pick-one', at: today, correct: false, given: 'timers', node: 20, rating: 1 };
    writeFileSync(
      join(data, 'progress.json'),
      JSON.stringify({ version: 2, lessons: {}, attempts: [due], cards: { 'first-steps/pick-one': { due: today, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1 } } }),
    );
    const s = runInPty(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: data, NODE_ARCH_NOW: tomorrow });
    await s.waitFor('1 review is due: `node-arch review` brings it back.');
    s.type(KEY.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
  });
});

describe('export and import', () => {
  it('moves progress between machines; importing twice adds nothing; a newer file is refused', async () => {
    const laptop = tempDir();
    const desktop = tempDir();
    writeFileSync(
      join(laptop, 'progress.json'),
      readFileSync(new URL('../fixtures/progress-v1.json', import.meta.url), 'utf8'),
    );
    const file = join(tempDir(), 'moving.json');
    const out = await runPiped(['--content', MINI, 'progress', 'export', file], { NODE_ARCH_DATA_DIR: laptop });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`Exported 4 answers to ${file}.\n`);

    const first = await runPiped(['--content', MINI, 'progress', 'import', file], { NODE_ARCH_DATA_DIR: desktop });
    expect(first.stdout).toMatch(/^Imported 4 new answers\./);
    const second = await runPiped(['--content', MINI, 'progress', 'import', file], { NODE_ARCH_DATA_DIR: desktop });
    expect(second.stdout).toMatch(/^Imported 0 new answers \(4 were already here\)\./);
    const p = JSON.parse(readFileSync(join(desktop, 'progress.json'), 'utf8'));
    expect(p.attempts).toHaveLength(4);
    expect(Object.keys(p.cards)).toHaveLength(4);

    const newer = join(tempDir(), 'newer.json');
    writeFileSync(newer, JSON.stringify({ version: 9, lessons: {}, attempts: [] }));
    const refused = await runPiped(['--content', MINI, 'progress', 'import', newer], { NODE_ARCH_DATA_DIR: desktop });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/written by a newer node-arch \(format 9\)/);
    expect(JSON.parse(readFileSync(join(desktop, 'progress.json'), 'utf8')).attempts).toHaveLength(4);
  });

  it('progress shows a dashboard that fits 80 columns, plain without colour', async () => {
    const data = tempDir();
    writeFileSync(join(data, 'progress.json'), readFileSync(new URL('../fixtures/progress-v1.json', import.meta.url), 'utf8'));
    const r = await runPiped(['--content', MINI, 'progress'], { NODE_ARCH_DATA_DIR: data, NODE_ARCH_NOW: '2026-11-20T12:00:00Z' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const line of r.stdout.split('\n').slice(0, -2)) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('Streak        1 day');
    expect(r.stdout).toMatch(/Reviews due\s+3 now/);
    const json = JSON.parse((await runPiped(['--content', MINI, 'progress', '--json'], { NODE_ARCH_DATA_DIR: data, NODE_ARCH_NOW: '2026-11-20T12:00:00Z' })).stdout);
    expect(json).toMatchObject({ streak: 1, due: { now: 3 }, lessonsDone: 1 });
    // Only answers that were right (and so graduated to review) count towards mastery.
    expect(json.lessons[0].mastery).toBeGreaterThan(0);
    expect(json.lessons[0].mastery).toBeLessThan(0.34);
    expect(json.lessons[1].mastery).toBe(0);
  });
});
