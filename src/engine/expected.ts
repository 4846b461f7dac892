import { isCorrect } from '../content/read-quiz.js';
import type { ChoiceOption, PredictQuestion } from '../content/schema.js';
import { inRange } from '../content/version-range.js';

/** What a predict snippet prints on this major: the first matching `byVersion`, else `expected`. */
export function expectedOutput(q: PredictQuestion, major: number): string {
  return (q.byVersion.find((v) => inRange(v.node, major))?.expected ?? q.expected).trimEnd();
}

/** Whether the expected output of a question differs between Node majors. */
export function dependsOnVersion(q: { type: string; byVersion?: unknown[]; options?: unknown[] }): boolean {
  if (q.type === 'predict') return (q.byVersion?.length ?? 0) > 0;
  if (q.type === 'single' || q.type === 'multiple') {
    return (q.options as ChoiceOption[]).some((o) => typeof o.correct === 'string');
  }
  return false;
}

export function correctIndexes(options: ChoiceOption[], major: number): number[] {
  return options.flatMap((o, i) => (isCorrect(o, major) ? [i] : []));
}
