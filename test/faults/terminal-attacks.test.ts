/**
 * Terminal attacks from a hostile pack (issue 7): lesson and quiz text carrying escape sequences
 * (clipboard OSC 52, window title, OSC 8 hyperlinks, cursor moves, \r, \b, BEL, 8-bit C1, bidi
 * overrides, DEL, DCS) rendered by the real binary in list, list --json, learn in a terminal
 * (screens, hints, feedback, score, prompts, the snippet comparison), validate and reset; the
 * BYTES written must carry none of them. Our own SGR colours and the prompt library's cursor codes
 * are allowed; every payload sits between markers, so anything that came from content shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/commands/trust.js';
import { KEY, runInPty, runPiped } from '../e2e/cli.js';
import { tempDir, writeTree } from '../helpers/temp.js';
import { within } from './harness.js';

const ESC = '\u001b';
/** Payload n, and what must be left of it once made harmless. */
const PAYLOADS: [payload: string, residue: string][] = [
  [`${ESC}]52;c;aGFja2Vk\u0007`, ''], // write the clipboard
  [`${ESC}]0;pwned${ESC}\\`, ''], // retitle the window
  [`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'], // a disguised link
  [`${ESC}[2J${ESC}[1;1H${ESC}[5A`, ''], // clear the screen, move the cursor
  ['fake\rreal', 'fakereal'],
  ['ab\b\bcd', 'abcd'],
  ['\u0007', ''],
  ['\u009b31m\u009d0;x\u009c', ''], // 8-bit CSI and OSC
  ['x\u202ey\u2066z\u2069', 'xyz'], // bidi override and isolate
  ['a\u007fb', 'ab'],
  [`${ESC}Pq#0${ESC}\\`, ''], // DCS
];
const SHORT = [0, 1, 3, 4, 7, 8]; // what fits in a 200-character title

const marked = (n: number) => `QQ${n}q${PAYLOADS[n]?.[0] ?? ''}ZZ${n}z`;
const hostile = (which = PAYLOADS.map((_, i) => i)) => which.map(marked).join(' ');
/** A YAML double-quoted scalar holding `text` exactly, whatever it contains. */
const q = (text: string) =>
  `"${[...text].map((c) => (c >= ' ' && c <= '~' && c !== '"' && c !== '\\' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;

function lesson(id: string, title: string): string {
  return `id: ${id}
title: ${q(title)}
summary: ${q(`Summary ${hostile()}`)}
screens:
  - title: ${q(`Screen ${hostile(SHORT)}`)}
    body: ${q(`Body ${hostile()}\n\n- item ${hostile()}\n\n\`\`\`\ncode ${hostile()}\n\`\`\``)}
  - title: ${q('Second')}
    body: ${q(`More ${hostile()}`)}
sources:
  - title: ${q(`Source ${hostile()}`)}
    url: https://nodejs.org/api/
`;
}

const QUIZ = (id: string, snippet: string) => `lesson: ${id}
questions:
  - id: pick
    type: single
    prompt: ${q(`Prompt ${hostile()}`)}
    hint: ${q(`Hint ${hostile()}`)}
    options:
      - text: ${q(`Wrong ${hostile()}`)}
        why: ${q(`Why ${hostile()}`)}
      - text: ${q('Right')}
        correct: true
    explanation: ${q(`Explanation ${hostile()}`)}
    versionNote: ${q(`Note ${hostile()}`)}
    source: https://nodejs.org/api/
  - id: guess
    type: predict
    prompt: ${q('What does it print?')}
    code: ${q(snippet)}
    expected: ${q('ok')}
    options:
      - output: ${q('ok')}
      - output: ${q(`Out ${hostile()}`)}
        why: ${q(`Because ${hostile()}`)}
    explanation: ${q('It prints ok.')}
    source: https://nodejs.org/api/
`;

/** A two-lesson pack with hostile text everywhere a learner reads. */
function hostilePack(): string {
  // The snippet prints the payloads; its own source (shown as code) must not spell them out.
  const snippet = `console.log(Buffer.from('${Buffer.from(`ok ${hostile()}`).toString('base64')}', 'base64').toString())`;
  return writeTree({
    'course.yaml': `format: 1\ntitle: ${q(`Course ${hostile(SHORT)}`)}\nlessons:\n  - one\n  - two\n`,
    'lessons/one.yaml': lesson('one', `One ${hostile(SHORT)}`),
    'quizzes/one.yaml': QUIZ('one', snippet),
    'lessons/two.yaml': lesson('two', `Two ${hostile(SHORT)}`),
    'quizzes/two.yaml': QUIZ('two', snippet),
  });
}

/**
 * Every problem with `raw`: a payload that survived, or a byte no content may put on a terminal.
 * JSON keeps the payloads, escaped as text (`\u001b`), which is harmless: only the bytes count.
 */
function harmful(raw: string, where: string, json = false): string[] {
  const found: string[] = [];
  if (!json) checkMarkers(raw, where, found);
  // Never ours: OSC, DCS, SOS, PM, APC strings; 8-bit C1; bidi controls; BEL, BS, DEL.
  const bad = /\u001b[\]PX^_]|[\u0080-\u009f]|[\u202a-\u202e\u2066-\u2069]|[\u0007\u0008\u007f]/g;
  for (const m of raw.matchAll(bad)) found.push(`${where}: ${JSON.stringify(m[0])} at ${m.index}: ${JSON.stringify(raw.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + 20))}`);
  return found;
}

/** Each payload, wherever it appears, is down to its residue between its markers. */
function checkMarkers(raw: string, where: string, found: string[]): void {
  PAYLOADS.forEach(([, residue], n) => {
    const open = `QQ${n}q`;
    for (let at = raw.indexOf(open); at >= 0; at = raw.indexOf(open, at + 1)) {
      const want = `${residue}ZZ${n}z`;
      const after = raw.slice(at + open.length, at + open.length + want.length);
      const cut = after.indexOf('…'); // a title fitted to its column
      if (after !== want && !(cut >= 0 && want.startsWith(after.slice(0, cut)))) found.push(`${where}: payload ${n} came through as ${JSON.stringify(raw.slice(at, at + 40))}`);
    }
  });
}

describe('a hostile pack, rendered by the binary', () => {
  it('list and list --json write nothing harmful', async () => {
    const pack = hostilePack();
    const env = { NODE_ARCH_DATA_DIR: tempDir(), FORCE_COLOR: '1' };
    const list = await runPiped(['--content', pack, 'list'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('QQ0qZZ0z');
    const json = await runPiped(['--content', pack, 'list', '--json'], env);
    expect(json.code).toBe(0);
    expect(harmful(list.stdout + list.stderr, 'list')).toEqual([]);
    expect(harmful(json.stdout, 'list --json', true)).toEqual([]);
    // The data is all still there for a script, escaped.
    expect(JSON.parse(json.stdout).lessons[0].summary).toContain('x\u202ey');
    const progress = await runPiped(['--content', pack, 'progress'], env);
    expect(harmful(progress.stdout + progress.stderr, 'progress')).toEqual([]);
  });

  it('learn in a terminal: screens, hint, feedback, the snippet comparison, score and prompts', async () => {
    const pack = hostilePack();
    const data = tempDir();
    await saveAnswer(join(data, 'trust.json'), pack, true, new Date());
    const env = { NODE_ARCH_DATA_DIR: data };
    const s = runInPty(['--content', pack, 'learn'], env, 100);
    await s.waitFor('Screen 1 of 2');
    s.type(KEY.enter);
    await s.waitFor('Start the quiz');
    s.type(KEY.enter);
    await s.waitFor('Show a hint');
    s.type(KEY.down + KEY.down + KEY.enter); // the hint
    await s.waitFor('Hint');
    await s.waitFor('Your answer');
    s.type(KEY.enter); // wrong: feedback with why, explanation and version note
    await s.waitFor('Next question');
    s.type(KEY.enter);
    await s.waitFor('Your answer');
    s.type(KEY.down + KEY.enter); // the hostile output, wrong again
    await s.waitFor('Run it on my Node');
    await s.waitFor('Quit for now');
    s.type(KEY.down + KEY.enter);
    await s.waitFor('Your Node');
    await s.waitFor('Quit for now');
    s.type(KEY.enter); // see my score: the missed prompts are listed
    await s.waitFor('Go on to lesson 2');
    s.type(`n${KEY.enter}`);
    expect((await within(10_000, 'learn ending', s.exited)).exitCode).toBe(0);
    expect(harmful(s.raw(), 'learn')).toEqual([]);
    expect(s.text()).toContain('QQ2qclickZZ2z');

    const again = runInPty(['--content', pack, 'learn', 'two'], env, 100);
    await again.waitFor('Screen 1 of 2');
    again.type(KEY.enter);
    await again.waitFor('Screen 2 of 2');
    await again.waitFor('Quit for now');
    again.type(KEY.down + KEY.down + KEY.enter);
    await again.exited;
    const back = runInPty(['--content', pack, 'learn'], env, 100);
    await back.waitFor('Welcome back');
    back.type(KEY.ctrlC);
    await back.exited;
    const reset = runInPty(['--content', pack, 'reset', 'two'], env, 100);
    await reset.waitFor('Reset your progress in');
    reset.type(`n${KEY.enter}`);
    await reset.exited;
    for (const [name, session] of [['learn two', again], ['welcome back', back], ['reset', reset]] as const) {
      expect(harmful(session.raw(), name)).toEqual([]);
    }
  });

  it('validate quotes hostile ids, types and file names harmlessly', async () => {
    const pack = hostilePack();
    const bad = `evil${marked(0)}${marked(3)}${marked(8)}`; // an id is at most 80 characters
    writeFileSync(join(pack, 'course.yaml'), `format: 1\ntitle: T\nlessons:\n  - ${q(bad)}\n  - one\n`);
    writeFileSync(join(pack, 'quizzes', 'one.yaml'), QUIZ('one', 'x').replace('type: single', `type: ${q(`essay${marked(0)}`)}`));
    mkdirSync(join(pack, 'lessons'), { recursive: true });
    writeFileSync(join(pack, 'lessons', `stray${marked(0)}${marked(3)}.yaml`), 'x: 1\n');
    const r = await runPiped(['validate', pack], {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('QQ0qZZ0z');
    expect(harmful(r.stdout + r.stderr, 'validate')).toEqual([]);
  });
});
