// Each lesson that has a lab points to it, and each lab points back to a lesson that exists.
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadCourse } from '../../src/content/loader.js';
import { LABS } from '../../src/labs/registry.js';

it('links lessons and labs both ways', async () => {
  const { course } = await loadCourse(fileURLToPath(new URL('../../', import.meta.url)));
  const lessons = course?.lessons ?? [];
  expect(lessons.length).toBeGreaterThan(0);
  for (const lab of LABS) {
    const lesson = lessons.find((l) => l.id === lab.lesson);
    expect(lesson?.lab, `${lab.name} → ${lab.lesson}`).toBe(lab.name);
  }
  for (const lesson of lessons.filter((l) => l.lab)) {
    expect(LABS.map((l) => l.name), lesson.id).toContain(lesson.lab);
  }
});
