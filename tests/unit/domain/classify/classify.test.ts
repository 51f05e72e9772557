import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { classRanges } from '../../../../src/domain/classify/class-ranges';
import { classify } from '../../../../src/domain/classify/classify';

// Classes for thresholds [10, 20]: [min, 10) → 0, [10, 20) → 1, [20, max] → 2.
const breaks = { k: 3, thresholds: [10, 20], min: 5, max: 25 };

describe('classify', () => {
  it.each([
    { value: 5, expected: 0 },
    { value: 9.999, expected: 0 },
    { value: 10, expected: 1 }, // on a threshold → upper class
    { value: 19.999, expected: 1 },
    { value: 20, expected: 2 },
    { value: 25, expected: 2 }, // last class closed at max
    { value: -100, expected: 0 }, // below min: first class is open-ended
    { value: 1000, expected: 2 }, // above max: last class is open-ended
    { value: null, expected: null },
    { value: Number.NaN, expected: null },
    { value: Infinity, expected: null },
    { value: -Infinity, expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(classify([value], breaks)).toEqual([expected]);
  });

  it('keeps the order and length of the input', () => {
    expect(classify([25, null, 5, 15], breaks)).toEqual([2, null, 0, 1]);
  });

  it('no thresholds (one class): every finite value is class 0', () => {
    expect(classify([7, null, 7], { thresholds: [] })).toEqual([0, null, 0]);
  });
});

describe('classCounts', () => {
  it.each([
    {
      // 5, -100 → 0; 10, 15 → 1; 20, 25, 1000 → 2; null and NaN missing
      name: 'counts per class and missing',
      values: [5, 10, 15, 20, 25, null, Number.NaN, -100, 1000],
      expected: { counts: [2, 2, 3], missing: 2 },
    },
    { name: 'zeros for empty classes', values: [5, 6], expected: { counts: [2, 0, 0], missing: 0 } },
    { name: 'everything missing', values: [null, null], expected: { counts: [0, 0, 0], missing: 2 } },
    { name: 'no values', values: [], expected: { counts: [0, 0, 0], missing: 0 } },
  ])('$name', ({ values, expected }) => {
    expect(classCounts(values, breaks)).toEqual(expected);
  });
});

describe('classRanges', () => {
  it.each([
    {
      name: 'min, thresholds, max',
      breaks: { thresholds: [3, 5], min: 1, max: 9 },
      expected: [
        { lo: 1, hi: 3 },
        { lo: 3, hi: 5 },
        { lo: 5, hi: 9 },
      ],
    },
    { name: 'one class', breaks: { thresholds: [], min: 7, max: 7 }, expected: [{ lo: 7, hi: 7 }] },
    {
      name: 'last threshold at max',
      breaks: { thresholds: [25], min: 5, max: 25 },
      expected: [
        { lo: 5, hi: 25 },
        { lo: 25, hi: 25 },
      ],
    },
  ])('$name', ({ breaks: b, expected }) => {
    expect(classRanges(b)).toEqual(expected);
  });
});
