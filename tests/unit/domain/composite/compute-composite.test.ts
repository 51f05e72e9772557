import { describe, expect, it } from 'vitest';
import { computeComposite } from '../../../../src/domain/composite/compute-composite.ts';
import { rankScores } from '../../../../src/domain/composite/competition-ranks.ts';
import type { CompositeInput, IndexDefinition } from '../../../../src/domain/composite/types.ts';

/*
 * Fixture, 4 communes, min-max normalisation:
 *   code   a (more fragile, w 2)  b (less fragile, w 1)
 *   41001   0                     100
 *   41002  10                      50
 *   41003  20                     null
 *   41004  30                       0
 * a → (x − 0) / 30:                 0, 1/3, 2/3, 1
 * b → negated −100, −50, ·, 0, min-max over [−100, 0]: 0, 0.5, null, 1
 * strict (minCoverage 1):
 *   41001 (2·0 + 1·0) / 3 = 0
 *   41002 (2·1/3 + 1·0.5) / 3 = (0.6667 + 0.5) / 3 = 0.38889
 *   41003 lacks b → not scored, listed
 *   41004 (2·1 + 1·1) / 3 = 1
 *   ranks: 41004 → 1, 41002 → 2, 41001 → 3
 * minCoverage 0.5: 41003 has 2/3 of the weight ≥ 0.5 → mean over a only = 2/3 → rank 2
 */
const input: CompositeInput = {
  codes: ['41001', '41002', '41003', '41004'],
  columns: new Map([
    ['a', [0, 10, 20, 30]],
    ['b', [100, 50, null, 0]],
  ]),
};
const definition: IndexDefinition = {
  version: 1,
  indicators: [
    { id: 'a', weight: 2, direction: 'higher-more-fragile' },
    { id: 'b', weight: 1, direction: 'higher-less-fragile' },
  ],
  normalisation: 'min-max',
  minCoverage: 1,
  createdAt: '2026-03-15',
};

describe('computeComposite', () => {
  it('strict policy: weighted mean of normalised values; a commune missing an indicator is not scored and is listed', () => {
    const r = computeComposite(definition, input);
    expect(r.scores[0]).toBeCloseTo(0, 12);
    expect(r.scores[1]).toBeCloseTo((2 / 3 + 0.5) / 3, 12);
    expect(r.scores[2]).toBeNull();
    expect(r.scores[3]).toBeCloseTo(1, 12);
    expect(r.ranks).toEqual([3, 2, null, 1]);
    expect(r.ranked).toBe(3);
    expect(r.excluded).toEqual([{ code: '41003', missing: ['b'], coverage: 2 / 3 }]);
    expect(r.partial).toEqual([]);
  });
  it('minCoverage 0.5: the commune with 2/3 of the weight is scored on what it has, and reported as partial', () => {
    const r = computeComposite({ ...definition, minCoverage: 0.5 }, input);
    expect(r.scores[2]).toBeCloseTo(2 / 3, 12);
    expect(r.ranks).toEqual([4, 3, 2, 1]);
    expect(r.excluded).toEqual([]);
    expect(r.partial).toEqual([{ code: '41003', missing: ['b'], coverage: 2 / 3 }]);
  });
  it('minCoverage 0.7 > 2/3: excluded again', () => {
    expect(computeComposite({ ...definition, minCoverage: 0.7 }, input).ranks[2]).toBeNull();
  });
  it('only the ratio of the weights matters', () => {
    const scaled = { ...definition, indicators: definition.indicators.map((d) => ({ ...d, weight: d.weight * 10 })) };
    const a = computeComposite(scaled, input);
    const b = computeComposite(definition, input);
    a.scores.forEach((s, i) => (s === null ? expect(b.scores[i]).toBeNull() : expect(s).toBeCloseTo(b.scores[i]!, 12)));
    expect(a.ranks).toEqual(b.ranks);
  });
  it('a missing value is never read as 0', () => {
    // b is missing for 41003: stored as NaN (indicator-major layout: values[j·n + i], j = 1, i = 2)
    const r = computeComposite(definition, input);
    expect(r.matrix.values[1 * 4 + 2]).toBeNaN();
  });
  it('an indicator absent from the input is a programming error', () => {
    const bad = { ...definition, indicators: [{ id: 'zz', weight: 1, direction: 'higher-more-fragile' as const }] };
    expect(() => computeComposite(bad, input)).toThrow(/« zz » absent/);
  });
});

describe('rankScores: 1 = most fragile, ties competition-style', () => {
  const cases = [
    { name: 'ties share the best rank, the next skips', scores: [5, 9, 7, 7, null, 5], ranks: [4, 1, 2, 2, null, 4] },
    { name: 'all tied', scores: [1, 1, 1], ranks: [1, 1, 1] },
    { name: 'non-finite is not ranked', scores: [NaN, 2, Infinity], ranks: [null, 1, null] },
    { name: 'empty', scores: [], ranks: [] },
  ];
  it.each(cases)('$name', ({ scores, ranks }) => expect(rankScores(scores)).toEqual(ranks));
});
