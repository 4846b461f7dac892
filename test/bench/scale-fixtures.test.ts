// Keeps the benchmark's generator honest: what it writes is a valid course and progress file of
// exactly the size asked for, so the scale numbers in the README measure what they claim.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/loader.js';
import { ProgressStore } from '../../src/progress/store.js';
import { writeScaleCourse, writeScaleProgress } from '../../scripts/scale-fixtures.mjs';
import { tempDir } from '../helpers/temp.js';

describe('scale fixtures', () => {
  it('writes a valid course with every question type, of the requested size', async () => {
    const dir = tempDir();
    writeScaleCourse(dir, { lessons: 12, questionsPerLesson: 7 });
    const { course, problems } = await loadCourse(dir);
    expect(problems).toEqual([]);
    expect(course?.lessons).toHaveLength(12);
    const questions = course?.lessons.flatMap((l) => l.quiz.questions) ?? [];
    expect(questions).toHaveLength(84);
    expect(new Set(questions.map((q) => q.type)).size).toBe(6);
  });

  it('writes a progress file the store loads as it is, with every attempt', async () => {
    const dir = tempDir();
    writeScaleProgress(dir, { lessons: 12, questionsPerLesson: 7, attempts: 500 });
    const store = await ProgressStore.open({ dir });
    expect(store.notices).toEqual([]);
    expect(store.progress.attempts).toHaveLength(500);
    expect(Object.keys(store.progress.cards)).toHaveLength(84);
  });
});
