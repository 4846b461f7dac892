/**
 * Course folders made on the fly: a third-party pack with one predict question whose snippet the
 * test chooses (it may hang, flood, or leave a mark), and single broken or hostile files dropped
 * into an otherwise valid course.
 */
import { cpSync } from 'node:fs';
import { MINI } from '../e2e/cli.js';
import { tempDir, writeTree } from '../helpers/temp.js';

export const COURSE = 'format: 1\ntitle: Pack\nlessons:\n  - only\n';

export const LESSON = `id: only
title: Only lesson
summary: One lesson.
screens:
  - title: A screen
    body: Some text.
sources:
  - title: Docs
    url: https://nodejs.org/api/
`;

/** A quiz whose one question is a predict with options; the first option (A) is the right one. */
export function predictQuiz(code: string, expected = 'done'): string {
  return `lesson: only
questions:
  - id: run-me
    type: predict
    prompt: What does this print?
    code: ${JSON.stringify(code)}
    expected: ${JSON.stringify(expected)}
    options:
      - output: ${JSON.stringify(expected)}
      - output: "something else"
        why: It does not.
    explanation: It prints what it prints.
    source: https://nodejs.org/api/
`;
}

/** A valid one-lesson pack whose snippet is `code`. */
export function snippetPack(code: string, expected?: string): string {
  return writeTree({ 'course.yaml': COURSE, 'lessons/only.yaml': LESSON, 'quizzes/only.yaml': predictQuiz(code, expected) });
}

/** The one-lesson pack with some of its files replaced (or added). */
export function packWith(files: Record<string, string | Buffer>): string {
  return writeTree({ 'course.yaml': COURSE, 'lessons/only.yaml': LESSON, 'quizzes/only.yaml': predictQuiz('console.log("done")'), ...files });
}

/** A copy of the mini course: a third-party pack as far as node-arch can tell. */
export function miniCopy(): string {
  const dir = tempDir();
  cpSync(MINI, dir, { recursive: true });
  return dir;
}
