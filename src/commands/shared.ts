/** What several commands need: the course, the store, a terminal check, a lesson by id. */
import { join } from 'node:path';
import { loadCourseCached } from '../content/cache.js';
import { shippedCacheFile, shippedContentDir } from '../content/location.js';
import type { Course, Lesson } from '../content/schema.js';
import type { Context } from '../context.js';
import { NotInteractiveError, UserError } from '../errors.js';
import { ProgressStore } from '../progress/store.js';
import { messages } from '../ui/messages.js';
import { closest } from './closest.js';

export async function courseOrFail(ctx: Context): Promise<Course> {
  const { course, problems } = await loadCourseCached(ctx.contentDir, {
    prebuilt: ctx.contentDir === shippedContentDir(ctx.packageRoot) ? [shippedCacheFile(ctx.packageRoot)] : [],
    cacheDir: ctx.dataDir && join(ctx.dataDir, 'cache'),
  });
  if (!course) throw new UserError(messages.brokenCourse(ctx.contentDir, problems.length));
  return course;
}

/** Opens the store; anything it has to tell the learner goes to stderr as a warning, as it happens. */
export async function openStore(ctx: Context): Promise<ProgressStore> {
  const store = await ProgressStore.open({
    dir: ctx.dataDir,
    now: ctx.now,
    onNotice: (n) => ctx.terminal.stderr.write(`${messages.warning} ${messages.notice(n)}\n`),
  });
  ctx.cleanup.add(() => store.flush());
  return store;
}

export function requireTerminal(ctx: Context, command: string): void {
  if (!ctx.terminal.interactive) throw new NotInteractiveError(messages.notInteractive(command));
}

export function findLesson(course: Course, id: string): Lesson {
  const lesson = course.lessons.find((l) => l.id === id);
  if (lesson) return lesson;
  throw new UserError(messages.unknownLesson(id, closest(id, course.lessons.map((l) => l.id))));
}
