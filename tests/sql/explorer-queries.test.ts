import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { communeGroups } from '../../src/data/queries/commune-groups.ts';
import { gridCells } from '../../src/data/queries/grid-cells.ts';
import { indicatorByLevel } from '../../src/data/queries/indicator-by-level.ts';
import { communeGroupsFromRows } from '../../src/domain/indicators/commune-groups.ts';
import { departementValue } from '../../src/domain/indicators/departement-value.ts';
import { gridCellsFromRows } from '../../src/domain/indicators/grid-cells.ts';
import { parseCatalog } from '../../src/domain/indicators/parse-catalog.ts';
import { parseCommuneStats } from '../../src/domain/stats/parse-commune-stats.ts';
import { openDuckDB, publicTable, run } from './support/duckdb.ts';

/*
 * The explorer's queries on the shipped tables (communes, stats, origins), and the département
 * reference computed in TS (first-paint file) against the same ratio of sums in SQL.
 */
const root = join(import.meta.dirname, '../..');
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, 'public/data', file), 'utf8'));
const catalog = parseCatalog(json('indicators.json'));
const stats = parseCommuneStats(json('commune-stats.json'));

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openDuckDB({
    communes: publicTable('communes'),
    stats: publicTable('stats'),
    origins: publicTable('origins'),
  });
}, 30_000);

describe('gridCells', () => {
  it('returns the 4,451 populated 1 km cells with their corners and Filosofi values', () => {
    const cells = gridCellsFromRows(run(conn, gridCells()));
    expect(cells).toHaveLength(4451);
    expect(new Set(cells.map((c) => c.id)).size).toBe(4451);
    for (const c of cells) {
      expect(c.x % 1000, c.id).toBe(0);
      expect(c.y % 1000, c.id).toBe(0);
      expect(c.ind, c.id).toBeGreaterThan(0);
      expect(c.imputed, c.id).toBeGreaterThanOrEqual(0);
      expect(c.imputed, c.id).toBeLessThanOrEqual(25);
    }
    expect(cells.reduce((s, c) => s + c.ind, 0)).toBe(322638);
    const [first] = cells;
    expect(first?.id.localeCompare(cells[1]?.id ?? '')).toBeLessThan(0);
  });
});

describe('communeGroups', () => {
  it('gives every commune one EPCI and one territory; each EPCI lies in one territory', () => {
    const rows = run(conn, communeGroups());
    expect(rows).toHaveLength(267);
    const groups = communeGroupsFromRows(rows);
    expect(groups.epciNames.size).toBe(12);
    expect(new Set([...groups.byCommune.values()].map((g) => g.territory))).toEqual(new Set(['nord', 'centre', 'sud']));
    for (const [epci, territories] of groups.epciTerritories) expect(territories, epci).toHaveLength(1);
    expect(groups.byCommune.get('41018')).toMatchObject({ name: 'Blois', territory: 'centre' });
  });
});

describe('département reference value', () => {
  it.each(catalog.indicators.map((i) => [i.id, i] as const))(
    '%s: TS ratio of sums on the first-paint file equals SQL at département level',
    (_, indicator) => {
      const sql = run(conn, indicatorByLevel(indicator, 'departement'))[0]?.value ?? null;
      const ts = departementValue(indicator, stats);
      if (indicator.kind === 'median' || indicator.kind === 'published-rate') {
        expect(ts).toBeNull();
      } else if (sql === null) {
        expect(ts).toBeNull();
      } else {
        expect(ts).not.toBeNull();
        expect(ts ?? Number.NaN).toBeCloseTo(sql as number, 6);
      }
    },
  );

  it('share of 75+: 12.68 % for the département, between the territory values', () => {
    const ind = catalog.indicators.find((i) => i.id === 'part-75-plus');
    if (!ind) throw new Error('part-75-plus missing');
    const dept = departementValue(ind, stats) ?? Number.NaN;
    expect(dept).toBeCloseTo(12.6777, 3);
    const t = Object.fromEntries(run(conn, indicatorByLevel(ind, 'territoire')).map((r) => [r.code, r.value as number]));
    expect(t.centre).toBeCloseTo(10.807, 3);
    expect(t.sud).toBeCloseTo(14.087, 3);
    expect(t.nord).toBeCloseTo(14.588, 3);
  });
});
