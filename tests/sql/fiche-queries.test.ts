import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { communeAccess } from '../../src/data/queries/commune-access.ts';
import { communeProfile } from '../../src/data/queries/commune-profile.ts';
import { irisOfCommune } from '../../src/data/queries/iris-of-commune.ts';
import { servicesNearCommune } from '../../src/data/queries/services-near-commune.ts';
import { crowKm } from '../../src/domain/access/travel-time.ts';
import { arrowStream } from '../../scripts/lib/write.ts';
import { openDuckDB, publicTable, run } from './support/duckdb.ts';

/*
 * Fixture for the distance query (hand-worked: 0.1° of latitude = 11.12 km on a 6371.0088 km sphere):
 *   communes: 41001 at (1.0, 47.0)
 *   services: S1 gare (1.0, 47.05) 5.56 km · S2 gare (1.0, 47.2) 22.24 km · S3 mds (1.0, 46.9) 11.12 km
 *             S4 poste (1.0, 47.0) 0 km
 */
const fixture = {
  communes: arrowStream([
    { name: 'code', type: 'utf8', values: ['41001'] },
    { name: 'lon', type: 'float64', values: [1.0] },
    { name: 'lat', type: 'float64', values: [47.0] },
  ]),
  services: arrowStream([
    { name: 'id', type: 'utf8', values: ['S1', 'S2', 'S3', 'S4'] },
    { name: 'type', type: 'utf8', values: ['gare', 'gare', 'mds', 'poste'] },
    { name: 'nom', type: 'utf8', values: ['Gare 1', 'Gare 2', 'MDS 3', 'Poste 4'] },
    { name: 'commune', type: 'utf8', values: ['', '', 'X', 'Y'] },
    { name: 'code_commune', type: 'utf8', values: ['41001', '41002', '41003', '41001'] },
    { name: 'statut', type: 'utf8', values: ['C', 'B', 'ouverte', 'Bureau de Poste'] },
    { name: 'in_dept', type: 'bool', values: [true, true, true, true] },
    { name: 'lon', type: 'float64', values: [1.0, 1.0, 1.0, 1.0] },
    { name: 'lat', type: 'float64', values: [47.05, 47.2, 46.9, 47.0] },
  ]),
};

describe('servicesNearCommune on a fixture', () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await openDuckDB(fixture);
  }, 30_000);

  it('keeps the asked types within the radius, nearest first, with haversine km', () => {
    const rows = run(conn, servicesNearCommune('41001', ['gare', 'mds'], 15));
    expect(rows.map((r) => r.id)).toEqual(['S1', 'S3']);
    expect(rows[0]?.km).toBeCloseTo(5.5597, 3);
    expect(rows[1]?.km).toBeCloseTo(11.1195, 3);
  });
  it('matches crowKm of the domain', () => {
    const [row] = run(conn, servicesNearCommune('41001', ['gare'], 100)).filter((r) => r.id === 'S2');
    expect(row?.km).toBeCloseTo(crowKm({ lon: 1, lat: 47 }, { lon: 1, lat: 47.2 }), 9);
  });
  it('no row for an unknown commune', () => {
    expect(run(conn, servicesNearCommune('99999', ['gare'], 100))).toEqual([]);
  });
  it('needs at least one type', () => {
    expect(() => servicesNearCommune('41001', [], 10)).toThrow();
  });
});

describe('fiche queries on the shipped tables', () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await openDuckDB({
      communes: publicTable('communes'),
      services: publicTable('services'),
      access: publicTable('access'),
      iris: publicTable('iris'),
    });
  }, 30_000);

  it('profile of Vendôme: territory nord, town centre inside the commune', () => {
    const [p] = run(conn, communeProfile('41269'));
    expect(p).toMatchObject({ code: '41269', nom: 'Vendôme', territoire: 'nord' });
    expect(p?.lon).toBeCloseTo(1.07, 1);
    expect(p?.lat).toBeCloseTo(47.79, 1);
    expect(run(conn, communeProfile('00000'))).toEqual([]);
  });
  it('estimated access of Vendôme: an MDS in town, a station within 2 km', () => {
    const [a] = run(conn, communeAccess('41269'));
    expect(a?.t_mds).toBeGreaterThan(0);
    expect(a?.t_mds).toBeLessThan(15);
    expect(a?.gare_km).toBeLessThan(2);
  });
  it('Vendôme has an open MDS in town and stations within 10 km, with their SNCF segment', () => {
    const mds = run(conn, servicesNearCommune('41269', ['mds'], 60));
    expect(mds[0]).toMatchObject({ type: 'mds', code_commune: '41269', statut: 'ouverte' });
    const gares = run(conn, servicesNearCommune('41269', ['gare'], 10));
    expect(gares.length).toBeGreaterThan(0);
    expect(gares.every((g) => (g.km as number) <= 10 && ['A', 'B', 'C'].includes(g.statut as string))).toBe(true);
  });
  it('every commune has an open MDS and a France services within 60 km', () => {
    const codes = run(conn, { sql: 'SELECT code FROM communes ORDER BY code', params: [] }).map((r) => r.code as string);
    expect(codes).toHaveLength(267);
    const farthest = { mds: 0, fs: 0 };
    for (const code of codes) {
      const rows = run(conn, servicesNearCommune(code, ['mds', 'france_services'], 60));
      const mds = rows.find((r) => r.type === 'mds' && r.statut === 'ouverte');
      const fs = rows.find((r) => r.type === 'france_services');
      expect(mds, `open MDS near ${code}`).toBeDefined();
      expect(fs, `France services near ${code}`).toBeDefined();
      farthest.mds = Math.max(farthest.mds, mds!.km as number);
      farthest.fs = Math.max(farthest.fs, fs!.km as number);
    }
    expect(farthest.mds).toBeLessThan(60);
  });
  it('IRIS of Blois: several, with scores around 100', () => {
    const rows = run(conn, irisOfCommune('41018'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.commune === '41018' && typeof r.score === 'number')).toBe(true);
    expect(run(conn, irisOfCommune('41001'))).toHaveLength(1);
  });
  it('the 5 communes with several IRIS are Blois, Vendôme, Romorantin-Lanthenay, Mer and Vineuil', () => {
    const rows = run(conn, { sql: 'SELECT commune FROM iris GROUP BY commune HAVING count(*) > 1 ORDER BY commune', params: [] });
    expect(rows.map((r) => r.commune)).toEqual(['41018', '41136', '41194', '41269', '41295']);
  });
});
