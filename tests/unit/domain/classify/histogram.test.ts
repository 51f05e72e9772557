import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../src/domain/classify/histogram';

describe('histogram', () => {
  it.each([
    {
      // [0, 10] in 4 bins of 2.5: {0, 1} | {2.5} | {5} | {9.99, 10} (max in the last bin)
      name: 'equal-width bins over [min, max]',
      values: [0, 1, 2.5, 5, 9.99, 10, null, Number.NaN],
      bins: 4,
      expected: [
        { x0: 0, x1: 2.5, count: 2 },
        { x0: 2.5, x1: 5, count: 1 },
        { x0: 5, x1: 7.5, count: 1 },
        { x0: 7.5, x1: 10, count: 2 },
      ],
    },
    {
      // [-4, 2] in 3 bins of 2: {-4, -3} | {-1} | {0, 1, 2}; empty bins are kept
      name: 'negative values',
      values: [2, -4, 0, -1, 1, -3],
      bins: 3,
      expected: [
        { x0: -4, x1: -2, count: 2 },
        { x0: -2, x1: 0, count: 1 },
        { x0: 0, x1: 2, count: 3 },
      ],
    },
    {
      name: 'an empty bin in the middle',
      values: [0, 4],
      bins: 4,
      expected: [
        { x0: 0, x1: 1, count: 1 },
        { x0: 1, x1: 2, count: 0 },
        { x0: 2, x1: 3, count: 0 },
        { x0: 3, x1: 4, count: 1 },
      ],
    },
    { name: 'one bin', values: [3, 1, 2], bins: 1, expected: [{ x0: 1, x1: 3, count: 3 }] },
    { name: 'all values equal', values: [3, 3, 3], bins: 5, expected: [{ x0: 3, x1: 3, count: 3 }] },
    { name: 'no values', values: [null], bins: 5, expected: [] },
  ])('$name', ({ values, bins, expected }) => {
    expect(histogram(values, bins)).toEqual(expected);
  });

  it.each([0, -1, 2.5, Number.NaN])('bins = %s throws', (bins) => {
    expect(() => histogram([1, 2], bins)).toThrow(RangeError);
  });
});
