import type { Context } from '../context.js';
import { grade } from '../engine/grade.js';
import { dueCards, nextDue } from '../review/due.js';
import { messages } from '../ui/messages.js';
import { createPrompter } from '../ui/prompts.js';
import { relative } from '../ui/render-dashboard.js';
import { sanitize } from '../ui/sanitize.js';
import { textWidth } from '../ui/terminal.js';
import { createTheme } from '../ui/theme.js';
import { askQuestion } from './ask-question.js';
import { courseOrFail, openStore, requireTerminal } from './shared.js';

/** `node-arch review`: the cards due now, across all lessons, most overdue first. */
export async function review(ctx: Context, opts: { limit: number; minutes: number }): Promise<void> {
  requireTerminal(ctx, 'review');
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const theme = createTheme(ctx.terminal);
  const d = { ctx, store, prompter: createPrompter(ctx.terminal), theme, width: textWidth(ctx.terminal) };
  const say = (line: string) => ctx.terminal.stdout.write(`${line}\n`);
  const started = ctx.now();
  const due = dueCards(course, store.progress, started);
  if (due.length === 0) {
    const next = nextDue(course, store.progress, started);
    say(next ? messages.reviewNothingDue(relative(next, started), next.toLocaleString()) : messages.reviewNothingYet);
    return;
  }
  const cards = due.slice(0, opts.limit);
  say(theme.dim(messages.reviewIntro(due.length, cards.length)));
  let right = 0;
  let asked = 0;
  let timeUp = false;
  for (const [i, { lesson, question }] of cards.entries()) {
    if (ctx.now().getTime() - started.getTime() > opts.minutes * 60_000) {
      timeUp = true;
      break;
    }
    say(`\n${theme.dim(messages.reviewFrom(sanitize(lesson.title)))}`);
    const result = await askQuestion(
      {
        lesson: lesson.id,
        question,
        header: { index: i + 1, total: cards.length, label: 'Review' },
        last: i === cards.length - 1,
        review: true,
        judge: (input) => grade(question, input, ctx.nodeMajor),
      },
      d,
    );
    asked++;
    if (result.feedback.correct) right++;
    if (result.next === 'quit') break;
  }
  const now = ctx.now();
  const lines = ['', theme.bold(messages.reviewDone(asked, right))];
  if (timeUp) lines.push(messages.reviewTimeUp(opts.minutes));
  const left = dueCards(course, store.progress, now).length;
  if (left > 0) lines.push(messages.reviewMore(left));
  else {
    const next = nextDue(course, store.progress, now);
    if (next) lines.push(messages.reviewNext(relative(next, now)));
  }
  say(lines.join('\n'));
}
