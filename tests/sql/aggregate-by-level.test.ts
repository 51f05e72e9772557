import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { indicatorByLevel, type Level } from '../../src/data/queries/indicator-by-level.ts';
import { aggregateByLevel } from '../../src/domain/compare/aggregate-by-level.ts';
import { parseTerritoryColumn } from '../../src/domain/compare/parse-territories.ts';
import { parseCatalog } from '../../src/domain/indicators/parse-catalog.ts';
import { parseCommuneStats } from '../../src/domain/stats/parse-commune-stats.ts';
import { openDuckDB, publicTable, run } from './support/duckdb.ts';

/**
 * The comparison page shows browser-computed values (aggregateByLevel on commune-stats.json) until
 * DuckDB is ready, then DuckDB's (indicatorByLevel on stats.arrow + communes.arrow). Both must
 * give the same rows for every indicator at every level, or the numbers would change under the user.
 */
const root = join(import.meta.dirname, '../..');
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, 'public/data', file), 'utf8'));
const catalog = parseCatalog(json('indicators.json'));
const stats = parseCommuneStats(json('commune-stats.json'));
const territoryOf = parseTerritoryColumn(json('commune-stats.json'));
const GROUP: Record<Exclude<Level, 'epci'>, (code: string) => string | undefined> = {
  commune: (code) => code,
  territoire: (code) => territoryOf.get(code),
  departement: () => '41',
};
const FIELDS = ['value', 'numerator', 'denominator', 'min', 'max', 'pop_total', 'pop_with_value'] as const;

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openDuckDB({ communes: publicTable('communes'), stats: publicTable('stats') });
}, 30_000);

function close(actual: unknown, expected: unknown, where: string): void {
  if (expected === null || actual === null) {
    expect(actual, where).toBe(expected);
    return;
  }
  const a = actual as number;
  const e = expected as number;
  expect(Math.abs(a - e), `${where}: ${a} vs ${e}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
}

describe('aggregateByLevel (browser) equals indicatorByLevel (DuckDB) on the shipped data', () => {
  const cases = catalog.indicators.flatMap((ind) =>
    (['commune', 'territoire', 'departement'] as const).map((level) => ({ id: ind.id, level, ind })),
  );
  it.each(cases)('$id by $level', ({ ind, level }) => {
    const sql = run(conn, indicatorByLevel(ind, level));
    const ts = aggregateByLevel(ind, stats, GROUP[level]);
    expect(ts.map((r) => r.code)).toEqual(sql.map((r) => r.code));
    ts.forEach((row, i) => {
      const other = sql[i] as Record<string, unknown>;
      expect(row.n_communes).toBe(other.n_communes);
      expect(row.n_values).toBe(other.n_values);
      for (const f of FIELDS) close(row[f], other[f] ?? null, `${ind.id} ${level} ${row.code} ${f}`);
    });
  });

  it('the default indicator (share of 75+) by territory, worked from the counts', () => {
    const ind = catalog.indicators.find((i) => i.id === 'part-75-plus')!;
    const rows = aggregateByLevel(ind, stats, GROUP.territoire);
    const pop = stats.columns.get('P22_POP')!;
    const p75 = stats.columns.get('P22_POP75P')!;
    for (const row of rows) {
      let num = 0;
      let den = 0;
      stats.codes.forEach((code, i) => {
        if (territoryOf.get(code) !== row.code) return;
        num += p75[i] as number;
        den += pop[i] as number;
      });
      expect(row.value).toBeCloseTo((num / den) * 100, 10);
    }
    expect(rows.map((r) => r.code)).toEqual(['centre', 'nord', 'sud']);
  });
});
