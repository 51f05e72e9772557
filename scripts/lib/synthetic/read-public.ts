import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { AccessModelRecord, CatalogueRecord, CommuneRecord, DepartementData, OriginRecord, SiteRecord } from './types';

/** Rows of an Arrow table as plain objects (numbers stay numbers, nulls stay null). */
export function tableRows<T>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const vectors = names.map((n) => table.getChild(n));
  const out: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((n, k) => {
      const v = vectors[k]?.get(i) as unknown;
      row[n] = typeof v === 'bigint' ? Number(v) : (v ?? null);
    });
    out[i] = row as T;
  }
  return out;
}

/** Smallest box holding every [lon, lat] of a GeoJSON geometry tree and the extra points. */
export function boundingBox(coordinates: unknown, points: readonly { lon: number; lat: number }[] = []): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  };
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') add(c[0], c[1]);
    else for (const x of c) walk(x);
  };
  walk(coordinates);
  for (const p of points) add(p.lon, p.lat);
  return box;
}

/**
 * Reads the département's derived files (public/data by default) for the replica. Read only:
 * nothing is ever written back there.
 */
export function readDepartementData(dir: string): DepartementData {
  const arrow = (name: string) => tableFromIPC(readFileSync(join(dir, `${name}.arrow`)));
  const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  const communes = tableRows<CommuneRecord>(arrow('communes'));
  const statsTable = arrow('stats');
  const statsRows = tableRows<Record<string, unknown>>(statsTable);
  const columns = new Map<string, (number | null)[]>();
  for (const f of statsTable.schema.fields) {
    if (f.name === 'code') continue;
    columns.set(f.name, statsRows.map((r) => (typeof r[f.name] === 'number' ? (r[f.name] as number) : null)));
  }
  const origins = tableRows<OriginRecord>(arrow('origins'));
  const sites = tableRows<SiteRecord>(arrow('sites'));
  const accessModel = json('access-model.json') as AccessModelRecord;
  const catalogue = (json('indicators.json') as { indicators: CatalogueRecord[] }).indicators.map(
    ({ id, kind, numerator, denominator, offset, unit }) => ({ id, kind, numerator, denominator: denominator ?? null, offset, unit }),
  );
  const geo = json('communes.geojson') as { features: { geometry: { coordinates: unknown } }[] };
  const bbox = boundingBox(
    geo.features.map((f) => f.geometry.coordinates),
    [...origins, ...sites],
  );
  return {
    communes,
    stats: { codes: statsRows.map((r) => String(r.code)), columns },
    origins,
    sites,
    accessModel,
    catalogue,
    bbox,
  };
}
