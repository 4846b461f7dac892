/**
 * Every kind of broken YAML, in a pack given to the real binary (issue 7). `validate` names
 * file:line:col (where a position exists) with a clear message and exits 1; `list` refuses the
 * pack in one line. Never a stack trace, never a hang: each run is bounded in time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPiped } from '../e2e/cli.js';
import { tempDir } from '../helpers/temp.js';
import { within } from './harness.js';
import { LESSON, packWith } from './packs.js';

const FILE = 'lessons/only.yaml';
/** Generous for a 2-core machine under load; a hang is what this catches, not slowness. */
const BOUND_MS = 20_000;

type Case = [name: string, make: (pack: string) => void, expected: RegExp];

const put = (content: string | Buffer) => (pack: string) => writeFileSync(join(pack, FILE), content);

const CASES: Case[] = [
  ['bad indentation', put('id: only\n  title: x\n'), /:1:\d+: YAML: .*(indent|Nested mappings)/i],
  ['a tab', put('id: only\n\ttitle: x\n'), /:2:1: YAML: Tabs are not allowed/],
  ['an unclosed quote', put('id: "only\ntitle: x\n'), /:\d+:\d+: YAML: Missing closing "quote/],
  ['a duplicate key', put(`${LESSON}title: Again\n`), /:10:1: YAML: Map keys must be unique/],
  ['several documents', put(`${LESSON}---\nid: other\n`), /:10:1: YAML: Source contains multiple documents/],
  ['a !!js/function tag', put(LESSON.replace('summary: One lesson.', 'summary: !!js/function "function () { return 1 }"')), /:3:\d+: .*tag/i],
  ['a custom tag', put(LESSON.replace('summary: One lesson.', 'summary: !evil x')), /:3:\d+: .*tag/i],
  [
    'an alias bomb',
    put(`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`),
    /:1:\d+: (anchors|aliases)/,
  ],
  ['100,000 levels of flow nesting', put(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), /:1:\d+: nested more than 64 levels deep/],
  ['100,000 levels of block nesting', put(`${'- '.repeat(100_000)}x\n`), /:1:\d+: nested more than 64 levels deep/],
  ['100,000 levels of mappings', put(`${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`), /:1:\d+: nested more than 64 levels deep/],
  ['a 50 MB file', put(Buffer.alloc(50 * 1024 * 1024, 'a: b\n')), /only\.yaml: file is larger than 2 MiB/],
  ['a 2 MiB mapping (quadratic key checks)', put(Array.from({ length: 150_000 }, (_, i) => `k${i}: v`).join('\n').slice(0, 2_000_000)), /only\.yaml:1:1: .*unknown key/],
  ['invalid UTF-8', put(Buffer.concat([Buffer.from('id: only\ntitle: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])), /:2:\d+: file is not valid UTF-8 text/],
  ['a binary file', put(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])), /:1:\d+: file is binary/],
  ['an empty file', put(''), /:1:1: file is empty/],
  ['only comments', put('# nothing here\n'), /:1:1: file is empty/],
  ['a folder where the file should be', (pack) => mkdirSync(join(pack, FILE), { recursive: true }), /only\.yaml: is a folder, not a file/],
  ['a link to /dev/zero', (pack) => symlinkSync('/dev/zero', join(pack, FILE)), /only\.yaml: is not a regular file/],
  ['a FIFO', (pack) => execFileSync('mkfifo', [join(pack, FILE)]), /only\.yaml: is not a regular file/],
];

describe('broken YAML, through the binary', () => {
  it.each(CASES)('%s: validate locates it; list refuses in one line', async (_name, make, expected) => {
    const pack = packWith({});
    rmSync(join(pack, FILE)); // each case puts its own thing there: a file, a folder, a link, a FIFO
    make(pack);
    const data = tempDir();
    const started = Date.now();
    const validate = await within(BOUND_MS, 'validate', runPiped(['validate', pack], { NODE_ARCH_DATA_DIR: data }));
    expect(validate.code, validate.stderr).toBe(1);
    expect(validate.stdout).toMatch(expected);
    expect(validate.stderr).toMatch(/^node-arch: \d+ problems? found\.\n$/);
    for (const out of [validate.stdout, validate.stderr]) expect(out).not.toMatch(/\n\s+at |hit a bug|Error:/);
    const list = await within(BOUND_MS, 'list', runPiped(['--content', pack, 'list'], { NODE_ARCH_DATA_DIR: data }));
    expect(list.code).toBe(1);
    expect(list.stdout).toBe('');
    expect(list.stderr).toMatch(/^node-arch: The course in .* has \d+ problems?\. Run `node-arch validate .*` to see (it|them)\.\n$/);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  }, BOUND_MS * 2 + 5000);
});
