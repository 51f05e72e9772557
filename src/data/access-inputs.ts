import type { Table } from 'apache-arrow';
import type { Bridge, CrowModel } from '../domain/access/travel-time';

/** `public/data/access-model.json`: how the travel times were produced (see scripts/build-data.ts). */
export interface AccessModelFile {
  method: 'crow-calibrated' | 'osm';
  model: CrowModel;
  calibration: { n: number; maxKm: number; maeMin: number; medianRelError: number; p90AbsErrorMin: number; source: string };
  loire: { note: { fr: string; en: string }; river: [number, number][]; bridges: (Bridge & { nom: string; in_dept: boolean })[] };
}

export interface OriginRow {
  id: string;
  commune: string;
  territoire: string;
  lon: number;
  lat: number;
  side: number;
  pop: number;
  pop_75p: number;
  fam_mono: number;
  chom_1564: number;
}

export interface SiteRow {
  id: string;
  type: 'mds' | 'commune';
  nom: string;
  commune: string;
  /** `ouverte` | `prevue` for MDS, `candidat` for a town centre */
  statut: string;
  precision: string;
  lon: number;
  lat: number;
  side: number;
}

export interface AccessInputs {
  origins: OriginRow[];
  sites: SiteRow[];
  model: AccessModelFile;
}

function rows<T>(table: Table, columns: (keyof T & string)[]): T[] {
  const vectors = columns.map((c) => {
    const v = table.getChild(c);
    if (!v) throw new Error(`table is missing column ${c}`);
    return v;
  });
  const out: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const r: Record<string, unknown> = {};
    columns.forEach((c, k) => (r[c] = vectors[k].get(i)));
    out[i] = r as T;
  }
  return out;
}

/** Arrow tables `origins` and `sites` (as shipped in public/data) → plain rows for the access domain. */
export function accessInputsFromTables(origins: Table, sites: Table, model: AccessModelFile): AccessInputs {
  return {
    origins: rows<OriginRow>(origins, ['id', 'commune', 'territoire', 'lon', 'lat', 'side', 'pop', 'pop_75p', 'fam_mono', 'chom_1564']),
    sites: rows<SiteRow>(sites, ['id', 'type', 'nom', 'commune', 'statut', 'precision', 'lon', 'lat', 'side']),
    model,
  };
}
