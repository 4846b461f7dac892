/**
 * What the fault tests share: waiting for a condition instead of sleeping, a lock held by this
 * process (to make a save hang on purpose), a user that is not root, and the checks every
 * interrupted run must pass (one line, no stack trace, a usable terminal afterwards).
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, expect } from 'vitest';
import { KEY, killLeftovers, type PtySession } from '../e2e/cli.js';

afterEach(killLeftovers);

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves to the value, or rejects when it takes longer than `ms`: a hang fails the test, it does not stall it. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Takes the progress file's lock as a live process (this one) would, so saves wait. Returns the release. */
export function holdLock(dataDir: string): () => void {
  const dir = join(dataDir, 'progress.json.lock');
  mkdirSync(dir);
  writeFileSync(join(dir, 'owner'), JSON.stringify({ pid: process.pid, host: hostname(), token: 'held-by-the-test' }));
  return () => rmSync(dir, { recursive: true, force: true });
}

/** Root writes anywhere, so a folder it cannot write needs another user: nobody, where we are root. */
export const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

/** Lets `NOBODY` reach a temp folder (mkdtemp makes them 0700). */
export function openToAll(...dirs: string[]): void {
  for (const dir of dirs) chmodSync(dir, 0o755);
}

/** Whether a process runs; a zombie (dead, not yet reaped by whoever adopted it) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/** An interrupted run: the one line said once, no stack trace, and the cursor shown again. */
export function expectOneStopLine(s: PtySession): void {
  const text = s.text();
  expect(text.split('Stopped.').length - 1, text.slice(-1500)).toBe(1);
  expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(text).not.toContain('hit a bug');
  expectCursorShown(s.raw());
}

/** A prompt or spinner hides the cursor; leaving it hidden would break the learner's shell. */
export function expectCursorShown(raw: string): void {
  const hidden = raw.lastIndexOf('\u001b[?25l');
  if (hidden >= 0) expect(raw.indexOf('\u001b[?25h', hidden), 'the cursor is left hidden').toBeGreaterThan(hidden);
}

/**
 * The store worker, bundled once per test file into one plain .mjs: started with tsx it takes
 * ~600 ms, bundled ~60 ms, which is what makes hundreds of kill -9 rounds affordable.
 */
let bundled: Promise<string> | undefined;
export function storeWorker(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(tmpdir(), `node-arch-store-worker-${process.pid}.mjs`);
    await build({
      entryPoints: [fileURLToPath(new URL('./store-worker.ts', import.meta.url))],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return outfile;
  })();
  return bundled;
}

afterAll(async () => {
  if (bundled) rmSync(await bundled, { force: true });
});

/**
 * Takes the mini course's first quiz to its end (the first answer right or wrong, the other two
 * right) and asks for the score.
 */
export async function takeFirstQuiz(s: PtySession, firstRight: boolean): Promise<void> {
  await s.waitFor('Show a hint');
  s.type(firstRight ? KEY.down + KEY.enter : KEY.enter);
  await s.waitFor('Quit for now');
  s.type(KEY.enter);
  await s.waitFor('False');
  s.type(KEY.down + KEY.enter);
  await s.waitFor('Quit for now');
  s.type(KEY.enter);
  await s.waitFor('What does it print?');
  s.type(`sync, promise, timeout${KEY.enter}`);
  await s.waitFor('See my score');
  await s.waitFor('Quit for now');
  s.type(KEY.enter);
}
