import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { indicatorByLevel, type IndicatorSpec } from '../../src/data/queries/indicator-by-level.ts';
import { arrowStream } from '../../scripts/lib/write.ts';
import { openDuckDB, run } from './support/duckdb.ts';

/*
 * Fixture (hand-worked answers below):
 *   code   epci territoire P22_POP P22_POP75P MED21  X
 *   41001  E1   nord          100        50   20000  1
 *   41002  E1   nord          900        90   22000  null
 *   41003  E2   sud           200        20   null   2
 *   41004  E2   sud             0         0   null   0
 * share 75+ nord: ratio of sums 140 / 1000 = 14 %; the mean of the commune ratios would be (50 + 10) / 2 = 30 %.
 * share 75+ sud: 20 / 200 = 10 %; 41004 has no inhabitant, so its own ratio is null (never a division by 0).
 * département: 160 / 1200 = 13.333… %.
 */
const communes = arrowStream([
  { name: 'code', type: 'utf8', values: ['41001', '41002', '41003', '41004'] },
  { name: 'epci_code', type: 'utf8', values: ['E1', 'E1', 'E2', 'E2'] },
  { name: 'territoire', type: 'utf8', values: ['nord', 'nord', 'sud', 'sud'] },
]);
const stats = arrowStream([
  { name: 'code', type: 'utf8', values: ['41001', '41002', '41003', '41004'] },
  { name: 'P22_POP', type: 'float64', values: [100, 900, 200, 0] },
  { name: 'P22_POP75P', type: 'float64', values: [50, 90, 20, 0] },
  { name: 'MED21', type: 'float64', values: [20000, 22000, null, null] },
  { name: 'X', type: 'float64', values: [1, null, 2, 0] },
]);
const share75: IndicatorSpec = { kind: 'ratio', numerator: 'P22_POP75P', denominator: 'P22_POP', offset: 0, scale: 100 };
const median: IndicatorSpec = { kind: 'median', numerator: 'MED21', denominator: null, offset: 0, scale: 1 };
const countX: IndicatorSpec = { kind: 'count', numerator: 'X', denominator: null, offset: 0, scale: 1 };

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openDuckDB({ communes, stats });
}, 30_000);

const byCode = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [r.code, r]));

describe('indicatorByLevel: ratio', () => {
  it('territory value is the ratio of sums, not the mean of ratios', () => {
    const t = byCode(run(conn, indicatorByLevel(share75, 'territoire')));
    expect(t.nord.value).toBeCloseTo(14, 10);
    expect(t.nord.value).not.toBeCloseTo(30, 1);
    expect(t.nord).toMatchObject({ numerator: 140, denominator: 1000, n_communes: 2, min: 10, max: 50 });
    expect(t.sud.value).toBeCloseTo(10, 10);
  });
  it('commune level never divides by zero', () => {
    const c = byCode(run(conn, indicatorByLevel(share75, 'commune')));
    expect(c['41001'].value).toBeCloseTo(50, 10);
    expect(c['41004'].value).toBeNull();
  });
  it('département and EPCI', () => {
    expect(run(conn, indicatorByLevel(share75, 'departement'))[0].value).toBeCloseTo(13.3333333, 6);
    expect(byCode(run(conn, indicatorByLevel(share75, 'epci'))).E2.value).toBeCloseTo(10, 10);
  });
  it('applies offset and scale (population change style)', () => {
    const change: IndicatorSpec = { kind: 'ratio', numerator: 'P22_POP', denominator: 'P22_POP75P', offset: 1, scale: 100 };
    // nord: 1000 / 140 − 1 = 6.142857… → 614.2857 %
    expect(byCode(run(conn, indicatorByLevel(change, 'territoire'))).nord.value).toBeCloseTo(614.2857142857, 6);
  });
});

describe('indicatorByLevel: withheld values', () => {
  it('a count with a withheld member is not summed at group level', () => {
    const t = byCode(run(conn, indicatorByLevel(countX, 'territoire')));
    expect(t.nord.value).toBeNull(); // 41002 is withheld: 1 + ? is unknown
    expect(t.sud.value).toBe(2);
  });
  it('a median is shown per commune and only as a range above it', () => {
    const c = byCode(run(conn, indicatorByLevel(median, 'commune')));
    expect(c['41002'].value).toBe(22000);
    expect(c['41003'].value).toBeNull();
    const t = byCode(run(conn, indicatorByLevel(median, 'territoire')));
    expect(t.nord).toMatchObject({ value: null, min: 20000, max: 22000, n_values: 2, pop_with_value: 1000, pop_total: 1000 });
    expect(t.sud).toMatchObject({ value: null, min: null, n_values: 0, pop_with_value: 0 });
  });
});

describe('indicatorByLevel: column whitelist', () => {
  it.each(['P22_POP"; DROP TABLE stats; --', '1=1', ''])('rejects %j', (name) =>
    expect(() => indicatorByLevel({ ...share75, numerator: name }, 'commune')).toThrow(/invalid column name/));
});
