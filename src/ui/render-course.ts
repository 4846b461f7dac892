/** The course table shared by `list` and `progress`: one line per lesson, fitted to the width. */
import type { Course } from '../content/schema.js';
import type { Progress } from '../progress/schema.js';
import { bestScore, lessonStatus, type LessonStatus } from '../progress/status.js';
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { truncate, visibleWidth } from './wrap.js';

const STATUS_WORDS: Record<LessonStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
};

export function renderCourseTable(course: Course, progress: Progress, theme: Theme, columns: number, showIds = false): string[] {
  const numberWidth = String(course.lessons.length).length;
  const statusWidth = Math.max(...Object.values(STATUS_WORDS).map((w) => w.length));
  const scoreWidth = 11; // "14/14 100%"
  const fixed = numberWidth + 4 + 2 + statusWidth + 2 + scoreWidth;
  const titleWidth = Math.max(10, Math.min(56, columns - 1 - fixed));
  return course.lessons.flatMap((lesson, i) => {
    const entry = progress.lessons[lesson.id];
    const status = lessonStatus(entry);
    const best = bestScore(entry);
    const symbol = { done: theme.good(theme.symbols.done), 'in-progress': theme.warn(theme.symbols.partial), 'not-started': theme.dim(theme.symbols.todo) }[status];
    const score = best ? `${best.correct}/${best.total} ${Math.round((100 * best.correct) / best.total)}%` : '';
    const title = truncate(sanitize(lesson.title), titleWidth);
    const row = [
      String(i + 1).padStart(numberWidth + 1),
      symbol,
      title + ' '.repeat(titleWidth - visibleWidth(title)),
      (status === 'not-started' ? theme.dim : (s: string) => s)(STATUS_WORDS[status].padEnd(statusWidth)),
      score,
    ]
      .join('  ')
      .trimEnd();
    const lab = lesson.lab ? `  ·  lab: ${lesson.lab}` : '';
    return showIds ? [row, theme.dim(`${' '.repeat(numberWidth + 6)}${lesson.id}${lab}`)] : [row];
  });
}

