/**
 * How typed answers are compared. Lenient on form (case, blanks, a final full stop, how lines
 * of output are separated) so that a learner is only ever marked wrong for substance.
 */

/** For short text answers: case, surrounding and repeated blanks, a final full stop. */
export function normalizeText(s: string): string {
  return s.trim().replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();
}

/**
 * For typed program output: the learner may separate lines with new lines, commas or spaces.
 * We compare the sequence of words, case-insensitively, ignoring commas and spaces. That means
 * "a b" typed for the two lines "a" and "b" is right, which is what a learner means.
 */
export function outputWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== '');
}

export function sameTypedOutput(typed: string, expected: string): boolean {
  const a = outputWords(typed);
  const b = outputWords(expected);
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
