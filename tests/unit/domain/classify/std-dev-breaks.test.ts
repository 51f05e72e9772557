import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { stdDevBreaks } from '../../../../src/domain/classify/std-dev-breaks';
import type { StdDevOptions } from '../../../../src/domain/classify/std-dev-breaks';
import { expectOk, warningCodes } from './expect-ok';

// Fixture: mean = 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
// population variance 32/8 = 4 → sd = 2 (the sample sd would be √(32/7) ≈ 2.14).
const values = [2, 4, 4, 4, 5, 5, 7, 9];

const cases: {
  name: string;
  k: number;
  options: StdDevOptions;
  thresholds: number[];
  counts: number[];
  warnings: string[];
}[] = [
  {
    // k even: mean + j·sd, j = -1, 0, 1 → 3, 5, 7. 2 | 4,4,4 | 5,5 | 7,9
    name: 'k = 4, 1 sd around the values mean: the mean is a threshold',
    k: 4,
    options: {},
    thresholds: [3, 5, 7],
    counts: [1, 3, 2, 2],
    warnings: [],
  },
  {
    // k odd: mean ± sd/2 → 4, 6. 2 | 4,4,4,5,5 | 7,9
    name: 'k = 3, 1 sd: middle class is mean ± ½ sd',
    k: 3,
    options: {},
    thresholds: [4, 6],
    counts: [1, 5, 2],
    warnings: [],
  },
  {
    // centre 6 (e.g. the département ratio of sums), sd still 2 → 6 ± 1 → 5, 7.
    // 2,4,4,4 | 5,5 | 7,9. (A sample sd 2.14, or an RMS about 6 = √5 = 2.24, would put 7
    // in the middle class and give [4, 3, 1].)
    name: 'k = 3 centred on a given mean (département value)',
    k: 3,
    options: { mean: 6 },
    thresholds: [5, 7],
    counts: [4, 2, 2],
    warnings: [],
  },
  {
    // step ½ sd = 1, k = 5 → 5 ± 0.5, 5 ± 1.5 → 3.5, 4.5, 5.5, 6.5.
    // 2 | 4,4,4 | 5,5 | (none in [5.5, 6.5)) | 7,9
    name: 'k = 5, ½ sd intervals, empty class kept',
    k: 5,
    options: { step: 0.5 },
    thresholds: [3.5, 4.5, 5.5, 6.5],
    counts: [1, 3, 2, 0, 2],
    warnings: [],
  },
  {
    // k = 9: 5 ± 1, ± 3, ± 5, ± 7 → -2, 0, 2, 4, 6, 8, 10, 12; keep those in (2, 9] → 4, 6, 8.
    // 2 | 4,4,4,5,5 | 7 | 9
    name: 'k = 9: thresholds beyond the data are dropped',
    k: 9,
    options: {},
    thresholds: [4, 6, 8],
    counts: [1, 5, 1, 1],
    warnings: ['fewer-classes'],
  },
];

describe('stdDevBreaks', () => {
  it.each(cases)('$name', ({ k, options, thresholds, counts, warnings }) => {
    const result = stdDevBreaks(values, k, options);
    const breaks = expectOk(result);
    expect(breaks.thresholds).toEqual(thresholds);
    expect(breaks.method).toBe('std-dev');
    expect(classCounts(values, breaks).counts).toEqual(counts);
    expect(warningCodes(result)).toEqual(warnings);
  });

  it('reports the centre, the sd and the step', () => {
    expect(expectOk(stdDevBreaks(values, 3, { mean: 6, step: 0.5 })).stdDev).toEqual({
      mean: 6,
      sd: 2,
      step: 0.5,
    });
    expect(expectOk(stdDevBreaks([...values, null, Number.NaN], 3)).stdDev).toEqual({
      mean: 5,
      sd: 2,
      step: 1,
    });
  });

  it('all values equal (sd = 0): one class', () => {
    const result = stdDevBreaks([3, 3, 3], 5, { mean: 4 });
    expect(expectOk(result).thresholds).toEqual([]);
    expect(warningCodes(result)).toEqual(['all-values-equal']);
  });

  it.each([
    { name: 'NaN mean', options: { mean: Number.NaN }, code: 'invalid-mean' },
    { name: 'infinite mean', options: { mean: Infinity }, code: 'invalid-mean' },
    { name: 'step 2', options: { step: 2 as 1 }, code: 'invalid-step' },
  ])('$name → $code', ({ options, code }) => {
    const result = stdDevBreaks(values, 3, options);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it.each([
    { values: [], k: 3, code: 'no-values' },
    { values, k: 2, code: 'invalid-k' },
  ])('error $code', ({ values: v, k, code }) => {
    const result = stdDevBreaks(v, k);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
