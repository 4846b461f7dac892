/**
 * A predict snippet from a third-party pack is code (issue 7): running it is opt-in per pack,
 * said plainly before the first run, and the answer is kept per pack (by its real path) in
 * trust.json; a "no" may be kept for this session only. The shipped course never asks.
 */
import { existsSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/cleanup.js';
import { mayOfferRun, mayRun } from '../../src/commands/trust.js';
import type { Context } from '../../src/context.js';
import type { Prompter } from '../../src/ui/prompts.js';
import { createTheme } from '../../src/ui/theme.js';
import { KEY, runInPty, type PtySession } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { within } from './harness.js';
import { snippetPack } from './packs.js';

/** A pack whose snippet leaves a file behind when (and only when) it runs. */
function markingPack(): { pack: string; mark: string } {
  const mark = join(tempDir(), 'ran');
  return { pack: snippetPack(`require('fs').appendFileSync(${JSON.stringify(mark)}, 'x'); console.log('done')`), mark };
}

/** Answers the pack's one question (right) and waits for "What next?". */
async function answer(s: PtySession): Promise<void> {
  await s.waitFor('Your answer');
  s.type(KEY.enter);
  await s.waitFor('Quit for now');
}

const trusted = (data: string) => JSON.parse(readFileSync(join(data, 'trust.json'), 'utf8')).packs;

describe('running a third-party snippet', () => {
  it('asks first (default no), says what it means, and a session-only "no" is asked again next time', async () => {
    const { pack, mark } = markingPack();
    const data = tempDir();
    const env = { NODE_ARCH_DATA_DIR: data };

    const first = runInPty(['--content', pack, 'quiz', 'only'], env, 100);
    await answer(first);
    first.type(KEY.down + KEY.enter); // Run it on my Node
    await first.waitFor('Run code from this course on your computer?');
    const warning = first.text().replace(/\s+/g, ' ');
    expect(warning).toContain(`it was loaded from ${realpathSync(pack)}`);
    expect(warning).toContain('runs that code on this computer as you, with your permissions');
    first.type(KEY.enter); // the default: no
    await first.waitFor('Remember "no" for this course?');
    first.type(KEY.enter); // no: this session only
    await first.waitFor('Not run. You will not be asked again until you next start node-arch.');
    await first.waitFor('Quit for now');
    expect(existsSync(mark)).toBe(false);
    expect(first.text().split('What next?').pop()).not.toContain('Run it on my Node');
    first.type(KEY.down + KEY.down + KEY.enter);
    expect((await within(10_000, 'the quiz ending', first.exited)).exitCode).toBe(0);
    expect(existsSync(join(data, 'trust.json'))).toBe(false);

    const second = runInPty(['--content', pack, 'quiz', 'only'], env, 100);
    await answer(second);
    second.type(KEY.down + KEY.enter);
    await second.waitFor('Run code from this course on your computer?');
    second.type(`y${KEY.enter}`);
    await second.waitFor('Remembered: snippets from this course will run without asking.');
    await second.waitFor('Same output');
    await second.waitFor('Quit for now');
    second.type(KEY.down + KEY.down + KEY.enter);
    await second.exited;
    expect(readFileSync(mark, 'utf8')).toBe('x');
    expect(trusted(data)[realpathSync(pack)]).toMatchObject({ run: true });

    // The same folder by another path (a link) is the same course: no question.
    const link = join(tempDir(), 'linked');
    symlinkSync(pack, link);
    const third = runInPty(['--content', link, 'quiz', 'only'], env, 100);
    await answer(third);
    third.type(KEY.down + KEY.enter);
    await third.waitFor('Same output');
    await third.waitFor('Quit for now');
    third.type(KEY.down + KEY.down + KEY.enter);
    await third.exited;
    expect(third.text()).not.toContain('Run code from this course');
    expect(readFileSync(mark, 'utf8')).toBe('xx');
  });

  it('a "no" kept for good: the run is no longer offered, and the file says so', async () => {
    const { pack, mark } = markingPack();
    const data = tempDir();
    const env = { NODE_ARCH_DATA_DIR: data };
    const first = runInPty(['--content', pack, 'quiz', 'only'], env, 100);
    await answer(first);
    first.type(KEY.down + KEY.enter);
    await first.waitFor('Run code from this course on your computer?');
    first.type(`n${KEY.enter}`);
    await first.waitFor('Remember "no" for this course?');
    first.type(`y${KEY.enter}`);
    await first.waitFor('Not run, and remembered.');
    await first.waitFor('Quit for now');
    first.type(KEY.down + KEY.down + KEY.enter);
    await first.exited;
    expect(trusted(data)[realpathSync(pack)]).toMatchObject({ run: false });

    rmSync(join(data, 'progress.json')); // take the quiz afresh
    const second = runInPty(['--content', pack, 'quiz', 'only'], env, 100);
    await answer(second);
    expect(second.text().split('What next?').pop()).not.toContain('Run it on my Node');
    second.type(KEY.down + KEY.down + KEY.enter);
    await second.exited;
    expect(existsSync(mark)).toBe(false);
  });
});

describe('deciding, without a terminal', () => {
  const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
  const noPrompts: Prompter = {
    select: () => Promise.reject(new Error('asked')),
    checkbox: () => Promise.reject(new Error('asked')),
    input: () => Promise.reject(new Error('asked')),
    confirm: () => Promise.reject(new Error('asked')),
  };
  const context = (contentDir: string, dataDir: string | undefined): Context =>
    ({ contentDir, dataDir, packageRoot, now: () => new Date(), cleanup: new Cleanup(), terminal: { stdout: new Writable({ write: (_c, _e, done) => done() }) } }) as unknown as Context;

  it('the shipped course runs without asking', async () => {
    const ctx = context(packageRoot, tempDir());
    expect(await mayOfferRun(ctx)).toBe(true);
    expect(await mayRun(ctx, noPrompts, createTheme({ color: false, unicode: true }))).toBe(true);
  });

  it('a damaged trust.json trusts nothing', async () => {
    const data = tempDir();
    const { pack } = markingPack();
    writeFileSync(join(data, 'trust.json'), `{"version": 1, "packs": {"${realpathSync(pack)}": {"run": "yes"}}}`);
    const ctx = context(pack, data);
    expect(await mayOfferRun(ctx)).toBe(true);
    await expect(mayRun(ctx, noPrompts, createTheme({ color: false, unicode: true }))).rejects.toThrow('asked');
  });
});
