/**
 * The shipped mobility files against the raw SNCF and bus files, recomputed here independently,
 * and the extra-GTFS path end to end (OBS41_GTFS_DIRS with the real TGV fixture).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import type { RailLines } from '../../../scripts/lib/mobility/rail-lines.ts';

const root = resolve(import.meta.dirname, '../../..');
const rawDir = process.env.OBS41_DATA_RAW ?? join(root, '../shared/data-raw');
const present = existsSync(join(rawDir, 'sncf-gtfs-2024-12/ter_trips_41.csv'));
const raw = (rel: string) => parseCsv(readFileSync(join(rawDir, rel), 'utf8'), { separator: ',' });
const rows = (dir: string, file: string) => tableFromIPC(readFileSync(join(dir, file))).toArray().map((r) => r.toJSON() as Record<string, unknown>);

describe.skipIf(!present)('stops.arrow and mobility.arrow on the real data', () => {
  const stops = rows(join(root, 'public/data'), 'stops.arrow');
  const stop = (id: string) => stops.find((s) => s.id === id)!;

  it("gives Blois-Chambord the Tuesday trips of line 570000's routes, counted from the raw GTFS", () => {
    const def = JSON.parse(readFileSync(join(root, 'data/rail-lines.json'), 'utf8')) as RailLines;
    const names = new Set(def.lines.find((l) => l.code === '570000')!.routes);
    const routeIds = new Set(raw('sncf-gtfs-2024-12/ter_routes_41.csv').filter((r) => names.has(r.route_short_name)).map((r) => r.route_id));
    const tuesday = new Set(raw('sncf-gtfs-2024-12/ter_calendar_dates_41.csv').filter((c) => c.date === '20250114' && c.exception_type === '1').map((c) => c.service_id));
    const trips = raw('sncf-gtfs-2024-12/ter_trips_41.csv').filter((t) => routeIds.has(t.route_id) && tuesday.has(t.service_id)).length;
    // SOURCES-mobility.md §3: K16 25 + K6+ 8 + K16+ 5 + P16 6 + P166 3 + P6 3 + K1 4 + 3
    expect(trips).toBe(57);
    expect(stop('GARE-87574004')).toMatchObject({ name: 'Blois - Chambord', trains_ligne_mardi: trips, line_codes: '570000', tgv_mardi: null });
  });

  it('counts 15 TGV at Vendôme–Villiers on the Tuesday (23 stop rows, coupled units once)', () =>
    expect(stop('GARE-87571216')).toMatchObject({ tgv_mardi: 15, tgv_samedi: 9, tgv_dimanche: 10, trains_ligne_mardi: null }));

  it('leaves null, not 0, at a station whose line is not in the TER extract', () =>
    expect(stop('GARE-87396325')).toMatchObject({ name: 'La Ferté-Bernard', trains_ligne_mardi: null }));

  it('has the SOURCES counts: 34 stations in 41, 667 bus stops, no coach counted as rail', () => {
    expect(stops.filter((s) => s.kind === 'gare' && s.in_dept).length).toBe(34);
    expect(stops.filter((s) => s.kind === 'bus').length).toBe(667);
    expect(stops.filter((s) => s.kind === 'car').every((s) => s.trains_ligne_mardi === null && s.lines === null)).toBe(true);
  });

  it('gives a bus stop on Azalys A (21 min) and B (20 min) a combined headway of 420/41 min', () => {
    const ab = stops.find((s) => s.network === 'Azalys' && s.lines === 'A;B')!;
    expect(ab.headway_min).toBeCloseTo(420 / 41, 2);
    expect(ab.frequent).toBe(true);
  });

  it('keeps the commune order of communes.arrow and null bus values where there is no urban network', () => {
    const communes = rows(join(root, 'public/data'), 'communes.arrow').map((c) => c.code);
    const mob = rows(join(root, 'public/data'), 'mobility.arrow');
    expect(mob.map((m) => m.code)).toEqual(communes);
    for (const m of mob) {
      if (m.bus_urbain) expect(typeof m.bus_pop_500m_pct).toBe('number');
      else expect([m.bus_pop_500m_pct, m.bus_frequent_marche_m, m.bus_reseau]).toEqual([null, null, null]);
    }
    expect(mob.filter((m) => m.bus_urbain).length).toBe(54);
  });
});

describe.skipIf(!present)('extra GTFS network (OBS41_GTFS_DIRS)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'obs41-gtfs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('adds the fixture stop with its hand-counted departures and changes nothing else', () => {
    const fixture = join(root, 'tests/fixtures/gtfs/tgv-vendome');
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], {
      cwd: root, stdio: 'pipe', env: { ...process.env, OBS41_OUT: tmp, OBS41_GTFS_DIRS: fixture, OBS41_GTFS_DATE: '' },
    });
    const added = rows(tmp, 'stops.arrow').filter((s) => s.network === 'tgv-vendome');
    expect(added).toEqual([expect.objectContaining({
      id: 'tgv-vendome:StopPoint:OCETGV INOUI-87571216', kind: 'gare', in_dept: true, lines: '421F;421I', departs_jour: 15, jour_ref: '20250114',
    })]);
    const mob = rows(tmp, 'mobility.arrow');
    expect(mob.every((m) => m.gtfs_arret_id === added[0].id && m.gtfs_departs_jour === 15)).toBe(true);
    const changed = readdirSync(tmp).filter((f) => !readFileSync(join(tmp, f)).equals(readFileSync(join(root, 'public/data', f))));
    expect(changed.sort()).toEqual(['manifest.json', 'mobility-notes.json', 'mobility.arrow', 'stops.arrow']);
  }, 120_000);
});
