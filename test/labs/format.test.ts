import { describe, expect, it } from 'vitest';
import { bytes, max, median, min, ms, percent } from '../../src/labs/format.js';

describe('lab number formats', () => {
  it.each([
    [0, '0 ms'],
    [0.04, '0.0 ms'],
    [3.25, '3.3 ms'],
    [42.4, '42 ms'],
    [412.6, '413 ms'],
    [12_345, '12.3 s'],
  ])('ms(%d) = %s', (v, text) => expect(ms(v)).toBe(text));

  it.each([
    [512, '512 B'],
    [16_384, '16 KiB'],
    [1_572_864, '1.5 MiB'],
    [29_196_288, '28 MiB'],
  ])('bytes(%d) = %s', (v, text) => expect(bytes(v)).toBe(text));

  it('summarises series, empty ones as zero', () => {
    expect(percent(0.738)).toBe('74%');
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect([min([]), max([]), median([])]).toEqual([0, 0, 0]);
    expect([min([3, -1, 2]), max([3, -1, 2])]).toEqual([-1, 3]);
  });
});
