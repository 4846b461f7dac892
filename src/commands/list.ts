import type { Context } from '../context.js';
import { bestScore, lessonStatus } from '../progress/status.js';
import { renderCourseTable } from '../ui/render-course.js';
import { safeJson, sanitize } from '../ui/sanitize.js';
import { createTheme } from '../ui/theme.js';
import { courseOrFail, openStore } from './shared.js';

/** `node-arch list [--json]`: the course with each lesson's status and best score. */
export async function list(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const progress = store.progress;
  const out = ctx.terminal.stdout;
  if (opts.json) {
    const lessons = course.lessons.map((l, i) => {
      const entry = progress.lessons[l.id];
      const best = bestScore(entry);
      return {
        position: i + 1,
        id: l.id,
        title: l.title,
        summary: l.summary,
        screens: l.screens.length,
        questions: l.quiz.questions.length,
        lab: l.lab ?? null,
        status: lessonStatus(entry),
        bestScore: best ? { correct: best.correct, total: best.total } : null,
      };
    });
    const questions = lessons.reduce((n, l) => n + l.questions, 0);
    out.write(`${safeJson({ title: course.title, format: course.format, lessons, questions })}\n`);
    return;
  }
  const theme = createTheme(ctx.terminal);
  const done = course.lessons.filter((l) => lessonStatus(progress.lessons[l.id]) === 'done').length;
  out.write(`${theme.title(sanitize(course.title))} ${theme.dim(`· ${course.lessons.length} lessons · ${done} done`)}\n\n`);
  out.write(`${renderCourseTable(course, progress, theme, ctx.terminal.columns, true).join('\n')}\n\n`);
  out.write(`${theme.dim('Start or resume with `node-arch learn`; take one quiz with `node-arch quiz <id>`.')}\n`);
}
