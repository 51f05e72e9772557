import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection } from './geometry.ts';
import { CheckList } from './errors.ts';

export interface GridCell {
  x: number;
  y: number;
  lon: number;
  lat: number;
  /** INSEE `ind`: people in fiscal households (Filosofi 2021) */
  ind: number;
  /** INSEE `ind_snv`: sum of standard of living, € */
  indSnv: number;
  /** how many of the 25 underlying 200 m cells INSEE imputed */
  imputed: number;
}

export interface Origin {
  id: string;
  kind: 'cell' | 'centre';
  commune: string;
  lon: number;
  lat: number;
  /** census population allotted to this origin (commune P22_POP × the cell's share of the commune's Filosofi population) */
  share: number;
  cell: GridCell | null;
}

export function parseGrid(rows: Record<string, string>[]): GridCell[] {
  return rows
    .filter((r) => r.in_dept41 === '1')
    .map((r) => ({
      x: Number(r.x_laea), y: Number(r.y_laea), lon: Number(r.lon), lat: Number(r.lat),
      ind: Number(r.ind), indSnv: Number(r.ind_snv), imputed: Number(r.imputed),
    }));
}

type Poly = { code: string; bbox: [number, number, number, number]; feature: FeatureCollection['features'][number] };

function bboxOf(coords: unknown): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0] as number); b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0] as number); b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(coords);
  return b;
}

/**
 * The commune containing each point, by point-in-polygon on the commune outlines; a point that falls in
 * no polygon (a cell centre on the border, lost to simplification) goes to the nearest town centre.
 */
export function locateCommunes(
  points: { lon: number; lat: number }[],
  communes: FeatureCollection,
  centres: Map<string, { lon: number; lat: number }>,
): { codes: string[]; fallback: number } {
  const polys: Poly[] = communes.features.map((f) => ({ code: String(f.properties.code), bbox: bboxOf(f.geometry.coordinates), feature: f }));
  let fallback = 0;
  const codes = points.map((p) => {
    for (const poly of polys) {
      const [x0, y0, x1, y1] = poly.bbox;
      if (p.lon < x0 || p.lon > x1 || p.lat < y0 || p.lat > y1) continue;
      if (booleanPointInPolygon([p.lon, p.lat], poly.feature as never)) return poly.code;
    }
    fallback++;
    let best = '';
    let bestD = Infinity;
    for (const [code, c] of centres) {
      const d = (c.lon - p.lon) ** 2 * Math.cos((p.lat * Math.PI) / 180) ** 2 + (c.lat - p.lat) ** 2;
      if (d < bestD) [best, bestD] = [code, d];
    }
    return best;
  });
  return { codes, fallback };
}

/**
 * Origins of trips: every populated grid cell, weighted by its share of its commune's Filosofi
 * population; a commune without a populated cell gets one origin at its town centre with share 1.
 * Shares of each commune sum to 1, so census totals are kept exactly.
 */
export function buildOrigins(
  cells: GridCell[],
  cellCommune: string[],
  communeCodes: string[],
  centres: Map<string, { lon: number; lat: number }>,
): Origin[] {
  const indByCommune = new Map<string, number>();
  cells.forEach((c, i) => indByCommune.set(cellCommune[i], (indByCommune.get(cellCommune[i]) ?? 0) + c.ind));
  const origins: Origin[] = cells.map((c, i) => ({
    id: `G${c.x / 1000}-${c.y / 1000}`,
    kind: 'cell',
    commune: cellCommune[i],
    lon: c.lon,
    lat: c.lat,
    share: c.ind / indByCommune.get(cellCommune[i])!,
    cell: c,
  }));
  for (const code of communeCodes) {
    if (indByCommune.has(code)) continue;
    const p = centres.get(code)!;
    origins.push({ id: `C${code}`, kind: 'centre', commune: code, lon: p.lon, lat: p.lat, share: 1, cell: null });
  }
  const checks = new CheckList();
  const total = new Map<string, number>();
  for (const o of origins) total.set(o.commune, (total.get(o.commune) ?? 0) + o.share);
  for (const code of communeCodes) checks.check(Math.abs((total.get(code) ?? 0) - 1) < 1e-9, `origins of commune ${code} do not sum to its population`);
  checks.throwIfFailed('trip origins');
  return origins.sort((a, b) => a.commune.localeCompare(b.commune) || a.id.localeCompare(b.id));
}
