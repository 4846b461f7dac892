/**
 * A damaged progress file, met by the real binary (issue 7): truncated, not JSON, wrong types, a
 * newer schema, empty, a folder where the file should be. The learner is told in one line, the
 * damaged file is kept aside byte for byte, and the tutor still runs and saves afresh; a file
 * from a newer node-arch is never overwritten by anything. Then every field of a valid file is
 * given every wrong type, and no command may crash on what the check lets through.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { checkProgress } from '../../src/progress/check.js';
import { recordAttempt } from '../../src/progress/record.js';
import { emptyProgress, lessonEntry } from '../../src/progress/schema.js';
import { serialize } from '../../src/progress/serialize.js';
import { KEY, MINI, runInPty, runPiped } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { within } from './harness.js';

/** A valid progress file with every kind of field in use. */
function validProgress(): string {
  const p = emptyProgress();
  const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 10, m)).toISOString();
  recordAttempt(p, { lesson: 'first-steps', question: 'pick-one', at: at(1), correct: false, given: 'timers', node: 20, rating: 1, ms: 2000 });
  recordAttempt(p, { lesson: 'first-steps', question: 'is-it-true', at: at(2), correct: true, given: 'False', node: 20, rating: 2, hinted: true });
  const first = lessonEntry(p, 'first-steps');
  Object.assign(first, { screen: 1, readAt: at(0), completions: [{ at: at(5), correct: 2, total: 3 }] });
  Object.assign(lessonEntry(p, 'second-steps'), { run: { lesson: 'second-steps', answered: { 'pool-apis': false } } });
  return serialize(p);
}

const DAMAGE: [string, (valid: string) => string, RegExp][] = [
  ['truncated', (v) => v.slice(0, Math.floor(v.length * 0.6)), /it is not valid JSON/],
  ['not JSON', () => 'progress: yes please\n', /it is not valid JSON/],
  ['empty', () => '', /it is empty/],
  ['only whitespace', () => '  \n', /it is empty/],
  ['a JSON array', () => '[]', /not a JSON object/],
  ['lessons of the wrong type', (v) => v.replace('"lessons": {', '"lessons": [{').replace(/\n {2}},\n {2}"attempts"/, '\n  }],\n  "attempts"'), /"lessons" is not an object|not valid JSON/],
  ['an attempt of the wrong type', (v) => v.replace('"correct":false', '"correct":"no"'), /an attempt is malformed/],
  ['a version that is text', (v) => v.replace('"version": 2', '"version": "2"'), /no version number/],
];

