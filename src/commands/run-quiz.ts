/**
 * The quiz loop shared by `learn` and `quiz`: every question of the lesson not yet answered in
 * this run, then a score. The run is saved with each answer, so Ctrl+C never loses one.
 */
import type { Lesson } from '../content/schema.js';
import { answer, isComplete, nextQuestion, position, score, startRun, type QuizRun } from '../engine/session.js';
import { lessonEntry } from '../progress/schema.js';
import { messages } from '../ui/messages.js';
import { sanitize } from '../ui/sanitize.js';
import { askQuestion, type AskDeps } from './ask-question.js';

export type QuizDeps = AskDeps;
export type QuizOutcome = 'done' | 'quit';

export async function runQuiz(lesson: Lesson, d: QuizDeps): Promise<QuizOutcome> {
  const { ctx, store, theme } = d;
  const print = (lines: string[]) => ctx.terminal.stdout.write(`${lines.join('\n')}\n`);
  const quiz = lesson.quiz;
  let run: QuizRun = startRun(quiz, store.progress.lessons[lesson.id]?.run);
  const answeredBefore = Object.keys(run.answered).length;
  if (answeredBefore > 0) print([theme.dim(messages.resumeQuiz(answeredBefore, quiz.questions.length)), '']);

  for (let q = nextQuestion(quiz, run); q; q = nextQuestion(quiz, run)) {
    const question = q;
    const asked = await askQuestion(
      {
        lesson: lesson.id,
        question,
        header: position(quiz, run),
        last: quiz.questions.filter((x) => !(x.id in run.answered)).length === 1,
        judge: (input) => {
          const result = answer(run, question, input, ctx.nodeMajor);
          run = result.run;
          return result.feedback;
        },
        alsoSave: (p) => {
          lessonEntry(p, lesson.id).run = run;
        },
      },
      d,
    );
    if (asked.next === 'quit' && !isComplete(quiz, run)) {
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
