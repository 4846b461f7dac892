import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { BIN, BROKEN, MINI, runPiped } from './cli.js';

describe('without a terminal', () => {
  it('learn refuses with exit 2 and says what works instead', async () => {
    const r = await runPiped(['--content', MINI, 'learn'], { NODE_ARCH_DATA_DIR: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('needs an interactive terminal');
    expect(r.stderr).toContain('node-arch progress --json');
  });

  it('list --json reports lessons and question counts', async () => {
    const r = await runPiped(['--content', MINI, 'list', '--json'], { NODE_ARCH_DATA_DIR: tempDir() });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.questions).toBe(7);
    expect(data.lessons.map((l: { id: string; questions: number; status: string }) => [l.id, l.questions, l.status])).toEqual([
      ['first-steps', 3, 'not-started'],
      ['second-steps', 4, 'not-started'],
    ]);
  });

  it('progress --json summarises saved progress', async () => {
    const data = tempDir();
    writeFileSync(
      join(data, 'progress.json'),
      JSON.stringify({
        version: 1,
        lessons: { 'first-steps': { screen: 1, completions: [{ at: '2026-11-01T00:00:00Z', correct: 2, total: 3 }] } },
        attempts: [
          { lesson: 'first-steps', question: 'pick-one', at: '2026-11-01T00:00:00Z', correct: true, given: 'check', node: 20 },
          { lesson: 'first-steps', question: 'is-it-true', at: '2026-11-02T00:00:00Z', correct: false, given: 'True', node: 20 },
        ],
      }),
    );
    const r = await runPiped(['--content', MINI, 'progress', '--json'], { NODE_ARCH_DATA_DIR: data });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      lessonsDone: 1,
      lessonsTotal: 2,
      attempts: 2,
      correct: 1,
      accuracy: 0.5,
      lastStudied: '2026-11-02T00:00:00Z',
      next: { id: 'second-steps' },
    });
  });

  it('validate prints every problem as file:line:col and exits 1', async () => {
    const r = await runPiped(['validate', BROKEN], {});
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/broken-lesson\.yaml:7:5: screens\[0\]\.colour: unknown key/),
      expect.stringMatching(/broken-lesson\.yaml:10:10: sources\[0\]\.url: expected an https:\/\/ URL/),
      expect.stringMatching(/lessons\/missing-lesson\.yaml: file not found/),
      expect.stringMatching(/quizzes\/broken-lesson\.yaml:7:9: questions\[0\]\.options\[0\]\.why: required/),
      expect.stringMatching(/quizzes\/missing-lesson\.yaml: file not found/),
    ]);
    expect(r.stderr).toBe('node-arch: 5 problems found.\n');
  });

  it('learner commands refuse a broken course in one line', async () => {
    const r = await runPiped(['--content', BROKEN, 'list'], { NODE_ARCH_DATA_DIR: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^node-arch: The course in .* has 5 problems\. Run `node-arch validate .*` to see them\.\n$/);
  });

  it('validate passes on the shipped course', async () => {
    const r = await runPiped(['validate'], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('does not crash when the reader of a pipe goes away', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --content "${MINI}" list | head -n 1`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ARCH_DATA_DIR: tempDir() },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it.each([
    [['--bogus'], "node-arch: unknown option '--bogus' (see node-arch --help)\n"],
    [['frob'], "node-arch: unknown command 'frob' (see node-arch --help)\n"],
    [['list', '--jsn'], "node-arch: unknown option '--jsn'\n(Did you mean --json?) (see node-arch --help)\n"],
  ])('%j is a short error with exit 1', async (args, stderr) => {
    const r = await runPiped(args, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(stderr);
  });

  it('an unknown lesson suggests the closest id', async () => {
    const r = await runPiped(['--content', MINI, 'reset', 'first-step', '--yes'], { NODE_ARCH_DATA_DIR: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('node-arch: There is no lesson "first-step". Did you mean "first-steps"? Run `node-arch list` to see them all.\n');
  });

  it('reset needs --yes without a terminal, and keeps a backup of everything', async () => {
    const data = tempDir();
    const file = join(data, 'progress.json');
    writeFileSync(file, JSON.stringify({ version: 1, lessons: { 'first-steps': { screen: 1, completions: [] } }, attempts: [] }));
    expect((await runPiped(['--content', MINI, 'reset'], { NODE_ARCH_DATA_DIR: data })).code).toBe(2);
    const r = await runPiped(['--content', MINI, 'reset', '--yes'], { NODE_ARCH_DATA_DIR: data });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).lessons).toEqual({});
    const backup = /kept at (.*)\.\n/.exec(r.stdout)?.[1] ?? '';
    expect(JSON.parse(readFileSync(backup, 'utf8')).lessons['first-steps']).toBeDefined();
  });

  it('tells the learner in one line when progress was damaged, and still runs', async () => {
    const data = tempDir();
    writeFileSync(join(data, 'progress.json'), '{"version": 1, "less');
    const r = await runPiped(['--content', MINI, 'list'], { NODE_ARCH_DATA_DIR: data });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: Your progress file could not be read \(it is not valid JSON\)\. It was kept at .*progress\.json\.damaged-.*, and a fresh one was started\.\n$/);
  });

  it('--version and --help are fast paths that need no content', () => {
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    for (const command of ['learn', 'list', 'quiz', 'progress', 'reset', 'validate', '--content', '--no-color']) {
      expect(help).toContain(command);
    }
  });
});