describe('a damaged progress file, met by the binary', () => {
  it.each(DAMAGE)('%s: one line, kept aside byte for byte, the tutor runs and saves afresh', async (_name, damage, reason) => {
    const data = tempDir();
    const file = join(data, 'progress.json');
    const bad = damage(validProgress());
    writeFileSync(file, bad);
    const r = await runPiped(['--content', MINI, 'list'], { NODE_ARCH_DATA_DIR: data });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    const kept = readdirSync(data).filter((f) => f.startsWith('progress.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(data, kept[0] ?? ''), 'utf8')).toBe(bad);
    expect(r.stderr).toContain(kept[0]);
    const again = await runPiped(['--content', MINI, 'progress', '--json'], { NODE_ARCH_DATA_DIR: data });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
  });

  it('a folder where the file should be: moved aside with its contents, and a quiz still saves', async () => {
    const data = tempDir();
    mkdirSync(join(data, 'progress.json'));
    writeFileSync(join(data, 'progress.json', 'inside'), 'keep me');
    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], { NODE_ARCH_DATA_DIR: data });
    await s.waitFor('it is a folder, not a file');
    await s.waitFor('Show a hint');
    s.type(KEY.down + KEY.enter);
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.down + KEY.enter);
    expect((await within(10_000, 'the quiz ending', s.exited)).exitCode).toBe(0);
    expect(s.text().match(/warning:/g)).toHaveLength(1);
    const kept = readdirSync(data).find((f) => f.startsWith('progress.json.damaged-')) ?? '';
    expect(readFileSync(join(data, kept, 'inside'), 'utf8')).toBe('keep me');
    expect(statSync(join(data, 'progress.json')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')).attempts).toHaveLength(1);
  });
});

describe('a progress file from a newer node-arch', () => {
  const NEWER = '{"version": 99, "lessons": {"first-steps": "whatever the future holds"}}\n';

  it('is never overwritten: not by list, a quiz, a reset or an import', async () => {
    const data = tempDir();
    const file = join(data, 'progress.json');
    writeFileSync(file, NEWER);
    const env = { NODE_ARCH_DATA_DIR: data };

    const list = await runPiped(['--content', MINI, 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stderr.trim().split('\n')).toEqual([expect.stringContaining('written by a newer node-arch (format 99)')]);

    const s = runInPty(['--content', MINI, 'quiz', 'first-steps'], env);
    await s.waitFor('Show a hint');
    s.type(KEY.down + KEY.enter);
    await s.waitFor('Right.'); // the tutor still teaches
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.down + KEY.enter);
    expect((await within(10_000, 'the quiz ending', s.exited)).exitCode).toBe(0);

    const reset = await runPiped(['--content', MINI, 'reset', '--yes'], env);
    expect(reset.stdout).not.toContain('was reset');
    expect(reset.code).toBe(1);

    const exported = join(tempDir(), 'mine.json');
    writeFileSync(exported, serialize(emptyProgress()));
    const imported = await runPiped(['--content', MINI, 'progress', 'import', exported], env);
    expect(imported.code).toBe(1);

    expect(readFileSync(file, 'utf8')).toBe(NEWER);
    expect(readdirSync(data).filter((f) => f.startsWith('progress.json'))).toEqual(['progress.json']);
  });
});

describe('every field of a valid file, given every wrong type', () => {
  // The soak tries more wrong values and one more command; plain `npm test` keeps to ~3 s.
  const SOAK = process.env.NODE_ARCH_SOAK === '1';
  const WRONG: unknown[] = SOAK ? [null, 'x', -1, 1e308, [], {}, true] : [null, 'x', -1, []];
  const COMMANDS = SOAK ? [['progress'], ['list', '--json'], ['progress', '--json']] : [['progress'], ['list', '--json']];

  /** Every path to a value in `value`, objects and arrays included. */
  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [at];
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [...(at.length ? [at] : []), ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
  }

  function withValue(data: unknown, path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(data) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1] as string | number] = value;
    return copy;
  }

  async function run(args: string[], data: string): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const sink = () => new Writable({ write: (_c, _e, done) => done() });
    const err = new Writable({
      write: (c: Buffer, _e, done) => {
        stderr += c.toString();
        done();
      },
    });
    const io = { stdin: new PassThrough(), stdout: sink(), stderr: err, env: { NODE_ARCH_DATA_DIR: data, NODE_ARCH_NOW: '2026-11-22T09:00:00Z' } };
    const code = await main(['node', 'node-arch', '--content', MINI, ...args], io);
    return { code, stderr };
  }

  it('no command crashes, whatever the check lets through', async () => {
    const valid = JSON.parse(validProgress());
    const crashes: string[] = [];
    for (const path of paths(valid)) {
      for (const wrong of WRONG) {
        const mutated = withValue(valid, path, wrong);
        // What the check refuses is moved aside (tested above); what it lets through must work.
        if (!checkProgress(structuredClone(mutated)).ok) continue;
        const data = tempDir();
        writeFileSync(join(data, 'progress.json'), JSON.stringify(mutated));
        for (const args of COMMANDS) {
          const r = await run(args, data);
          if (r.code !== 0 || r.stderr !== '') crashes.push(`${path.join('.')} = ${JSON.stringify(wrong)}: ${args.join(' ')} → ${r.code} ${r.stderr.trim()}`);
        }
      }
    }
    expect(crashes).toEqual([]);
  }, 60_000);
});
