/**
 * Ranges over Node major versions, as course authors write them:
 * `20`, `>=22`, `<24`, `>=20 <24`, `20 || 24`. Deliberately tiny: majors are all that
 * content ever needs to tell apart, and a full semver parser would be a dependency for nothing.
 */

const COMPARATOR = /^(>=|<=|>|<|=)?(\d+)$/;

/** Returns an error message, or undefined when the range is well formed. */
export function checkRange(range: string): string | undefined {
  const alternatives = range.split('||').map((alt) => alt.trim());
  for (const alt of alternatives) {
    if (alt === '') return `empty alternative in version range "${range}"`;
    for (const part of alt.split(/\s+/)) {
      if (!COMPARATOR.test(part)) {
        return `"${part}" is not a version comparison (use e.g. 20, >=22, <24)`;
      }
    }
  }
  return undefined;
}

/** Whether `major` satisfies `range`. The range must have passed `checkRange`. */
export function inRange(range: string, major: number): boolean {
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .every((part) => {
        const [, op = '=', digits = ''] = COMPARATOR.exec(part) ?? [];
        const n = Number(digits);
        switch (op) {
          case '>=':
            return major >= n;
          case '<=':
            return major <= n;
          case '>':
            return major > n;
          case '<':
            return major < n;
          default:
            return major === n;
        }
      }),
  );
}
