import type { Context } from '../context.js';
import { bestScore, firstUnfinished, lessonStatus, totals } from '../progress/status.js';
import { renderCourseTable } from '../ui/render-course.js';
import { sanitize } from '../ui/sanitize.js';
import { createTheme } from '../ui/theme.js';
import { courseOrFail, openStore } from './shared.js';

/** `node-arch progress [--json]`: where the learner stands. */
export async function progress(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const p = store.progress;
  const t = totals(course, p);
  const next = firstUnfinished(course, p);
  const out = ctx.terminal.stdout;
  if (opts.json) {
    out.write(
      `${JSON.stringify(
        {
          course: course.title,
          ...t,
          accuracy: t.attempts ? t.correct / t.attempts : null,
          next: next ? { id: next.id, title: next.title } : null,
          saving: store.writable,
          file: store.file,
          lessons: course.lessons.map((l) => {
            const entry = p.lessons[l.id];
            const lessonAttempts = p.attempts.filter((a) => a.lesson === l.id);
            return {
              id: l.id,
              title: l.title,
              status: lessonStatus(entry),
              screen: entry?.screen ?? 0,
              screens: l.screens.length,
              questions: l.quiz.questions.length,
              attempts: lessonAttempts.length,
              correct: lessonAttempts.filter((a) => a.correct).length,
              bestScore: bestScore(entry) ?? null,
              quizInProgress: entry?.run ? Object.keys(entry.run.answered).length : null,
            };
          }),
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const theme = createTheme(ctx.terminal);
  const lines = [
    theme.title(sanitize(course.title)),
    '',
    `Lessons done        ${t.lessonsDone} of ${t.lessonsTotal}`,
    `Answers given       ${t.attempts}${t.attempts ? ` (${t.correct} right, ${Math.round((100 * t.correct) / t.attempts)}%)` : ''}`,
    `Last studied        ${t.lastStudied ? t.lastStudied.slice(0, 10) : 'not yet'}`,
    `Next up             ${next ? `${sanitize(next.title)} ${theme.dim('→ node-arch learn')}` : 'nothing: the course is done'}`,
    '',
    ...renderCourseTable(course, p, theme, ctx.terminal.columns),
    '',
    theme.dim(`Saved in ${store.file}`),
  ];
  out.write(`${lines.join('\n')}\n`);
}
