import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { indicatorByLevel, type IndicatorSpec } from '../../src/data/queries/indicator-by-level.ts';
import { openDuckDB, publicTable, run } from './support/duckdb.ts';

/** The shipped tables, checked against figures INSEE publishes and against the first-paint file. */
const root = join(import.meta.dirname, '../..');
const catalogue = JSON.parse(readFileSync(join(root, 'public/data/indicators.json'), 'utf8')) as {
  indicators: (IndicatorSpec & { id: string })[];
};
const firstPaint = JSON.parse(readFileSync(join(root, 'public/data/commune-stats.json'), 'utf8')) as {
  columns: Record<string, (number | string | null)[]>;
};
const ind = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openDuckDB({ communes: publicTable('communes'), stats: publicTable('stats') });
}, 30_000);

describe('shipped data in DuckDB', () => {
  it('population RP 2022 of Loir-et-Cher is INSEE\'s 328,953, split 67,176 / 151,597 / 110,180', () => {
    const dept = run(conn, indicatorByLevel(ind('population'), 'departement'))[0];
    expect(dept.value).toBe(328953);
    const t = Object.fromEntries(run(conn, indicatorByLevel(ind('population'), 'territoire')).map((r) => [r.code, r.value]));
    expect(t).toEqual({ centre: 151597, nord: 67176, sud: 110180 });
  });
  it('known commune values (INSEE comparateur): Blois, Vendôme', () => {
    const pop = Object.fromEntries(run(conn, indicatorByLevel(ind('population'), 'commune')).map((r) => [r.code, r.value]));
    expect(pop['41018']).toBe(47092); // Blois, P22_POP in base_cc_comparateur (RP 2022)
    expect(pop['41269']).toBe(15566); // Vendôme
  });
  it('the median income is published for 258 communes and the poverty rate for 25', () => {
    const med = run(conn, indicatorByLevel(ind('revenu-median'), 'commune'));
    expect(med.filter((r) => r.value !== null)).toHaveLength(258);
    expect(run(conn, indicatorByLevel(ind('taux-pauvrete'), 'commune')).filter((r) => r.value !== null)).toHaveLength(25);
  });
  it.each(catalogue.indicators.map((i) => i.id))('%s: SQL commune values equal the first-paint values computed in TS', async (id) => {
    const { computeIndicatorValue } = await import('../../src/domain/indicators/compute.ts');
    const spec = ind(id);
    const sql = Object.fromEntries(run(conn, indicatorByLevel(spec, 'commune')).map((r) => [r.code, r.value as number | null]));
    const codes = firstPaint.columns.code as string[];
    codes.forEach((code, k) => {
      const ts = computeIndicatorValue(spec as never, firstPaint.columns[spec.numerator][k] as number | null, spec.denominator ? (firstPaint.columns[spec.denominator][k] as number | null) : null);
      if (ts === null) expect(sql[code], `${id} ${code}`).toBeNull();
      else expect(sql[code], `${id} ${code}`).toBeCloseTo(ts, 9);
    });
  });
});
