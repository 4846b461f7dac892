import type { Context } from '../context.js';
import { createPrompter } from '../ui/prompts.js';
import { renderLessonIntro } from '../ui/render-lesson.js';
import { textWidth } from '../ui/terminal.js';
import { createTheme } from '../ui/theme.js';
import { runQuiz } from './run-quiz.js';
import { courseOrFail, findLesson, openStore, requireTerminal } from './shared.js';

/** `node-arch quiz <lesson>`: one lesson's quiz, resumed if one is underway. */
export async function quiz(ctx: Context, lessonId: string): Promise<void> {
  requireTerminal(ctx, 'quiz');
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const lesson = findLesson(course, lessonId);
  const theme = createTheme(ctx.terminal);
  const width = textWidth(ctx.terminal);
  ctx.terminal.stdout.write(`\n${renderLessonIntro(lesson, theme, width).join('\n')}\n`);
  await runQuiz(lesson, { ctx, store, prompter: createPrompter(ctx.terminal), theme, width });
}
