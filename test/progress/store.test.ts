import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/schema.js';
import { ProgressStore, type StoreNotice } from '../../src/progress/store.js';
import { tempDir } from '../helpers/temp.js';

const attempt = (question: string) => ({ lesson: 'l', question, at: '2026-01-01T00:00:00.000Z', correct: true, given: 'x', node: 20, rating: 3 as const });
const now = () => new Date('2026-11-22T10:00:00.000Z');
const WORKER = fileURLToPath(new URL('./store-worker.ts', import.meta.url));

async function open(dir: string) {
  const notices: StoreNotice[] = [];
  const store = await ProgressStore.open({ dir, now, onNotice: (n) => notices.push(n) });
  return { store, notices };
}

function runWorker(dir: string, name: string, count: number) {
  return new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dir, name, String(count)], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? null : code));
  });
}

describe('ProgressStore', () => {
  it('starts empty and keeps what was saved', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const { store } = await open(dir);
    expect(store.progress).toEqual(emptyProgress());
    await store.update((p) => p.attempts.push(attempt('q1')));
    const again = await open(dir);
    expect(again.store.progress.attempts).toEqual([attempt('q1')]);
    expect(again.notices).toEqual([]);
  });

  it('loses nothing when four processes save at once', async () => {
    const dir = tempDir();
    const codes = await Promise.all(['a', 'b', 'c', 'd'].map((name) => runWorker(dir, name, 40)));
    expect(codes).toEqual([0, 0, 0, 0]);
    const { store } = await open(dir);
    const ids = store.progress.attempts.map((a) => a.question);
    expect(ids).toHaveLength(160);
    expect(new Set(ids).size).toBe(160);
    expect(Object.keys(store.progress.cards)).toHaveLength(160);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('survives kill -9 in the middle of saving', async () => {
    const dir = tempDir();
    for (let round = 0; round < 12; round++) {
      const file = join(dir, 'progress.json');
      const before = existsSync(file) ? statSync(file).mtimeMs : 0;
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dir, `r${round}`, '100000'], { stdio: 'ignore' });
      // Once the worker is saving in a loop, kill it at a random moment.
      const saving = () => existsSync(file) && statSync(file).mtimeMs !== before;
      for (let waited = 0; !saving() && waited < 10_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.random() * 150));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const text = readFileSync(join(dir, 'progress.json'), 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
    }
    const { store, notices } = await open(dir);
    expect(notices).toEqual([]);
    expect(store.progress.attempts.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it.each([
    ['not JSON', '{"version": 1, "less', 'it is not valid JSON'],
    ['empty', '', 'it is empty'],
    ['wrong types', '{"version": 1, "lessons": [], "attempts": []}', '"lessons" is not an object'],
    ['a malformed attempt', '{"version": 1, "lessons": {}, "attempts": [{"lesson": 1}]}', 'an attempt is malformed'],
    ['no version', '{"lessons": {}, "attempts": []}', 'no version number'],
  ])('moves a damaged file (%s) aside and tells the learner', async (_name, content, reason) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), content);
    const { store, notices } = await open(dir);
    const keptAt = join(dir, 'progress.json.damaged-2026-11-22T10-00-00-000Z');
    expect(notices).toEqual([{ kind: 'damaged', reason, keptAt }]);
    expect(readFileSync(keptAt, 'utf8')).toBe(content);
    expect(store.progress).toEqual(emptyProgress());
    await store.update((p) => p.attempts.push(attempt('after')));
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).attempts).toHaveLength(1);
  });

  it('moves a folder that sits where the file should be aside', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'progress.json'));
    const { notices } = await open(dir);
    expect(notices[0]).toMatchObject({ kind: 'damaged', reason: 'it is a folder, not a file' });
  });

  it('never overwrites a file from a newer node-arch', async () => {
    const dir = tempDir();
    const newer = '{"version": 99, "whatever": true}';
    writeFileSync(join(dir, 'progress.json'), newer);
    const { store, notices } = await open(dir);
    expect(notices).toEqual([{ kind: 'newer', version: 99, file: join(dir, 'progress.json') }]);
    await store.update((p) => p.attempts.push(attempt('q')));
    expect(store.writable).toBe(false);
    expect(store.progress.attempts).toHaveLength(1);
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(newer);
  });

  it('keeps teaching when the folder cannot be created', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const { store, notices } = await open(join(file, 'data'));
    expect(notices[0]).toMatchObject({ kind: 'unwritable', reason: 'a part of the path is a file, not a folder' });
    await store.update((p) => p.attempts.push(attempt('q')));
    expect(store.progress.attempts).toHaveLength(1);
  });

  it('sweeps temp files of dead processes and leaves live ones', async () => {
    const dir = tempDir();
    const dead = join(dir, 'progress.json.999999999.deadbeef.tmp');
    const live = join(dir, `progress.json.${process.pid}.cafebabe.tmp`);
    writeFileSync(dead, '{');
    writeFileSync(live, '{');
    await open(dir);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('keeps a backup before a reset', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.update((p) => p.attempts.push(attempt('q')));
    const backup = await store.backup();
    expect(backup).toBe(join(dir, 'progress.json.backup-2026-11-22T10-00-00-000Z'));
    expect(JSON.parse(readFileSync(backup as string, 'utf8')).attempts).toHaveLength(1);
  });
});
