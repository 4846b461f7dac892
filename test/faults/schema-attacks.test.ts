/**
 * Schema attacks on the loader (issue 7): keys that could reach Object.prototype, ids that try to
 * leave the course folder, and strings and lists too large to be content. Each is refused with
 * its position, and nothing global is touched.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/loader.js';
import { formatProblem } from '../../src/content/problem.js';
import { LIMITS } from '../../src/content/yaml-reader.js';
import { writeTree } from '../helpers/temp.js';
import { COURSE, LESSON, predictQuiz } from './packs.js';

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = writeTree({ 'course.yaml': COURSE, 'lessons/only.yaml': LESSON, 'quizzes/only.yaml': predictQuiz('console.log("done")'), ...files });
  const { course, problems } = await loadCourse(dir);
  expect(course).toBeUndefined();
  return problems.map((p) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
}

const QUIZ = predictQuiz('console.log("done")');

describe('keys that reach for the prototype', () => {
  it.each(['__proto__', 'constructor', 'prototype', '"__proto__"'])('%s is refused wherever it appears', async (key) => {
    const name = key.replace(/"/g, '');
    const places: [string, Record<string, string>, RegExp][] = [
      ['the top of a lesson', { 'lessons/only.yaml': `${LESSON}${key}: {polluted: true}\n` }, /^lessons\/only\.yaml:10:1: /],
      ['a screen', { 'lessons/only.yaml': LESSON.replace('    body: Some text.', `    body: Some text.\n    ${key}: x`) }, /^lessons\/only\.yaml:7:5: screens\[0\]\./],
      ['the manifest', { 'course.yaml': `${COURSE}${key}: x\n` }, /^course\.yaml:5:1: /],
      ['a predict option', { 'quizzes/only.yaml': QUIZ.replace('        why: It does not.', `        why: It does not.\n        ${key}: x`) }, /^quizzes\/only\.yaml:\d+:9: questions\[0\]\.options\[1\]\./],
    ];
    for (const [, files, where] of places) {
      const problems = await problemsOf(files);
      expect(problems.some((p) => where.test(p) && p.endsWith(`${name}: the key "${name}" is not allowed`)), problems.join('\n')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ids that try to leave the folder', () => {
  it.each(['../../etc/passwd', '..', '/etc/passwd', 'a/b', 'a\\\\b', '.hidden', 'C:evil', 'one%2f..', 'UPPER', 'x'.repeat(81)])('lesson id %j is refused', async (id) => {
    const problems = await problemsOf({ 'course.yaml': `format: 1\ntitle: T\nlessons:\n  - "${id}"\n  - only\n` });
    expect(problems.some((p) => p.startsWith('course.yaml:4:5: lessons[0]: ')), problems.join('\n')).toBe(true);
    expect(problems.some((p) => p.includes('file not found'))).toBe(false); // never looked for
  });

  it('a lab name and a question id that try it too', async () => {
    const lab = await problemsOf({ 'lessons/only.yaml': `${LESSON}lab: ../../bin/sh\n` });
    expect(lab).toContain('lessons/only.yaml:10:6: lab: "../../bin/sh" is not a valid lab name');
    const question = await problemsOf({ 'quizzes/only.yaml': QUIZ.replace('id: run-me', 'id: ../run-me') });
    expect(question.some((p) => /questions\[0\]\.id: "\.\.\/run-me" is not a valid id/.test(p))).toBe(true);
  });
});

describe('sizes', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['a huge screen body', { 'lessons/only.yaml': LESSON.replace('body: Some text.', `body: "${'x'.repeat(LIMITS.stringLength + 1)}"`) }, /screens\[0\]\.body: longer than 20000 characters/],
    ['a huge title', { 'lessons/only.yaml': LESSON.replace('title: Only lesson', `title: "${'x'.repeat(201)}"`) }, /title: longer than 200 characters/],
    ['too many screens', { 'lessons/only.yaml': LESSON.replace(/screens:\n.*\n.*\n/, `screens:\n${'  - title: A\n    body: B\n'.repeat(21)}`) }, /screens: more than 20 items/],
    ['too many lessons', { 'course.yaml': `format: 1\ntitle: T\nlessons:\n${Array.from({ length: 5001 }, (_, i) => `  - l${i}\n`).join('')}` }, /lessons: more than 5000 items/],
    ['too many options', { 'quizzes/only.yaml': QUIZ.replace('    options:\n', `    options:\n${'      - output: "z"\n        why: w\n'.repeat(9)}`) }, /options: more than 8 items/],
    ['a course too large in all', {}, /./],
  ])('%s is refused', async (name, files, expected) => {
    if (name === 'a course too large in all') {
      // Lessons of ~1.9 MiB each pass the file limit, but not the course's.
      const big = `${LESSON}# ${'x'.repeat(1_900_000)}\n`;
      const ids = Array.from({ length: Math.ceil(LIMITS.packBytes / 1_900_000) + 1 }, (_, i) => `l${i}`);
      const tree: Record<string, string> = { 'course.yaml': `format: 1\ntitle: T\nlessons:\n${ids.map((i) => `  - ${i}\n`).join('')}` };
      for (const id of ids) {
        tree[`lessons/${id}.yaml`] = big.replace('id: only', `id: ${id}`);
        tree[`quizzes/${id}.yaml`] = QUIZ.replace('lesson: only', `lesson: ${id}`);
      }
      const problems = await problemsOf({ ...tree, 'lessons/only.yaml': '', 'quizzes/only.yaml': '' });
      expect(problems.some((p) => p.includes(`the course is larger than ${LIMITS.packBytes / 1024 / 1024} MiB in all`)), problems.join('\n')).toBe(true);
      return;
    }
    const problems = await problemsOf(files);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });
});
