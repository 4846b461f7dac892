/**
 * Graders: one pure function per question type, from (question, answer, Node major) to feedback.
 * Nothing here prints; the UI decides how feedback looks.
 */
import type { ChoiceOption, Question } from '../content/schema.js';
import { sameOutput } from '../content/read-quiz.js';
import { correctIndexes, expectedOutput } from './expected.js';
import { normalizeText, sameTypedOutput } from './normalize.js';

export type Answer =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  /** Indexes into `items`, in the order the learner put them. */
  | { type: 'order'; order: number[] }
  | { type: 'predict'; choice: number }
  | { type: 'predict'; typed: string }
  | { type: 'text'; typed: string };

/** Something to say about one option after an answer. */
export interface OptionNote {
  kind: 'picked-wrong' | 'missed' | 'picked-right';
  text: string;
  why?: string;
}

export interface Feedback {
  /** The question's type, so the UI can lay the answers out (a list, an output, a sentence). */
  kind: Question['type'];
  correct: boolean;
  /** What the learner answered, as plain text (it is also what progress records). */
  given: string;
  /** The right answer for the learner's Node, as plain text. */
  rightAnswer: string;
  notes: OptionNote[];
  explanation: string;
  source: string;
  versionNote?: string;
}

export class AnswerMismatchError extends Error {}

export function grade(question: Question, answer: Answer, major: number): Feedback {
  if (answer.type !== question.type) {
    throw new AnswerMismatchError(`a ${answer.type} answer given to a ${question.type} question`);
  }
  const common = {
    explanation: question.explanation,
    source: question.source,
    ...(question.versionNote && { versionNote: question.versionNote }),
  };
  return { kind: question.type, ...gradeByType(question, answer, major), ...common };
}

type Graded = Pick<Feedback, 'correct' | 'given' | 'rightAnswer' | 'notes'>;

function gradeByType(q: Question, a: Answer, major: number): Graded {
  if (q.type === 'single' && a.type === 'single') return gradeChoices(q.options, [a.choice], major);
  if (q.type === 'multiple' && a.type === 'multiple') return gradeChoices(q.options, a.choices, major);
  if (q.type === 'truefalse' && a.type === 'truefalse') {
    return { correct: a.value === q.answer, given: yesNo(a.value), rightAnswer: yesNo(q.answer), notes: [] };
  }
  if (q.type === 'order' && a.type === 'order') {
    checkPermutation(a.order, q.items.length);
    return {
      correct: a.order.every((item, position) => item === position),
      given: numbered(a.order.map((i) => q.items[i] ?? '')),
      rightAnswer: numbered(q.items),
      notes: [],
    };
  }
  if (q.type === 'predict' && a.type === 'predict') {
    const right = expectedOutput(q, major);
    if ('choice' in a) {
      const option = q.options?.[a.choice];
      if (!option) throw new AnswerMismatchError(`no option ${a.choice}`);
      const correct = sameOutput(option.output, right);
      const notes: OptionNote[] = correct || !option.why ? [] : [{ kind: 'picked-wrong', text: option.output.trimEnd(), why: option.why }];
      return { correct, given: option.output.trimEnd(), rightAnswer: right, notes };
    }
    return { correct: sameTypedOutput(a.typed, right), given: a.typed.trim(), rightAnswer: right, notes: [] };
  }
  if (q.type === 'text' && a.type === 'text') {
    const typed = normalizeText(a.typed);
    return {
      correct: q.accept.some((ok) => normalizeText(ok) === typed),
      given: a.typed.trim(),
      rightAnswer: q.accept[0] ?? '',
      notes: [],
    };
  }
  throw new AnswerMismatchError(`cannot grade a ${a.type} answer`);
}

/** Single and multiple choice: right when exactly the correct set was picked. */
function gradeChoices(options: ChoiceOption[], picked: number[], major: number): Graded {
  for (const i of picked) if (!options[i]) throw new AnswerMismatchError(`no option ${i}`);
  const right = new Set(correctIndexes(options, major));
  const chosen = new Set(picked);
  const notes: OptionNote[] = [];
  options.forEach((o, i) => {
    if (chosen.has(i) && !right.has(i)) notes.push({ kind: 'picked-wrong', text: o.text, ...(o.why && { why: o.why }) });
    else if (!chosen.has(i) && right.has(i) && right.size > 1) notes.push({ kind: 'missed', text: o.text, ...(o.why && { why: o.why }) });
    else if (chosen.has(i) && right.has(i) && o.why) notes.push({ kind: 'picked-right', text: o.text, why: o.why });
  });
  const correct = chosen.size === right.size && [...chosen].every((i) => right.has(i));
  const texts = (indexes: Iterable<number>) => [...indexes].sort((x, y) => x - y).map((i) => options[i]?.text ?? '');
  return { correct, given: texts(chosen).join('\n') || '(nothing)', rightAnswer: texts(right).join('\n'), notes };
}

function checkPermutation(order: number[], length: number): void {
  const sorted = [...order].sort((x, y) => x - y);
  if (sorted.length !== length || sorted.some((v, i) => v !== i)) {
    throw new AnswerMismatchError('an order answer must use every item once');
  }
}

function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

function yesNo(value: boolean): string {
  return value ? 'True' : 'False';
}
