import { randomLcg, randomInt } from 'd3';
import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { quantileBreaks } from '../../../../src/domain/classify/quantile-breaks';
import { expectOk, warningCodes } from './expect-ok';

// Rule under test: threshold i = sorted[round(i·n/k)] (0-based), then drop thresholds
// ≤ min or duplicated. The hand computation is written on each case.
const cases = [
  {
    // n = 10, i·n/k = 2, 4, 6, 8 → sorted[2] = 3, sorted[4] = 5, sorted[6] = 7, sorted[8] = 9
    name: 'ten distinct values, k = 5: two per class',
    values: [10, 1, 9, 2, 8, 3, 7, 4, 6, 5],
    k: 5,
    thresholds: [3, 5, 7, 9],
    counts: [2, 2, 2, 2, 2],
    missing: 0,
    warnings: [],
  },
  {
    // n = 12, i·12/5 = 2.4, 4.8, 7.2, 9.6 → ranks 2, 5, 7, 10 → values 3, 6, 8, 11
    // classes {1,2} {3,4,5} {6,7} {8,9,10} {11,12}
    name: 'n not a multiple of k: sizes differ by at most one',
    values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    k: 5,
    thresholds: [3, 6, 8, 11],
    counts: [2, 3, 2, 3, 2],
    missing: 0,
    warnings: [],
  },
  {
    // finite values 1, 2, 3, 4 (n = 4); 4/3 = 1.33 → 1 → 2; 8/3 = 2.67 → 3 → 4
    name: 'null, NaN and ±Infinity are missing, not classed',
    values: [null, 4, Number.NaN, 1, Infinity, 3, 2, null, -Infinity],
    k: 3,
    thresholds: [2, 4],
    counts: [1, 2, 1],
    missing: 5,
    warnings: [],
  },
  {
    // n = 6, i·6/3 = 2, 4 → sorted[2] = 0, sorted[4] = 5
    name: 'negative values',
    values: [6, -3, 5, -1, 2, 0],
    k: 3,
    thresholds: [0, 5],
    counts: [2, 2, 2],
    missing: 0,
    warnings: [],
  },
  {
    // n = 10, ranks 2, 4, 6, 8 → 1, 1, 2, 4; 1 = min is dropped (empty first class) → [2, 4]
    name: 'ties at the minimum collapse: 3 classes instead of 5',
    values: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5],
    k: 5,
    thresholds: [2, 4],
    counts: [6, 2, 2],
    missing: 0,
    warnings: ['fewer-classes'],
  },
  {
    // n = 8, ranks 2, 4, 6 → 5, 5, 10; the duplicate 5 collapses → [5, 10]
    name: 'a tied value spanning two quantiles collapses',
    values: [0, 0, 5, 5, 5, 5, 10, 10],
    k: 4,
    thresholds: [5, 10],
    counts: [2, 4, 2],
    missing: 0,
    warnings: ['fewer-classes'],
  },
  {
    name: 'all values equal: one class',
    values: [7, 7, null, 7],
    k: 4,
    thresholds: [],
    counts: [3],
    missing: 1,
    warnings: ['all-values-equal'],
  },
  {
    // n = 2, i·2/5 = 0.4, 0.8, 1.2, 1.6 → ranks 0, 1, 1, 2 (clamped to 1) → 3, 8, 8, 8 → [8]
    name: 'fewer values than classes',
    values: [8, 3],
    k: 5,
    thresholds: [8],
    counts: [1, 1],
    missing: 0,
    warnings: ['fewer-classes'],
  },
  {
    // k = 9 on 1…9: rank i → value i + 1
    name: 'k = 9 (upper bound) on nine values: one per class',
    values: [9, 8, 7, 6, 5, 4, 3, 2, 1],
    k: 9,
    thresholds: [2, 3, 4, 5, 6, 7, 8, 9],
    counts: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    missing: 0,
    warnings: [],
  },
];

describe('quantileBreaks', () => {
  it.each(cases)('$name', ({ values, k, thresholds, counts, missing, warnings }) => {
    const result = quantileBreaks(values, k);
    const breaks = expectOk(result);
    expect(breaks.thresholds).toEqual(thresholds);
    expect(breaks.k).toBe(thresholds.length + 1);
    expect(breaks.requestedK).toBe(k);
    expect(breaks.method).toBe('quantile');
    expect(classCounts(values, breaks)).toEqual({ counts, missing });
    expect(warningCodes(result)).toEqual(warnings);
  });

  it('records min, max and n of the finite values', () => {
    const breaks = expectOk(quantileBreaks([null, 4, -2, Number.NaN, 9], 3));
    expect([breaks.min, breaks.max, breaks.n]).toEqual([-2, 9, 3]);
  });

  it.each([
    { name: 'empty', values: [] },
    { name: 'only missing', values: [null, Number.NaN, Infinity] },
  ])('no finite value ($name) → no-values error', ({ values }) => {
    const result = quantileBreaks(values, 5);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'no-values',
        params: {},
        message:
          'Aucune valeur disponible : toutes les communes sont sans donnée ou sous secret statistique.',
      },
    });
  });

  it.each([2, 10, 3.5, Number.NaN, 0, -4])('k = %s is rejected', (k) => {
    const result = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-k');
  });

  it('k error message is French and quotes the value', () => {
    const result = quantileBreaks([1, 2, 3], 12);
    expect(result.ok ? null : result.error.message).toBe(
      'Le nombre de classes doit être un entier compris entre 3 et 9 (reçu : 12).',
    );
  });

  it('never creates an empty class, even with heavy ties (seeded random data)', () => {
    const int = randomInt.source(randomLcg(0.42))(0, 6);
    for (const k of [3, 4, 5, 6, 7, 8, 9]) {
      const values = Array.from({ length: 267 }, () => int());
      const breaks = expectOk(quantileBreaks(values, k));
      const { counts } = classCounts(values, breaks);
      expect(counts.every((c) => c > 0)).toBe(true);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(267);
    }
  });
});
