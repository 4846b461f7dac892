/**
 * The shipped course, checked as the product it is: it loads cleanly, meets the size the course
 * promises, cites only official sources, fits 80 columns, and every predict-the-output snippet
 * prints exactly the expected output on the Node running the tests.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/loader.js';
import { shippedContentDir } from '../../src/content/location.js';
import { formatProblem } from '../../src/content/problem.js';
import type { Lesson, PredictQuestion } from '../../src/content/schema.js';
import { expectedOutput } from '../../src/engine/expected.js';
import { runSnippet } from '../../src/runtime/run-snippet.js';
import { parseBlocks } from '../../src/ui/markup.js';

const { course, problems } = await loadCourse(shippedContentDir(fileURLToPath(new URL('../../', import.meta.url))));
const lessons: Lesson[] = course?.lessons ?? [];
const major = Number(process.versions.node.split('.')[0]);
const predicts = lessons.flatMap((l) =>
  l.quiz.questions.filter((q): q is PredictQuestion => q.type === 'predict').map((q) => ({ name: `${l.id}/${q.id}`, q })),
);

const OFFICIAL = [
  /^https:\/\/nodejs\.org\/(api|en\/learn|en\/blog|docs)\//,
  /^https:\/\/docs\.libuv\.org\//,
  /^https:\/\/v8\.dev\//,
  /^https:\/\/github\.com\/(nodejs|libuv|v8)\//,
  /^https:\/\/tc39\.es\//,
  /^https:\/\/html\.spec\.whatwg\.org\//,
];

describe('the shipped course', () => {
  it('loads without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lessons.length).toBeGreaterThan(0);
    expect(predicts.length).toBeGreaterThan(0);
  });

  it('has at least 8 questions of at least three types in every lesson', () => {
    for (const lesson of lessons) {
      const types = new Set(lesson.quiz.questions.map((q) => q.type));
      expect(lesson.quiz.questions.length, lesson.id).toBeGreaterThanOrEqual(8);
      expect(types.size, lesson.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('cites only official sources', () => {
    const urls = lessons.flatMap((l) => [...l.sources.map((s) => s.url), ...l.quiz.questions.map((q) => q.source)]);
    const unofficial = urls.filter((u) => !OFFICIAL.some((re) => re.test(u)));
    expect(unofficial).toEqual([]);
  });

  it('keeps code blocks within 76 columns, so a lesson reads at 80', () => {
    const wide: string[] = [];
    for (const lesson of lessons) {
      const texts = [...lesson.screens.map((s) => s.body), ...lesson.quiz.questions.flatMap((q) => [q.prompt, q.type === 'predict' ? `\`\`\`\n${q.code}\n\`\`\`` : ''])];
      for (const block of texts.flatMap(parseBlocks)) {
        if (block.kind !== 'code') continue;
        for (const line of block.lines) if ([...line].length > 76) wide.push(`${lesson.id}: ${line}`);
      }
    }
    expect(wide).toEqual([]);
  });
});

describe(`predict-the-output snippets on Node ${process.versions.node}`, () => {
  it.each(predicts)('$name', async ({ q }) => {
    const result = await runSnippet(q, { timeoutMs: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stdout.trimEnd(), result.stderr).toBe(expectedOutput(q, major));
  });
});
