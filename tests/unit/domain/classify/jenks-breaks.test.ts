import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { jenksBreaks } from '../../../../src/domain/classify/jenks-breaks';
import { quantileBreaks } from '../../../../src/domain/classify/quantile-breaks';
import { expectOk, warningCodes } from './expect-ok';

const cases = [
  {
    // Clusters {1,2,3} {10,11,12} {50,51,52}: within-class sum of squares 2 + 2 + 2 = 6.
    // Any other split puts a gap ≥ 7 inside a class, e.g. {1,2,3,10}: 9+4+1+36 = 50 > 6.
    name: 'three obvious clusters',
    values: [1, 2, 3, 10, 11, 12, 50, 51, 52],
    k: 3,
    thresholds: [10, 50],
    counts: [3, 3, 3],
    warnings: [],
  },
  {
    name: 'same clusters, shuffled, with missing values',
    values: [51, null, 2, 12, 50, Number.NaN, 1, 11, 3, 10, 52],
    k: 3,
    thresholds: [10, 50],
    counts: [3, 3, 3],
    warnings: [],
  },
  {
    // {1,2,3}{4,5,6}{100}: SS 2 + 2 = 4. {1,2}{3,4,5,6}: 0.5 + 5 = 5.5; {1..4}{5,6}: 5 + 0.5;
    // {1..5}{6}: 10; any class mixing 100 with others is far worse → thresholds [4, 100].
    // (Quantile would give [3, 6]: see the next test.)
    name: 'an outlier gets its own class',
    values: [1, 2, 3, 4, 5, 6, 100],
    k: 3,
    thresholds: [4, 100],
    counts: [3, 3, 1],
    warnings: [],
  },
  {
    // 3 distinct values for 4 classes → k lowered to 3, one class per distinct value
    name: 'fewer distinct values than classes',
    values: [1, 1, 2, 2, 9],
    k: 4,
    thresholds: [2, 9],
    counts: [2, 2, 1],
    warnings: ['fewer-classes'],
  },
  {
    // ckmeans(…, 3) would split the 2s across two clusters; k is lowered to 2 instead
    name: 'two distinct values, tied',
    values: [1, 1, 1, 2, 2, 2],
    k: 3,
    thresholds: [2],
    counts: [3, 3],
    warnings: ['fewer-classes'],
  },
  {
    // 2 values for 3 classes: ckmeans would throw (k > n); k is lowered to 2
    name: 'fewer values than classes',
    values: [5, null, 1],
    k: 3,
    thresholds: [5],
    counts: [1, 1],
    warnings: ['fewer-classes'],
  },
  {
    name: 'all values equal',
    values: [4, 4, 4, 4],
    k: 5,
    thresholds: [],
    counts: [4],
    warnings: ['all-values-equal'],
  },
];

describe('jenksBreaks', () => {
  it.each(cases)('$name', ({ values, k, thresholds, counts, warnings }) => {
    const result = jenksBreaks(values, k);
    const breaks = expectOk(result);
    expect(breaks.thresholds).toEqual(thresholds);
    expect(breaks.method).toBe('jenks');
    expect(classCounts(values, breaks).counts).toEqual(counts);
    expect(warningCodes(result)).toEqual(warnings);
  });

  it('differs from quantile on the outlier fixture', () => {
    // quantile: n = 7, 7/3 = 2.33 → rank 2 → 3; 14/3 = 4.67 → rank 5 → 6
    expect(expectOk(quantileBreaks([1, 2, 3, 4, 5, 6, 100], 3)).thresholds).toEqual([3, 6]);
  });

  it.each([
    { values: [], k: 3, code: 'no-values' },
    { values: [1, 2, 3], k: 10, code: 'invalid-k' },
  ])('error $code', ({ values, k, code }) => {
    const result = jenksBreaks(values, k);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
