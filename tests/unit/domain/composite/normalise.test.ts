import { describe, expect, it } from 'vitest';
import { averageRanks, percentileRanks } from '../../../../src/domain/composite/percentile-ranks.ts';
import { minMax } from '../../../../src/domain/composite/min-max.ts';
import { normalise } from '../../../../src/domain/composite/normalise.ts';
import { zScores } from '../../../../src/domain/composite/z-scores.ts';
import type { NormalisationMethod } from '../../../../src/domain/composite/types.ts';

const close = (actual: (number | null)[], expected: (number | null)[]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (e === null || e === undefined) expect(a).toBeNull();
    else expect(a).toBeCloseTo(e, 12);
  });
};

describe('zScores (population standard deviation)', () => {
  it('hand-worked: 2 4 4 4 5 5 7 9', () => {
    // mean = 40 / 8 = 5; squared deviations 9 1 1 1 0 0 4 16, sum 32; σ = √(32 / 8) = 2 (the sample sd would be √(32/7) ≈ 2.138)
    // z = (x − 5) / 2
    close(zScores([2, 4, 4, 4, 5, 5, 7, 9]), [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('missing values are skipped, never 0', () => {
    // finite values 1, 3: mean 2, σ = √((1 + 1) / 2) = 1
    close(zScores([1, null, 3, NaN, Infinity]), [-1, null, 1, null, null]);
  });
  it('constant column → all 0; no value → all null', () => {
    close(zScores([4, 4, null]), [0, 0, null]);
    close(zScores([null, null]), [null, null]);
  });
});

describe('minMax', () => {
  it('hand-worked: 10, 20, 40 → 0, 1/3, 1', () => {
    // range 40 − 10 = 30: (20 − 10) / 30 = 1/3
    close(minMax([10, null, 20, 40]), [0, null, 1 / 3, 1]);
  });
  it('constant column → 0.5', () => close(minMax([7, 7, null]), [0.5, 0.5, null]));
});

describe('averageRanks / percentileRanks (ties share their average rank)', () => {
  const cases = [
    // ranks 1 2 3 4, the two 20s share (2 + 3) / 2 = 2.5; percentile = (r − 1) / (m − 1) with m = 4
    { name: 'tie in the middle', values: [10, 20, 20, 30], ranks: [1, 2.5, 2.5, 4], pct: [0, 0.5, 0.5, 1] },
    // input order does not matter; null skipped, m = 3
    { name: 'unsorted with null', values: [30, null, 10, 20], ranks: [3, null, 1, 2], pct: [1, null, 0, 0.5] },
    // three-way tie at the top: ranks 2, 3, 4 → 3; percentile (3 − 1) / 3 = 2/3
    { name: 'three-way tie', values: [5, 8, 8, 8], ranks: [1, 3, 3, 3], pct: [0, 2 / 3, 2 / 3, 2 / 3] },
    { name: 'single value', values: [null, 42], ranks: [null, 1], pct: [null, 0.5] },
    { name: 'all equal', values: [1, 1, 1], ranks: [2, 2, 2], pct: [0.5, 0.5, 0.5] },
  ];
  it.each(cases)('$name', ({ values, ranks, pct }) => {
    close(averageRanks(values), ranks);
    close(percentileRanks(values), pct);
  });
});

describe('normalise: direction', () => {
  const values = [3, null, 10, 1, 10, 6];
  const methods: NormalisationMethod[] = ['z-score', 'min-max', 'rank'];
  it.each(methods)('%s: higher-less-fragile is the mirror image (higher normalised = more fragile)', (method) => {
    const up = normalise(values, method, 'higher-more-fragile');
    const down = normalise(values, method, 'higher-less-fragile');
    // z(−x) = −z(x); minMax(−x) = 1 − minMax(x); percentile(−x) = 1 − percentile(x)
    const mirror = (v: number | null) => (v === null ? null : method === 'z-score' ? -v : 1 - v);
    close(down, up.map(mirror));
  });
  it('income: the poorest commune becomes the most fragile', () => {
    // revenu-median 19 000, 22 000, 28 000 (higher-less-fragile), min-max on −x: −19 000 is the max → 1
    close(normalise([19000, 22000, 28000], 'min-max', 'higher-less-fragile'), [1, 6 / 9, 0]);
  });
});
