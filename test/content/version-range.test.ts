import { describe, expect, it } from 'vitest';
import { checkRange, inRange } from '../../src/content/version-range.js';

describe('version ranges', () => {
  it.each([
    ['20', 20, true],
    ['20', 22, false],
    ['>=22', 22, true],
    ['>=22', 20, false],
    ['<24', 22, true],
    ['<24', 24, false],
    ['>20', 20, false],
    ['<=22', 22, true],
    ['>=20 <24', 22, true],
    ['>=20 <24', 24, false],
    ['20 || 24', 24, true],
    ['20 || 24', 22, false],
    ['=22', 22, true],
  ])('%s holds for %i: %s', (range, major, expected) => {
    expect(checkRange(range)).toBeUndefined();
    expect(inRange(range, major)).toBe(expected);
  });

  it.each(['', '^20', '20.1', '>= 22', 'x', '20 ||', 'latest'])('rejects %j', (range) => {
    expect(checkRange(range)).toBeTypeOf('string');
  });
});
