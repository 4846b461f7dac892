/**
 * The interactive quiz loop shared by `learn` and `quiz`: ask, grade (pure engine), save the
 * attempt and the run together, show feedback, and finish with a score. Every answer is saved
 * before its feedback is shown, so Ctrl+C never loses one.
 */
import type { Lesson, PredictQuestion } from '../content/schema.js';
import type { Context } from '../context.js';
import { answer, isComplete, nextQuestion, position, score, startRun, type QuizRun } from '../engine/session.js';
import { expectedOutput } from '../engine/expected.js';
import { lessonEntry } from '../progress/schema.js';
import type { ProgressStore } from '../progress/store.js';
import { runSnippet } from '../runtime/run-snippet.js';
import { messages } from '../ui/messages.js';
import type { Prompter } from '../ui/prompts.js';
import { renderComparison } from '../ui/render-comparison.js';
import { renderFeedback, renderQuestion } from '../ui/render-question.js';
import { sanitize } from '../ui/sanitize.js';
import { startSpinner } from '../ui/spinner.js';
import type { Theme } from '../ui/theme.js';
import { askAnswer } from './ask-answer.js';

export interface QuizDeps {
  ctx: Context;
  store: ProgressStore;
  prompter: Prompter;
  theme: Theme;
  width: number;
}

export type QuizOutcome = 'done' | 'quit';

export async function runQuiz(lesson: Lesson, d: QuizDeps): Promise<QuizOutcome> {
  const { ctx, store, prompter, theme, width } = d;
  const print = (lines: string[]) => ctx.terminal.stdout.write(`${lines.join('\n')}\n`);
  const quiz = lesson.quiz;
  let run: QuizRun = startRun(quiz, store.progress.lessons[lesson.id]?.run);
  const answeredBefore = Object.keys(run.answered).length;
  if (answeredBefore > 0) print([theme.dim(messages.resumeQuiz(answeredBefore, quiz.questions.length)), '']);

  for (let q = nextQuestion(quiz, run); q; q = nextQuestion(quiz, run)) {
    const { index, total } = position(quiz, run);
    print(renderQuestion(q, index, total, theme, width));
    const asked = await askAnswer(q, { prompter, theme, width, print });
    const result = answer(run, q, asked.answer, ctx.nodeMajor);
    run = result.run;
    const saved = run;
    const question = q;
    await store.update((p) => {
      lessonEntry(p, lesson.id).run = saved;
      p.attempts.push({
        lesson: lesson.id,
        question: question.id,
        at: ctx.now().toISOString(),
        correct: result.feedback.correct,
        given: result.feedback.given,
        node: ctx.nodeMajor,
        ...(asked.hinted && { hinted: true }),
      });
    });
    print(renderFeedback(result.feedback, ctx.nodeMajor, theme, width));
    const last = isComplete(quiz, run);
    if ((await afterAnswer(q.type === 'predict' ? q : undefined, last, d)) === 'quit') {
      print([theme.dim(messages.quizSaved)]);
      return 'quit';
    }
  }

  const s = score(quiz, run);
  await store.update((p) => {
    const entry = lessonEntry(p, lesson.id);
    entry.completions.push({ at: ctx.now().toISOString(), correct: s.correct, total: s.total });
    delete entry.run;
  });
  const summary = ['', theme.bold(messages.scoreLine(s.correct, s.total))];
  if (s.missed.length === 0) summary.push(theme.good(messages.perfect));
  else summary.push('', messages.toReview, ...s.missed.map((m) => `  ${theme.symbols.bullet} ${sanitize(m.prompt.split('\n')[0] ?? '')}`));
  print([...summary, '']);
  return 'done';
}

/** After feedback: optionally run the snippet, then go on or quit. */
async function afterAnswer(predict: PredictQuestion | undefined, last: boolean, d: QuizDeps): Promise<'next' | 'quit'> {
  let ran = false;
  for (;;) {
    const choices = [
      ...(predict && !ran ? [{ name: messages.runIt, value: 'run' as const }] : []),
      { name: last ? messages.seeScore : messages.nextQuestion, value: 'next' as const },
      { name: messages.quitForNow, value: 'quit' as const },
    ];
    const choice = await d.prompter.select(messages.whatNext, choices);
    if (choice !== 'run' || !predict) return choice === 'run' ? 'next' : choice;
    ran = true;
    await runAndCompare(predict, d);
  }
}

async function runAndCompare(q: PredictQuestion, d: QuizDeps): Promise<void> {
  const { ctx, theme, width } = d;
  const spinner = await startSpinner(ctx.terminal, messages.running);
  let result;
  try {
    result = await runSnippet(q);
  } finally {
    spinner.stop();
  }
  const lines = renderComparison(
    { title: messages.expectedOn(ctx.nodeMajor), text: expectedOutput(q, ctx.nodeMajor) },
    { title: messages.yourNodePrinted(ctx.nodeVersion), text: result.stdout.trimEnd() || messages.noStdout },
    theme,
    ctx.terminal.columns - 1,
  );
  const notes: string[] = [];
  if (result.timedOut) notes.push(messages.timedOut(10_000));
  else if (result.flooded) notes.push(messages.flooded);
  else if (result.exitCode !== 0) notes.push(messages.exitedWith(result.exitCode, result.signal));
  const same = result.stdout.trimEnd() === expectedOutput(q, ctx.nodeMajor);
  notes.push(same ? theme.good(messages.sameOutput) : theme.warn(messages.differentOutput));
  ctx.terminal.stdout.write(`\n${[...lines, '', ...notes.map((n) => n.slice(0, width * 3))].join('\n')}\n\n`);
}
