import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { equalIntervalBreaks } from '../../../../src/domain/classify/equal-interval-breaks';
import { expectOk, warningCodes } from './expect-ok';

const cases = [
  {
    // [0, 10], k = 5 → width 2 → 2, 4, 6, 8. 0→0, 3→1, 7→3, 10→4 (×2); class 2 stays empty
    name: 'empty inner class is kept',
    values: [0, 10, 3, 7, 10],
    k: 5,
    thresholds: [2, 4, 6, 8],
    counts: [1, 1, 0, 1, 2],
    warnings: [],
  },
  {
    // [-5, 5], k = 4 → width 2.5 → -2.5, 0, 2.5; 0 equals a threshold → upper class (2)
    name: 'negative range, value on a threshold goes up',
    values: [-5, 5, 0, null],
    k: 4,
    thresholds: [-2.5, 0, 2.5],
    counts: [1, 0, 1, 1],
    warnings: [],
  },
  {
    name: 'all values equal',
    values: [2, 2],
    k: 3,
    thresholds: [],
    counts: [2],
    warnings: ['all-values-equal'],
  },
];

describe('equalIntervalBreaks', () => {
  it.each(cases)('$name', ({ values, k, thresholds, counts, warnings }) => {
    const result = equalIntervalBreaks(values, k);
    const breaks = expectOk(result);
    expect(breaks.thresholds).toEqual(thresholds);
    expect(breaks.method).toBe('equal-interval');
    expect(classCounts(values, breaks).counts).toEqual(counts);
    expect(warningCodes(result)).toEqual(warnings);
  });

  it('decimal range: thresholds 0.1 and 0.2 up to rounding', () => {
    const { thresholds } = expectOk(equalIntervalBreaks([0, 0.3], 3));
    expect(thresholds).toHaveLength(2);
    expect(thresholds[0]).toBeCloseTo(0.1, 12);
    expect(thresholds[1]).toBeCloseTo(0.2, 12);
  });

  it.each([
    { values: [null], k: 3, code: 'no-values' },
    { values: [1, 2], k: 1, code: 'invalid-k' },
  ])('error $code', ({ values, k, code }) => {
    const result = equalIntervalBreaks(values, k);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
