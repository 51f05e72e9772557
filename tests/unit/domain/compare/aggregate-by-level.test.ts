import { describe, expect, it } from 'vitest';
import { aggregateByLevel, type AggregateFormula } from '../../../../src/domain/compare/aggregate-by-level';
import type { CommuneStats } from '../../../../src/domain/types';

/*
 * The fixture of tests/sql/indicator-by-level.test.ts, so that both implementations answer the same:
 *   code   territoire P22_POP P22_POP75P MED21  X
 *   41001  nord          100        50   20000  1
 *   41002  nord          900        90   22000  null
 *   41003  sud           200        20   null   2
 *   41004  sud             0         0   null   0
 */
const stats: CommuneStats = {
  codes: ['41001', '41002', '41003', '41004'],
  names: ['A', 'B', 'C', 'D'],
  columns: new Map([
    ['P22_POP', [100, 900, 200, 0]],
    ['P22_POP75P', [50, 90, 20, 0]],
    ['MED21', [20000, 22000, null, null]],
    ['X', [1, null, 2, 0]],
  ]),
};
const territory: Record<string, string> = { '41001': 'nord', '41002': 'nord', '41003': 'sud', '41004': 'sud' };
const byTerritory = (code: string) => territory[code];
const share75: AggregateFormula = { kind: 'ratio', numerator: 'P22_POP75P', denominator: 'P22_POP', offset: 0, scale: 100 };
const median: AggregateFormula = { kind: 'median', numerator: 'MED21', denominator: null, offset: 0, scale: 1 };
const countX: AggregateFormula = { kind: 'count', numerator: 'X', denominator: null, offset: 0, scale: 1 };
const byCode = <T extends { code: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.code, r]));

describe('aggregateByLevel', () => {
  it('territory value is the ratio of sums (140 / 1000 = 14 %), not the mean of ratios (30 %)', () => {
    const t = byCode(aggregateByLevel(share75, stats, byTerritory));
    expect(t.nord?.value).toBeCloseTo(14, 12);
    expect(t.nord).toMatchObject({ numerator: 140, denominator: 1000, n_communes: 2, n_values: 2, min: 10, max: 50, pop_total: 1000 });
    expect(t.sud?.value).toBeCloseTo(10, 12);
  });
  it('département: 160 / 1200', () => {
    const [d] = aggregateByLevel(share75, stats, () => '41');
    expect(d?.value).toBeCloseTo(13.333333333333, 10);
    expect(d?.code).toBe('41');
  });
  it('commune level never divides by zero', () => {
    const c = byCode(aggregateByLevel(share75, stats, (code) => code));
    expect(c['41001']?.value).toBeCloseTo(50, 12);
    expect(c['41004']?.value).toBeNull();
  });
  it('offset and scale (a change rate): nord 1000 / 140 − 1', () => {
    const change: AggregateFormula = { kind: 'ratio', numerator: 'P22_POP', denominator: 'P22_POP75P', offset: 1, scale: 100 };
    expect(byCode(aggregateByLevel(change, stats, byTerritory)).nord?.value).toBeCloseTo(614.2857142857, 8);
  });
  it('a count with a withheld member is not summed', () => {
    const t = byCode(aggregateByLevel(countX, stats, byTerritory));
    expect(t.nord?.value).toBeNull();
    expect(t.nord).toMatchObject({ numerator: 1, n_values: 1, pop_with_value: 100 });
    expect(t.sud?.value).toBe(2);
  });
  it('a median is never combined: range and covered population instead', () => {
    const t = byCode(aggregateByLevel(median, stats, byTerritory));
    expect(t.nord).toMatchObject({ value: null, min: 20000, max: 22000, n_values: 2, pop_with_value: 1000, pop_total: 1000 });
    expect(t.sud).toMatchObject({ value: null, min: null, max: null, n_values: 0, pop_with_value: 0, numerator: null });
    expect(byCode(aggregateByLevel(median, stats, (c) => c))['41002']?.value).toBe(22000);
  });
  it('communes without a unit are left out; rows are sorted by code', () => {
    const rows = aggregateByLevel(share75, stats, (code) => (code === '41004' ? undefined : code === '41001' ? 'z' : 'a'));
    expect(rows.map((r) => [r.code, r.n_communes])).toEqual([['a', 2], ['z', 1]]);
  });
  it('a missing column gives null values, not zeros', () => {
    const rows = aggregateByLevel({ ...share75, numerator: 'NOPE' }, stats, byTerritory);
    expect(rows.every((r) => r.value === null && r.numerator === null)).toBe(true);
  });
});
