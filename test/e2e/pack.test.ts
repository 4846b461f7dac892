/**
 * The package as a user gets it: packed by npm, unpacked into an empty folder's node_modules,
 * started from an unrelated working directory. Dependencies are linked from this checkout so
 * that the test needs no network.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { KEY, runPiped } from './cli.js';
import pty from '@homebridge/node-pty-prebuilt-multiarch';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the packed package', () => {
  it('ships only what a user needs and runs from any folder', async () => {
    const work = tempDir();
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    const tops = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(tops).toEqual(['LICENSE', 'README.md', 'bin', 'course.yaml', 'dist', 'docs', 'labs', 'lessons', 'package.json', 'quizzes']);
    expect(files.some((f) => f.startsWith('dist/') && f.endsWith('.ts'))).toBe(false);

    const modules = join(work, 'app', 'node_modules');
    mkdirSync(join(modules, 'node-arch'), { recursive: true });
    execFileSync('tar', ['xzf', join(work, packed[0].filename), '-C', join(modules, 'node-arch'), '--strip-components=1']);
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== '.bin' && name !== 'node-arch') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
    }
    const bin = join(modules, 'node-arch', 'bin', 'node-arch.js');
    const elsewhere = tempDir();
    const data = tempDir();

    const list = await runPiped(['list', '--json'], { NODE_ARCH_DATA_DIR: data }, { bin, cwd: elsewhere });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).lessons.length).toBeGreaterThan(0);

    const term = pty.spawn(process.execPath, [bin, 'learn'], {
      cwd: elsewhere,
      cols: 80,
      rows: 40,
      env: { PATH: process.env.PATH ?? '', HOME: elsewhere, TERM: 'xterm', NODE_ARCH_DATA_DIR: data },
    });
    let screen = '';
    term.onData((d) => (screen += d));
    const exited = new Promise<{ exitCode: number }>((r) => term.onExit(r));
    for (let waited = 0; !screen.includes('Screen 1 of') && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(screen).toContain('Lesson 1 of');
    term.write(KEY.ctrlC);
    expect((await exited).exitCode).toBe(130);
  }, 60_000);
});
