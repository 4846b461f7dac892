/**
 * A snippet that hangs, floods its output, ignores SIGTERM or leaves processes of its own behind
 * is stopped at its limits and takes nothing with it: checked on the runner with short limits,
 * and through the real binary in a terminal with the real ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/commands/trust.js';
import { runSnippet, SNIPPET_LIMITS } from '../../src/runtime/run-snippet.js';
import { KEY, runInPty } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { isAlive, waitUntil, within } from './harness.js';
import { snippetPack } from './packs.js';

const cjs = (code: string) => ({ code, module: 'cjs' as const, flags: [] });
const SOAK = process.env.NODE_ARCH_SOAK === '1';

describe('runSnippet limits', () => {
  it('stops a snippet that hangs, at its time limit', async () => {
    const started = Date.now();
    const r = await within(5000, 'a hanging snippet', runSnippet(cjs('console.log("up"); setInterval(() => {}, 1000);'), { timeoutMs: 500 }));
    expect(r).toMatchObject({ timedOut: true, flooded: false, stdout: 'up\n' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops a snippet that floods, at its output limit', async () => {
    const r = await within(5000, 'a flooding snippet', runSnippet(cjs('for (;;) process.stdout.write("x".repeat(65536));'), { maxOutputBytes: 100_000 }));
    expect(r.flooded).toBe(true);
    expect(r.stdout.length).toBeLessThanOrEqual(100_000);
  });

  it('counts stderr against the same limit', async () => {
    const r = await within(5000, 'a snippet flooding stderr', runSnippet(cjs('for (;;) console.error("y".repeat(4096));'), { maxOutputBytes: 50_000 }));
    expect(r.flooded).toBe(true);
  });

  it('kills a snippet that ignores SIGTERM', async () => {
    const r = await within(5000, 'a stubborn snippet', runSnippet(cjs('process.on("SIGTERM", () => {}); setInterval(() => {}, 1000);'), { timeoutMs: 300 }));
    expect(r.timedOut).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('kills what the snippet started, and a child holding its output cannot make it wait', async () => {
    const pidFile = join(tempDir(), 'grandchild');
    const code = `
      const { spawn } = require('child_process');
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
      require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
      setInterval(() => {}, 1000);`;
    const r = await within(5000, 'a snippet with a child', runSnippet(cjs(code), { timeoutMs: 800 }));
    expect(r.timedOut).toBe(true);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await waitUntil(() => !isAlive(grandchild), 'the grandchild is gone', 3000);
  });

  it('returns at once when a snippet exits but its child keeps the pipe open', async () => {
    const code = `require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'inherit', detached: true }).unref(); console.log('bye');`;
    const r = await within(4000, 'a snippet whose child outlives it', runSnippet(cjs(code), { timeoutMs: 10_000 }));
    expect(r).toMatchObject({ stdout: 'bye\n', exitCode: 0, timedOut: false });
  });

  it('stops when aborted, and leaves no temp folder', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('node-arch-snippet-')));
    const abort = new AbortController();
    const run = runSnippet(cjs('setInterval(() => {}, 1000);'), { signal: abort.signal });
    setTimeout(() => abort.abort(), 200);
    expect(await within(3000, 'an aborted snippet', run)).toMatchObject({ stopped: true, timedOut: false });
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('node-arch-snippet-') && !before.has(f))).toEqual([]);
  });
});

describe('in the tutor', () => {
  async function runInTutor(code: string) {
    const data = tempDir();
    const pack = snippetPack(code);
    await saveAnswer(join(data, 'trust.json'), pack, true, new Date());
    const s = runInPty(['--content', pack, 'quiz', 'only'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('Your answer');
    s.type(KEY.enter);
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.enter); // Run it on my Node
    return s;
  }

  it('says plainly that a flooding snippet was stopped, and carries on', async () => {
    // It yields between lines, as real output does. (A loop that never yields cannot get its
    // writes out at all once the pipe is full: the time limit stops that one.)
    const s = await runInTutor('const spam = () => { console.log("spam ".repeat(200)); setImmediate(spam); }; spam();');
    await s.waitFor('The snippet printed too much and was stopped.');
    await s.waitFor('Quit for now');
    s.type(KEY.enter); // See my score
    await s.waitFor('You got 1 of 1 right');
    expect((await within(5000, 'the tutor finishing', s.exited)).exitCode).toBe(0);
  });

  // The real limit is 10 s: a soak-only test, so that plain `npm test` stays quick.
  it.skipIf(!SOAK)('says plainly that a hanging snippet was stopped after its time limit', async () => {
    const s = await runInTutor('setInterval(() => {}, 1000);');
    await s.waitFor(`The snippet was stopped after ${SNIPPET_LIMITS.timeMs / 1000} s.`, SNIPPET_LIMITS.timeMs + 5000);
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.down + KEY.enter);
    expect((await within(5000, 'the tutor finishing', s.exited)).exitCode).toBe(0);
  }, 30_000);

});
