import type { Course, Lesson } from '../content/schema.js';
import type { Context } from '../context.js';
import { lessonEntry } from '../progress/schema.js';
import { firstUnfinished, lessonStatus } from '../progress/status.js';
import { dueCards } from '../review/due.js';
import { messages } from '../ui/messages.js';
import { createPrompter } from '../ui/prompts.js';
import { renderLessonIntro, renderScreen } from '../ui/render-lesson.js';
import { sanitize } from '../ui/sanitize.js';
import { textWidth } from '../ui/terminal.js';
import { createTheme } from '../ui/theme.js';
import { runQuiz, type QuizDeps, type QuizOutcome } from './run-quiz.js';
import { courseOrFail, findLesson, openStore, requireTerminal } from './shared.js';

/** `node-arch learn [lesson]`: read, quiz, go on; resumes wherever the learner left off. */
export async function learn(ctx: Context, lessonId: string | undefined): Promise<void> {
  requireTerminal(ctx, 'learn');
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const d: QuizDeps = { ctx, store, prompter: createPrompter(ctx.terminal), theme: createTheme(ctx.terminal), width: textWidth(ctx.terminal) };
  const say = (line: string) => ctx.terminal.stdout.write(`${line}\n`);
  const due = dueCards(course, store.progress, ctx.now()).length;
  if (due > 0) say(d.theme.warn(messages.reviewsDue(due)));

  const first = lessonId ? findLesson(course, lessonId) : firstUnfinished(course, store.progress);
  if (!first) {
    say(messages.courseFinished);
    return;
  }
  for (let lesson: Lesson = first; ; ) {
    if ((await study(course, lesson, d, lessonId === lesson.id)) === 'quit') {
      say(messages.seeYou);
      return;
    }
    const next: Lesson | undefined = course.lessons[course.lessons.indexOf(lesson) + 1];
    if (!next) {
      say(messages.courseFinished);
      return;
    }
    if (!(await d.prompter.confirm(messages.nextLessonPrompt(course.lessons.indexOf(next) + 1, sanitize(next.title)), true))) {
      say(messages.seeYou);
      return;
    }
    lesson = next;
  }
}

/** One lesson: its screens from where the learner stopped, then its quiz. */
async function study(course: Course, lesson: Lesson, d: QuizDeps, named: boolean): Promise<QuizOutcome> {
  const { ctx, store, prompter, theme, width } = d;
  const print = (lines: string[]) => ctx.terminal.stdout.write(`${lines.join('\n')}\n`);
  const entry = store.progress.lessons[lesson.id];
  const quizUnderway = Object.keys(entry?.run?.answered ?? {}).length > 0;
  if (quizUnderway && !named) return runQuiz(lesson, d);

  // A finished lesson opened by name is read again from the start.
  const last = lesson.screens.length - 1;
  let screen = lessonStatus(entry) === 'done' && named ? 0 : Math.min(entry?.screen ?? 0, last);
  print(['', ...renderLessonIntro(lesson, theme, width)]);
  if (screen > 0) print([theme.dim(messages.welcomeBack(sanitize(lesson.title), screen + 1, lesson.screens.length)), '']);
  const at = { lessonNumber: course.lessons.indexOf(lesson) + 1, lessonCount: course.lessons.length };

  for (;;) {
    print(renderScreen(lesson, { ...at, screen }, theme, width));
    const choices = [
      { name: screen === last ? messages.startQuiz : messages.next, value: 'next' as const },
      ...(screen > 0 ? [{ name: messages.back, value: 'back' as const }] : []),
      { name: messages.quitForNow, value: 'quit' as const },
    ];
    const move = await prompter.select(messages.screenOf(screen + 1, lesson.screens.length), choices);
    if (move === 'quit') return 'quit';
    const reachedEnd = move === 'next' && screen === last;
    screen = move === 'back' ? screen - 1 : Math.min(screen + 1, last);
    const position = screen;
    await store.update((p) => {
      const e = lessonEntry(p, lesson.id);
      e.screen = position;
      if (reachedEnd) e.readAt ??= ctx.now().toISOString();
    });
    if (reachedEnd) break;
    print(['']);
  }
  print(['']);
  return runQuiz(lesson, d);
}
