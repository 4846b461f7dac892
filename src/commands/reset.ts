import type { Context } from '../context.js';
import { NotInteractiveError, UserError } from '../errors.js';
import { emptyProgress } from '../progress/schema.js';
import { messages } from '../ui/messages.js';
import { createPrompter } from '../ui/prompts.js';
import { sanitize } from '../ui/sanitize.js';
import { courseOrFail, findLesson, openStore } from './shared.js';

/** `node-arch reset [lesson] [--yes]`: forget one lesson's progress, or everything (with a backup). */
export async function reset(ctx: Context, lessonId: string | undefined, opts: { yes?: boolean }): Promise<void> {
  if (!opts.yes && !ctx.terminal.interactive) throw new NotInteractiveError(messages.resetNeedsYes);
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  // Saying "reset" when nothing can be written (a newer file, a read-only folder) would be a lie.
  if (!store.writable) throw new UserError(messages.resetNotSaved);
  const say = (line: string) => ctx.terminal.stdout.write(`${line}\n`);
  const lesson = lessonId === undefined ? undefined : findLesson(course, lessonId);
  const question = lesson ? messages.confirmResetLesson(sanitize(lesson.title)) : messages.confirmResetAll(store.progress.attempts.length);
  if (!opts.yes && !(await createPrompter(ctx.terminal).confirm(question, false))) {
    say(messages.resetCancelled);
    return;
  }
  if (lesson) {
    await store.update((p) => {
      delete p.lessons[lesson.id];
      p.attempts = p.attempts.filter((a) => a.lesson !== lesson.id);
    });
    say(messages.resetLessonDone(sanitize(lesson.title)));
    return;
  }
  const backup = await store.backup();
  await store.update((p) => {
    Object.assign(p, emptyProgress());
  });
  say(messages.resetAllDone(backup));
}
