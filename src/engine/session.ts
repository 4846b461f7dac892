/**
 * A quiz run as a pure state machine: `answer(run, question, input)` → `{ run, feedback }`.
 * The run is plain data so that it can be saved after every answer and resumed after Ctrl+C.
 */
import type { Question, Quiz } from '../content/schema.js';
import { grade, type Answer, type Feedback } from './grade.js';

export interface QuizRun {
  lesson: string;
  /** Question id → answered right, for the questions answered so far in this run. */
  answered: Record<string, boolean>;
}

export interface Score {
  correct: number;
  total: number;
  /** Questions answered wrong in this run, in quiz order. */
  missed: Question[];
}

export function startRun(quiz: Quiz, saved?: QuizRun): QuizRun {
  if (!saved || saved.lesson !== quiz.lesson) return { lesson: quiz.lesson, answered: {} };
  // Drop answers to questions the course no longer has, so a run can still finish.
  const ids = new Set(quiz.questions.map((q) => q.id));
  const answered = Object.fromEntries(Object.entries(saved.answered).filter(([id]) => ids.has(id)));
  return { lesson: quiz.lesson, answered };
}

export function nextQuestion(quiz: Quiz, run: QuizRun): Question | undefined {
  return quiz.questions.find((q) => !(q.id in run.answered));
}

/** 1-based position of the next question, for "Question 3 of 14". */
export function position(quiz: Quiz, run: QuizRun): { index: number; total: number } {
  return { index: Object.keys(run.answered).length + 1, total: quiz.questions.length };
}

export function answer(
  run: QuizRun,
  question: Question,
  input: Answer,
  major: number,
): { run: QuizRun; feedback: Feedback } {
  const feedback = grade(question, input, major);
  return { run: { ...run, answered: { ...run.answered, [question.id]: feedback.correct } }, feedback };
}

export function isComplete(quiz: Quiz, run: QuizRun): boolean {
  return nextQuestion(quiz, run) === undefined;
}

export function score(quiz: Quiz, run: QuizRun): Score {
  const asked = quiz.questions.filter((q) => q.id in run.answered);
  const missed = asked.filter((q) => run.answered[q.id] === false);
  return { correct: asked.length - missed.length, total: quiz.questions.length, missed };
}
