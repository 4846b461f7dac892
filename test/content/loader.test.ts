import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/loader.js';
import { formatProblem } from '../../src/content/problem.js';
import { writeTree } from '../helpers/temp.js';

const COURSE = 'format: 1\ntitle: T\nlessons:\n  - one\n';
const LESSON = `id: one
title: One
summary: S
screens:
  - title: A
    body: Text.
sources:
  - title: Docs
    url: https://nodejs.org/api/
`;
const QUESTION = `  - id: q1
    type: truefalse
    prompt: P?
    answer: true
    explanation: E.
    source: https://nodejs.org/api/
`;
const quiz = (questions: string) => `lesson: one\nquestions:\n${questions}`;

async function problemsOf(files: Record<string, string | Buffer>): Promise<string[]> {
  const dir = writeTree({ 'course.yaml': COURSE, 'lessons/one.yaml': LESSON, 'quizzes/one.yaml': quiz(QUESTION), ...files });
  const { course, problems } = await loadCourse(dir);
  if (problems.length === 0) expect(course).toBeDefined();
  else expect(course).toBeUndefined();
  return problems.map((p) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
}

describe('loadCourse', () => {
  it('loads a valid course', async () => {
    expect(await problemsOf({})).toEqual([]);
  });

  it.each<[string, Record<string, string | Buffer>, string]>([
    ['a missing manifest', { 'course.yaml': '' }, 'course.yaml:1:1: file is empty'],
    ['an unknown key', { 'lessons/one.yaml': `${LESSON}colour: red\n` }, 'lessons/one.yaml:10:1: colour: unknown key'],
    ['a __proto__ key', { 'lessons/one.yaml': `${LESSON}__proto__: x\n` }, 'lessons/one.yaml:10:1: __proto__: the key "__proto__" is not allowed'],
    ['a duplicate key', { 'lessons/one.yaml': `${LESSON}title: Again\n` }, 'lessons/one.yaml:10:1: YAML: Map keys must be unique'],
    ['bad indentation', { 'lessons/one.yaml': 'id: one\n  title: x\n' }, 'lessons/one.yaml:1:5: YAML: Nested mappings are not allowed'],
    ['a tab', { 'lessons/one.yaml': 'id: one\n\ttitle: x\n' }, 'lessons/one.yaml:2:1: YAML: Tabs are not allowed'],
    ['an unclosed quote', { 'lessons/one.yaml': 'id: "one\ntitle: x\n' }, 'lessons/one.yaml:3:1: YAML: Missing closing "quote'],
    ['several documents', { 'lessons/one.yaml': `${LESSON}---\nid: two\n` }, 'lessons/one.yaml:10:1: YAML: Source contains multiple documents'],
    ['a custom tag', { 'lessons/one.yaml': LESSON.replace('summary: S', 'summary: !!js/function "x"') }, 'lessons/one.yaml:3:'],
    ['an alias', { 'lessons/one.yaml': LESSON.replace('title: One', 'title: &t One').replace('summary: S', 'summary: *t') }, 'lessons/one.yaml:2:11: anchors (&name) are not supported'],
    ['a number where text is due', { 'lessons/one.yaml': LESSON.replace('title: One', 'title: 1.10') }, 'lessons/one.yaml:2:8: title: expected text (quote it)'],
    ['a missing field', { 'lessons/one.yaml': LESSON.replace('summary: S\n', '') }, 'lessons/one.yaml:1:1: summary: required'],
    ['an id that does not match its file', { 'lessons/one.yaml': LESSON.replace('id: one', 'id: two') }, 'lessons/one.yaml:1:5: id: "two" does not match the file name'],
    ['a manifest id that escapes the folder', { 'course.yaml': 'format: 1\ntitle: T\nlessons:\n  - ../etc/passwd\n' }, 'course.yaml:4:5: lessons[0]: "../etc/passwd" is not a valid id'],
    ['a lesson listed twice', { 'course.yaml': `${COURSE}  - one\n` }, 'course.yaml:5:5: lessons[1]: "one" is listed twice'],
    ['a dangling lesson id', { 'course.yaml': `${COURSE}  - two\n` }, 'lessons/two.yaml: file not found'],
    ['a file not in the manifest', { 'lessons/three.yaml': LESSON }, 'lessons/three.yaml: not listed in course.yaml'],
    ['a newer format', { 'course.yaml': COURSE.replace('format: 1', 'format: 2') }, 'course.yaml:1:9: format: this course needs a newer node-arch'],
    ['invalid UTF-8', { 'lessons/one.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }, 'lessons/one.yaml:1:5: file is not valid UTF-8 text'],
    ['a binary file', { 'lessons/one.yaml': Buffer.from('id: one\u0000\u0001') }, 'lessons/one.yaml:1:8: file is binary'],
    ['a URL that is not https', { 'lessons/one.yaml': LESSON.replace('https://nodejs.org/api/', 'javascript:alert(1)') }, 'lessons/one.yaml:9:10: sources[0].url: expected an https:// URL'],
    ['a duplicate question id', { 'quizzes/one.yaml': quiz(QUESTION + QUESTION) }, 'quizzes/one.yaml:9:5: questions[1].id: "q1" is used twice'],
    ['an unknown question type', { 'quizzes/one.yaml': quiz(QUESTION.replace('truefalse', 'essay')) }, 'quizzes/one.yaml:4:11: questions[0].type: "essay" is not a question type'],
    ['a quiz for another lesson', { 'quizzes/one.yaml': quiz(QUESTION).replace('lesson: one', 'lesson: two') }, 'quizzes/one.yaml:1:9: lesson: "two" does not match'],
    ['a key of another question type', { 'quizzes/one.yaml': quiz(`${QUESTION}    items: [a, b]\n`) }, 'quizzes/one.yaml:9:5: questions[0].items: unknown key'],
  ])('reports %s', async (_name, files, expected) => {
    const problems = await problemsOf(files);
    expect(problems.some((p) => p.startsWith(expected)), `got:\n${problems.join('\n')}`).toBe(true);
  });
});

describe('choice and predict questions', () => {
  const choice = (type: string, options: string) => `  - id: c
    type: ${type}
    prompt: P?
    options:
${options}    explanation: E.
    source: https://nodejs.org/api/
`;
  const predict = (extra: string) => `  - id: p
    type: predict
    prompt: P?
    code: console.log(1)
    expected: "1"
${extra}    explanation: E.
    source: https://nodejs.org/api/
`;

  it.each<[string, string, string]>([
    ['no correct option', choice('single', '      - text: a\n        why: w\n      - text: b\n        why: w\n'), 'needs exactly one correct option on Node 20 (found 0)'],
    ['two correct options in a single', choice('single', '      - text: a\n        correct: true\n      - text: b\n        correct: true\n'), 'exactly one correct option on Node 20 (found 2)'],
    ['a wrong option without why', choice('single', '      - text: a\n        correct: true\n      - text: b\n'), 'options[1].why: required'],
    ['a range that never holds', choice('multiple', '      - text: a\n        correct: true\n      - text: b\n        correct: ">=99"\n        why: w\n'), 'options[1].correct: matches no Node version'],
    ['a version-dependent single with a gap', choice('single', '      - text: a\n        correct: "20"\n        why: w\n      - text: b\n        correct: ">=24"\n        why: w\n'), 'exactly one correct option on Node 22 (found 0)'],
    ['an expected output missing from the options', predict('    options:\n      - output: "2"\n        why: w\n      - output: "3"\n        why: w\n'), 'the expected output must be one of the options'],
    ['a byVersion output missing from the options', predict('    byVersion:\n      - node: ">=22"\n        expected: "9"\n    options:\n      - output: "1"\n      - output: "3"\n        why: w\n'), 'the expected output must be one of the options:\n9'],
    ['a bad byVersion range', predict('    byVersion:\n      - node: "^22"\n        expected: "9"\n'), 'byVersion[0].node: "^22" is not a version comparison'],
    ['a bad module kind', predict('    module: commonjs\n'), 'module: expected cjs or esm'],
    ['a flag that is not an option', predict('    flags: [expose-gc]\n'), 'flags: "expose-gc" is not a node option'],
  ])('reports %s', async (_name, question, expected) => {
    const problems = await problemsOf({ 'quizzes/one.yaml': quiz(question) });
    expect(problems.some((p) => p.includes(expected)), `got:\n${problems.join('\n')}`).toBe(true);
  });

  it('accepts a version-dependent single choice that covers every version', async () => {
    const q = choice('single', '      - text: a\n        correct: "<22"\n        why: w\n      - text: b\n        correct: ">=22"\n        why: w\n');
    expect(await problemsOf({ 'quizzes/one.yaml': quiz(q) })).toEqual([]);
  });

  it('never hangs or throws on hostile input', async () => {
    const deep = `${'a:\n'.split('').join('')}${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n`;
    for (const text of [deep, bomb, '[[[[[[[[[[[[[[[[[[[[', '{{{', '"\\e]52;c;aGk=\\a"', 'x'.repeat(3 * 1024 * 1024)]) {
      const problems = await problemsOf({ 'lessons/one.yaml': text });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.startsWith('lessons/one.yaml'))).toBe(true);
    }
  });
});
