// Generates a course and a progress file of any size, for `npm run bench` (issue 6) and its test.
// The course is valid by construction and exercises every question type; the progress file has
// the shape node-arch writes (version 2, with a card per answered question).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES = ['single', 'multiple', 'truefalse', 'order', 'predict', 'text'];
const SOURCE = 'https://nodejs.org/api/process.html';

function question(lesson, i) {
  const type = TYPES[i % TYPES.length];
  const head = `  - id: q${i}\n    type: ${type}\n    prompt: Question ${i} of lesson ${lesson}, about \`process.nextTick\` and the loop?\n`;
  const tail = `    explanation: Generated explanation for question ${i}; it is long enough to wrap once in a terminal.\n    source: ${SOURCE}\n`;
  switch (type) {
    case 'single':
    case 'multiple':
      return `${head}    options:\n      - text: right one\n        correct: true\n      - text: wrong one\n        why: Because it is wrong.\n      - text: another wrong one\n        why: Also wrong.\n${tail}`;
    case 'truefalse':
      return `${head}    answer: true\n${tail}`;
    case 'order':
      return `${head}    items:\n      - timers\n      - poll\n      - check\n${tail}`;
    case 'predict':
      return `${head}    code: |\n      console.log('a');\n      console.log('b');\n    expected: |\n      a\n      b\n${tail}`;
    default:
      return `${head}    accept:\n      - UV_THREADPOOL_SIZE\n${tail}`;
  }
}

export function lessonId(i) {
  return `lesson-${String(i).padStart(4, '0')}`;
}

/** Writes course.yaml, lessons/ and quizzes/ into `dir`. */
export function writeScaleCourse(dir, { lessons, questionsPerLesson }) {
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  const ids = Array.from({ length: lessons }, (_, i) => lessonId(i));
  writeFileSync(join(dir, 'course.yaml'), `format: 1\ntitle: Scale course\nlessons:\n${ids.map((id) => `  - ${id}\n`).join('')}`);
  for (const id of ids) {
    writeFileSync(
      join(dir, 'lessons', `${id}.yaml`),
      `id: ${id}\ntitle: Generated lesson ${id}\nsummary: A generated lesson for measuring scale.\nscreens:\n` +
        `  - title: One\n    body: |\n      A paragraph with \`code\` in it, long enough to wrap at eighty columns in the terminal.\n\n      - a bullet\n` +
        `  - title: Two\n    body: |\n      \`\`\`js\n      setImmediate(() => console.log('check'));\n      \`\`\`\n` +
        `sources:\n  - title: Docs\n    url: ${SOURCE}\n`,
    );
    const questions = Array.from({ length: questionsPerLesson }, (_, i) => question(id, i)).join('');
    writeFileSync(join(dir, 'quizzes', `${id}.yaml`), `lesson: ${id}\nquestions:\n${questions}`);
  }
  return { lessons, questions: lessons * questionsPerLesson };
}

/** Writes progress.json into `dir` with `attempts` answers spread over the course and 60 days. */
export function writeScaleProgress(dir, { lessons, questionsPerLesson, attempts }, now = Date.parse('2026-11-22T09:00:00Z')) {
  mkdirSync(dir, { recursive: true });
  const lines = [];
  const cards = new Map();
  for (let i = 0; i < attempts; i++) {
    const lesson = lessonId(i % lessons);
    const question = `q${Math.floor(i / lessons) % questionsPerLesson}`;
    const at = new Date(now - 60 * 86_400_000 + Math.floor((i / attempts) * 60 * 86_400_000)).toISOString();
    const correct = i % 4 !== 0;
    lines.push(JSON.stringify({ lesson, question, at, correct, given: correct ? 'right one' : 'wrong one', node: 20, rating: correct ? 3 : 1 }));
    cards.set(`${lesson}/${question}`, {
      due: new Date(Date.parse(at) + (correct ? 5 : 0.01) * 86_400_000).toISOString(),
      stability: correct ? 5 : 0.2,
      difficulty: 5,
      elapsed_days: 1,
      scheduled_days: correct ? 5 : 0,
      learning_steps: 0,
      reps: 3,
      lapses: correct ? 0 : 1,
      state: correct ? 2 : 3,
      last_review: at,
    });
  }
  const lessonsDone = Object.fromEntries(
    Array.from({ length: lessons }, (_, i) => [lessonId(i), { screen: 1, completions: [{ at: new Date(now).toISOString(), correct: 8, total: questionsPerLesson }] }]),
  );
  const cardLines = [...cards].map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  writeFileSync(
    join(dir, 'progress.json'),
    `{\n  "version": 2,\n  "lessons": ${JSON.stringify(lessonsDone)},\n  "attempts": [\n${lines.map((l) => `    ${l}`).join(',\n')}\n  ],\n  "cards": {\n${cardLines.join(',\n')}\n  }\n}\n`,
  );
  return { attempts, cards: cards.size };
}
