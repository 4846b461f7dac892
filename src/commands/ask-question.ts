/**
 * One question, start to finish, as `quiz`, `learn` and `review` all ask it: show it, take the
 * answer, grade it (the pure engine), save the attempt and its review card before showing feedback,
 * then offer to run the snippet, to mark it easy, to go on or to quit.
 */
import type { PredictQuestion, Question } from '../content/schema.js';
import type { Context } from '../context.js';
import { CancelledError } from '../errors.js';
import { expectedOutput } from '../engine/expected.js';
import type { Answer, Feedback } from '../engine/grade.js';
import type { Attempt, Progress } from '../progress/schema.js';
import type { ProgressStore } from '../progress/store.js';
import { RATING, rateAnswer } from '../review/rating.js';
import { runSnippet, SNIPPET_LIMITS } from '../runtime/run-snippet.js';
import { messages } from '../ui/messages.js';
import type { Prompter } from '../ui/prompts.js';
import { renderComparison } from '../ui/render-comparison.js';
import { renderFeedback, renderQuestion } from '../ui/render-question.js';
import { startSpinner } from '../ui/spinner.js';
import type { Theme } from '../ui/theme.js';
import { askAnswer } from './ask-answer.js';
import { mayOfferRun, mayRun } from './trust.js';

export interface AskDeps {
  ctx: Context;
  store: ProgressStore;
  prompter: Prompter;
  theme: Theme;
  width: number;
}

export interface Asking {
  lesson: string;
  question: Question;
  /** "Question 3 of 14" or "Review 3 of 20". */
  header: { index: number; total: number; label?: string };
  /** Whether this is the last question of the session ("See my score" instead of "Next"). */
  last: boolean;
  review?: boolean;
  /** Grades the answer (the quiz session's `answer`, or plain `grade` in a review). */
  judge: (answer: Answer) => Feedback;
  /** Extra changes saved together with the attempt (e.g. the quiz run). */
  alsoSave?: (p: Progress) => void;
}

export type Asked = { feedback: Feedback; next: 'next' | 'quit' };

export async function askQuestion(a: Asking, d: AskDeps): Promise<Asked> {
  const { ctx, store, prompter, theme, width } = d;
  const print = (lines: string[]) => ctx.terminal.stdout.write(`${lines.join('\n')}\n`);
  const q = a.question;
  print(renderQuestion(q, a.header.index, a.header.total, theme, width, a.header.label));
  const shownAt = ctx.now().getTime();
  const asked = await askAnswer(q, { prompter, theme, width, print });
  const answeredAt = ctx.now();
  const feedback = a.judge(asked.answer);
  const ms = Math.max(0, answeredAt.getTime() - shownAt);
  const attempt: Attempt = {
    lesson: a.lesson,
    question: q.id,
    at: answeredAt.toISOString(),
    correct: feedback.correct,
    given: feedback.given,
    node: ctx.nodeMajor,
    rating: rateAnswer({ correct: feedback.correct, hinted: asked.hinted, ms }, q.type),
    ms,
    ...(asked.hinted && { hinted: true }),
    ...(a.review && { review: true }),
  };
  // The scheduler is loaded once there is an answer to schedule, not before the first question.
  const { recordAttempt } = await import('../progress/record.js');
  await store.update((p) => {
    recordAttempt(p, attempt);
    a.alsoSave?.(p);
  });
  print(renderFeedback(feedback, ctx.nodeMajor, theme, width));
  return { feedback, next: await afterAnswer(a, attempt, d) };
}

/** After feedback: run the snippet, call it easy, go on, or quit. */
async function afterAnswer(a: Asking, attempt: Attempt, d: AskDeps): Promise<'next' | 'quit'> {
  const predict = a.question.type === 'predict' ? a.question : undefined;
  let ran = false;
  let easy = attempt.rating !== RATING.good; // only a plain right answer can be called easy
  for (;;) {
    const choices = [
      { name: a.last ? messages.seeScore : messages.nextQuestion, value: 'next' as const },
      ...(predict && !ran && (await mayOfferRun(d.ctx)) ? [{ name: messages.runIt, value: 'run' as const }] : []),
      ...(!easy ? [{ name: messages.markEasy, value: 'easy' as const }] : []),
      { name: messages.quitForNow, value: 'quit' as const },
    ];
    const choice = await d.prompter.select(messages.whatNext, choices);
    if (choice === 'next' || choice === 'quit') return choice;
    if (choice === 'run' && predict) {
      ran = true;
      if (await mayRun(d.ctx, d.prompter, d.theme)) await runAndCompare(predict, d);
    } else if (choice === 'easy') {
      easy = true;
      const { rerate } = await import('../progress/record.js');
      await d.store.update((p) => rerate(p, attempt.lesson, attempt.question, attempt.at, RATING.easy));
      d.ctx.terminal.stdout.write(`${d.theme.dim(messages.markedEasy)}\n`);
    }
  }
}

async function runAndCompare(q: PredictQuestion, d: AskDeps): Promise<void> {
  const { ctx, theme, width } = d;
  const spinner = await startSpinner(ctx.terminal, messages.running);
  let result;
  try {
    result = await runSnippet(q, { stopOn: ctx.cleanup });
  } finally {
    spinner.stop();
  }
  if (result.stopped) throw new CancelledError(); // node-arch is stopping: main.ts says the one line
  const expected = expectedOutput(q, ctx.nodeMajor);
  const lines = renderComparison(
    { title: messages.expectedOn(ctx.nodeMajor), text: expected },
    { title: messages.yourNodePrinted(ctx.nodeVersion), text: result.stdout.trimEnd() || messages.noStdout },
    theme,
    ctx.terminal.columns - 1,
  );
  const notes: string[] = [];
  if (result.timedOut) notes.push(messages.timedOut(SNIPPET_LIMITS.timeMs));
  else if (result.flooded) notes.push(messages.flooded);
  else if (result.exitCode !== 0) notes.push(messages.exitedWith(result.exitCode, result.signal));
  const same = result.stdout.trimEnd() === expected;
  notes.push(same ? theme.good(messages.sameOutput) : theme.warn(messages.differentOutput));
  ctx.terminal.stdout.write(`\n${[...lines, '', ...notes.map((n) => n.slice(0, width * 3))].join('\n')}\n\n`);
}
