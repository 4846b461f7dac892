/**
 * A lock around the progress file, so that two terminals never interleave a read-modify-write.
 * It is a directory (mkdir is atomic) holding the owner's pid, host and a random token. A lock
 * whose owner died (kill -9, a closed laptop lid that never came back) is taken over at once
 * rather than after a timeout: a learner should never wait because an earlier run crashed.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class LockTimeoutError extends Error {
  code = 'ELOCKED';
}

interface Owner {
  pid: number;
  host: string;
  token: string;
}

/** A lock directory without an owner file is being created, or was left by a crash this old. */
const NO_OWNER_STALE_MS = 2_000;

export async function withLock<T>(file: string, fn: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const dir = `${file}.lock`;
  const me: Owner = { pid: process.pid, host: hostname(), token: `${randomHex()}${randomHex()}` };
  const start = Date.now();
  for (let wait = 2; !tryAcquire(dir, me); wait = Math.min(wait * 2, 50)) {
    if (Date.now() - start > timeoutMs) throw new LockTimeoutError(`timed out waiting for ${dir}`);
    await new Promise((r) => setTimeout(r, wait));
  }
  try {
    return await fn();
  } finally {
    release(dir, me);
  }
}

/** Removes the lock of `file` if a crashed process left it, so that none is left lying about. */
export function sweepStaleLock(file: string): void {
  try {
    removeIfStale(`${file}.lock`);
  } catch {
    // Nothing to sweep, or not ours to remove: the next writer judges it again.
  }
}

function tryAcquire(dir: string, me: Owner): boolean {
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    removeIfStale(dir);
    return false;
  }
  try {
    writeFileSync(join(dir, 'owner'), JSON.stringify(me));
  } catch (error) {
    // A full disk can take the folder and refuse the file: an owner-less lock would make the
    // next run wait for it to age, so take it away again.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return true;
}

/** Synchronous on purpose: the check and the removal must not let another process in between. */
function removeIfStale(dir: string): void {
  const owner = readOwner(dir);
  if (owner === 'gone') return;
  if (owner === undefined) {
    if (ageMs(dir) > NO_OWNER_STALE_MS) rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (owner.host !== hostname() || isAlive(owner.pid)) return;
  const again = readOwner(dir);
  if (again !== 'gone' && again?.token === owner.token) rmSync(dir, { recursive: true, force: true });
}

function release(dir: string, me: Owner): void {
  const owner = readOwner(dir);
  if (owner !== 'gone' && owner?.token === me.token) rmSync(dir, { recursive: true, force: true });
}

function readOwner(dir: string): Owner | undefined | 'gone' {
  try {
    return JSON.parse(readFileSync(join(dir, 'owner'), 'utf8')) as Owner;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      try {
        statSync(dir);
        return undefined;
      } catch {
        return 'gone';
      }
    }
    return undefined; // half-written owner file: judged by age like a missing one
  }
}

function ageMs(dir: string): number {
  try {
    return Date.now() - statSync(dir).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Eight hex digits, for names and tokens that need only be unlikely to repeat (the pid is part of
 * each too). Not node:crypto: loading it costs every command a few milliseconds at start.
 */
export function randomHex(): string {
  return Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
