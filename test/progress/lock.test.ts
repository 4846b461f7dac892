import { mkdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/progress/lock.js';
import { tempDir } from '../helpers/temp.js';

describe('withLock', () => {
  it('runs one holder at a time', async () => {
    const file = join(tempDir(), 'progress.json');
    const events: string[] = [];
    const hold = (name: string) =>
      withLock(file, async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 30));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]?.replace(' in', ' out'));
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once from an owner that died', async () => {
    const file = join(tempDir(), 'progress.json');
    mkdirSync(`${file}.lock`);
    writeFileSync(join(`${file}.lock`, 'owner'), JSON.stringify({ pid: 999_999_999, host: hostname(), token: 'dead' }));
    const start = Date.now();
    expect(await withLock(file, async () => 'got it')).toBe('got it');
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('waits for a live owner, and gives up after the timeout', async () => {
    const file = join(tempDir(), 'progress.json');
    mkdirSync(`${file}.lock`);
    writeFileSync(join(`${file}.lock`, 'owner'), JSON.stringify({ pid: process.ppid, host: hostname(), token: 'alive' }));
    await expect(withLock(file, async () => 'never', 300)).rejects.toMatchObject({ code: 'ELOCKED' });
  });

  it('clears a lock left without an owner by a crash, once it is old', async () => {
    const file = join(tempDir(), 'progress.json');
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 10_000);
    utimesSync(`${file}.lock`, old, old);
    expect(await withLock(file, async () => 'got it', 1000)).toBe('got it');
  });
});
