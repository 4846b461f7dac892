/**
 * Nowhere to save (issue 7): a data folder the learner cannot write, a full disk (a real small
 * tmpfs where one can be mounted, and an injected ENOSPC everywhere), and no HOME. Each time: one
 * clear line, the tutor still teaches, what was saved before is intact, nothing lands elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/progress/location.js';
import { emptyProgress, lessonEntry } from '../../src/progress/schema.js';
import { serialize } from '../../src/progress/serialize.js';
import { KEY, MINI, runInPty, runPiped, type Env, type PtyOptions } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { NOBODY, openToAll, within } from './harness.js';

const INJECT = fileURLToPath(new URL('./inject-enospc.mjs', import.meta.url));

/** Progress with the first lesson done: what must still show, and stay, when nothing can be saved. */
function saved(): string {
  const p = emptyProgress();
  lessonEntry(p, 'first-steps').completions.push({ at: '2026-11-20T10:00:00.000Z', correct: 3, total: 3 });
  return serialize(p);
}

/** Answers one question of a quiz and quits: the tutor must teach, warn once, and exit 0. */
async function answerOneAndQuit(env: Env, warning: RegExp, o: PtyOptions = {}): Promise<string> {
  const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], env, o);
  await s.waitFor('Show a hint');
  s.type(KEY.down + KEY.enter);
  await s.waitFor('Right.');
  await s.waitFor('Quit for now');
  s.type(KEY.down + KEY.down + KEY.enter);
  expect((await within(10_000, 'the quiz ending', s.exited)).exitCode).toBe(0);
  const text = s.text();
  expect(text.match(/warning:/g), text).toHaveLength(1);
  expect(text.replace(/\s+/g, ' ')).toMatch(warning);
  expect(text).not.toContain('hit a bug');
  return text;
}

describe('a data folder that cannot be written', () => {
  /** A folder holding saved progress that the user running node-arch cannot write. */
  function readOnlyData(): { data: string; as: PtyOptions } {
    const data = tempDir();
    writeFileSync(join(data, 'progress.json'), saved());
    if (NOBODY !== undefined) {
      openToAll(data);
      return { data, as: { uid: NOBODY } };
    }
    execFileSync('chmod', ['0555', data]);
    return { data, as: {} };
  }

  it('shows what was saved, says in one line that nothing will be, and still teaches', async () => {
    const { data, as } = readOnlyData();
    try {
      const list = await runPiped(['--content', MINI, 'list', '--json'], { NODE_ARCH_DATA_DIR: data }, as);
      expect(list.code).toBe(0);
      expect(list.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^warning: Progress cannot be saved \(permission denied: .*progress\.json\)/)]);
      expect(JSON.parse(list.stdout).lessons[0].status).toBe('done');
      await answerOneAndQuit({ NODE_ARCH_DATA_DIR: data }, /Progress cannot be saved \(permission denied/, as);
      expect(readFileSync(join(data, 'progress.json'), 'utf8')).toBe(saved());
      expect(readdirSync(data)).toEqual(['progress.json']);
    } finally {
      execFileSync('chmod', ['0755', data]);
    }
  });
});

describe('a full disk', () => {
  /** A 1 MiB tmpfs, or why there cannot be one here. */
  function mountSmallDisk(): { dir: string; unmount: () => void } | { skip: string } {
    if (process.platform !== 'linux') return { skip: 'tmpfs is Linux only' };
    if (process.getuid?.() !== 0) return { skip: 'mounting a tmpfs needs root' };
    const dir = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0755', 'node-arch-full', dir], { stdio: 'pipe' });
    } catch (error) {
      return { skip: `mount failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})` };
    }
    return { dir, unmount: () => execFileSync('umount', ['-l', dir]) };
  }

  it('on a real full tmpfs: one line, the tutor teaches on, the saved file intact', async (t) => {
    const disk = mountSmallDisk();
    if ('skip' in disk) return t.skip(`no small disk to fill: ${disk.skip}`);
    try {
      const data = join(disk.dir, 'data');
      mkdirSync(data);
      writeFileSync(join(data, 'progress.json'), saved());
      // Fill every last block, so the next write of any size fails.
      for (let i = 0, size = 64 * 1024; size > 0; ) {
        try {
          writeFileSync(join(disk.dir, `filler-${i++}`), Buffer.alloc(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      await answerOneAndQuit({ NODE_ARCH_DATA_DIR: data }, /Progress cannot be saved \(the disk is full/);
      expect(readFileSync(join(data, 'progress.json'), 'utf8')).toBe(saved());
      // No temp file, no lock; (the course cache may have got as far as making its folder).
      expect(readdirSync(data).filter((f) => f !== 'cache')).toEqual(['progress.json']);
    } finally {
      disk.unmount();
    }
  });

  it('with every write failing as on a full disk (ENOSPC injected): the same', async () => {
    const data = tempDir();
    writeFileSync(join(data, 'progress.json'), saved());
    await answerOneAndQuit({ NODE_ARCH_DATA_DIR: data, NODE_OPTIONS: `--import ${INJECT}` }, /Progress cannot be saved \(the disk is full/);
    expect(readFileSync(join(data, 'progress.json'), 'utf8')).toBe(saved());
    expect(readdirSync(data).filter((f) => f !== 'cache')).toEqual(['progress.json']);
  });
});

describe('no home folder', () => {
  it.each<[string, NodeJS.ProcessEnv]>([
    ['HOME unset', {}],
    ['HOME empty', { HOME: '' }],
    ['HOME relative', { HOME: 'home' }],
  ])('%s: no data folder is guessed', (_name, env) => {
    expect(dataDir(env, 'linux')).toBeUndefined();
    expect(dataDir(env, 'darwin')).toBeUndefined();
    expect(dataDir({ ...env, XDG_DATA_HOME: '/xdg' }, 'linux')).toBe('/xdg/node-arch');
    expect(dataDir({ ...env, NODE_ARCH_DATA_DIR: '/data' }, 'linux')).toBe('/data');
  });

  it.each<[string, Env, PtyOptions]>([
    ['HOME unset', { HOME: undefined }, {}],
    ['HOME empty', { HOME: '' }, {}],
    ['HOME unset, for a user with no passwd entry', { HOME: undefined }, { uid: 54321 }],
  ])('%s: one line, the tutor teaches, and nothing is written anywhere', async (_name, env, as) => {
    const cwd = tempDir();
    openToAll(cwd);
    const list = await runPiped(['--content', MINI, 'list'], env, { cwd, ...(as.uid !== undefined && { uid: as.uid }) });
    expect(list.code).toBe(0);
    expect(list.stderr.trim().split('\n')).toEqual([expect.stringContaining('Progress cannot be saved: HOME is not set')]);
    if (as.uid === undefined || process.getuid?.() === 0) {
      await answerOneAndQuit(env, /HOME is not set, so there is no folder to keep it in/, as);
    }
    expect(readdirSync(cwd)).toEqual([]);
    rmSync(join(cwd, '.local'), { recursive: true, force: true });
  });
});
