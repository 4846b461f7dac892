/** The progress dashboard: totals, reviews due, a streak, and a mastery bar per lesson. */
import type { Dashboard } from '../progress/dashboard.js';
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { truncate, visibleWidth } from './wrap.js';

export function renderDashboard(d: Dashboard, courseTitle: string, theme: Theme, columns: number, now: Date): string[] {
  const s = theme.symbols;
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const label = (text: string) => theme.dim(text.padEnd(14));
  const lines = [
    theme.title(sanitize(courseTitle)),
    '',
    `${label('Lessons done')}${d.lessonsDone} of ${d.lessonsTotal}`,
    `${label('Answers')}${d.attempts}${d.accuracy === null ? '' : ` · ${pct(d.accuracy)} right`}`,
    `${label('Reviews due')}${d.due.now} now · ${d.due.today} today · ${d.due.week} this week${
      d.due.now === 0 && d.nextDue ? theme.dim(` · next ${relative(new Date(d.nextDue), now)}`) : ''
    }`,
    `${label('Streak')}${d.streak} day${d.streak === 1 ? '' : 's'}`,
    `${label('Next up')}${d.next ? sanitize(d.next.title) : 'the course is done'}`,
    '',
    theme.bold('Mastery') + theme.dim('  (how much of each lesson you would recall today)'),
  ];
  const number = String(d.lessons.length).length;
  const barWidth = columns >= 100 ? 20 : columns >= 70 ? 12 : 6;
  const titleWidth = Math.max(8, Math.min(44, columns - 1 - (number + 2) - (barWidth + 1) - 5 - 10));
  d.lessons.forEach((l, i) => {
    const filled = Math.round(l.mastery * barWidth);
    const bar = theme.good(s.barFull.repeat(filled)) + theme.dim(s.barEmpty.repeat(barWidth - filled));
    const title = truncate(sanitize(l.title), titleWidth);
    const extra = l.due > 0 ? theme.warn(`${l.due} due`) : l.status === 'done' ? theme.dim('done') : l.status === 'in-progress' ? theme.dim('started') : '';
    lines.push(`${String(i + 1).padStart(number + 1)} ${title}${' '.repeat(titleWidth - visibleWidth(title))} ${bar} ${pct(l.mastery).padStart(4)}  ${extra}`.trimEnd());
  });
  return lines;
}


/** "in 10 minutes", "in 3 hours", "in 2 days", "on 2026-12-24". */
export function relative(when: Date, now: Date): string {
  const minutes = Math.round((when.getTime() - now.getTime()) / 60_000);
  if (minutes < 1) return 'in under a minute';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  if (days <= 14) return `in ${days} days`;
  return `on ${when.toISOString().slice(0, 10)}`;
}
