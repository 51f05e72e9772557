import { DataFormatError } from '../data-format-error';
import type { CommuneMobility, IrisBus, MobilityStop } from './types';

/** A row read from an Arrow table: column name → value (number, string, boolean or null). */
export type PlainRow = Readonly<Record<string, unknown>>;

const CODE = /^[0-9][0-9AB][0-9]{3}$/;

function num(v: unknown, where: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  throw new DataFormatError(`${where} : nombre attendu`);
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string' || v === '') throw new DataFormatError(`${where} : texte attendu`);
  return v;
}

const strOrNull = (v: unknown, where: string): string | null => (v === null || v === undefined ? null : str(v, where));

function bool(v: unknown, where: string): boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'boolean') throw new DataFormatError(`${where} : booléen attendu`);
  return v;
}

function code(v: unknown, where: string): string {
  const c = str(v, where);
  if (!CODE.test(c)) throw new DataFormatError(`${where} : code INSEE à 5 caractères attendu`);
  return c;
}

function byCode(rows: readonly PlainRow[], file: string): Map<string, PlainRow> {
  const out = new Map<string, PlainRow>();
  rows.forEach((r, i) => {
    const c = code(r.code, `${file}[${i}].code`);
    if (out.has(c)) throw new DataFormatError(`${file} : code ${c} en double`);
    out.set(c, r);
  });
  return out;
}

const STATS_COLUMNS = ['code', 'nom', 'territoire', 'P22_POP', 'P22_POP75P', 'C22_FAM', 'C22_FAMMONO', 'P22_ACT1564', 'P22_CHOM1564'] as const;

/**
 * Joins the per-commune files of the mobility page, in the order of `commune-stats.json`.
 *
 * @param access rows of access.arrow (`code, t_mds, t_mds_ouverte, t_france_services, t_gare, t_poste, gare_km`)
 * @param mobility rows of mobility.arrow (see data/README.md)
 * @param statsRaw the parsed commune-stats.json (`{ columns: { code, nom, territoire, P22_POP, … } }`)
 * @throws DataFormatError when a column is missing or has the wrong type, a code is malformed or
 *   duplicated, or a commune of the stats is absent from access.arrow or mobility.arrow
 */
export function joinCommuneMobility(access: readonly PlainRow[], mobility: readonly PlainRow[], statsRaw: unknown): CommuneMobility[] {
  const cols = (statsRaw as { columns?: Record<string, unknown> } | null)?.columns;
  if (typeof cols !== 'object' || cols === null) throw new DataFormatError('commune-stats.json : objet { columns } attendu');
  for (const k of STATS_COLUMNS) {
    if (!Array.isArray(cols[k])) throw new DataFormatError(`commune-stats.json : colonne ${k} absente`);
  }
  const col = (k: (typeof STATS_COLUMNS)[number]) => cols[k] as unknown[];
  const codes = col('code');
  for (const k of STATS_COLUMNS) {
    if (col(k).length !== codes.length) throw new DataFormatError(`commune-stats.json : colonne ${k} de longueur ${col(k).length}, ${codes.length} attendue`);
  }
  const acc = byCode(access, 'access.arrow');
  const mob = byCode(mobility, 'mobility.arrow');
  return codes.map((raw, i) => {
    const c = code(raw, `commune-stats.json code[${i}]`);
    const a = acc.get(c);
    const m = mob.get(c);
    if (!a) throw new DataFormatError(`access.arrow : commune ${c} absente`);
    if (!m) throw new DataFormatError(`mobility.arrow : commune ${c} absente`);
    const s = (k: (typeof STATS_COLUMNS)[number]) => num(col(k)[i], `commune-stats.json ${k}[${i}]`);
    const w = (k: string) => `mobility.arrow ${c}.${k}`;
    const gareId = strOrNull(m.gare_id, w('gare_id'));
    const busUrbain = bool(m.bus_urbain, w('bus_urbain'));
    const territoire = col('territoire')[i];
    return {
      code: c,
      nom: typeof col('nom')[i] === 'string' ? (col('nom')[i] as string) : c,
      territoire: typeof territoire === 'string' && territoire !== '' ? territoire : null,
      population: s('P22_POP'),
      pop75: s('P22_POP75P'),
      families: s('C22_FAM'),
      singleParent: s('C22_FAMMONO'),
      active1564: s('P22_ACT1564'),
      unemployed1564: s('P22_CHOM1564'),
      minutes: {
        mds: num(a.t_mds, `access.arrow ${c}.t_mds`),
        mdsOpen: num(a.t_mds_ouverte, `access.arrow ${c}.t_mds_ouverte`),
        franceServices: num(a.t_france_services, `access.arrow ${c}.t_france_services`),
        gare: num(a.t_gare, `access.arrow ${c}.t_gare`),
        poste: num(a.t_poste, `access.arrow ${c}.t_poste`),
      },
      nearestStationKm: num(a.gare_km, `access.arrow ${c}.gare_km`),
      station:
        gareId === null
          ? null
          : {
              id: gareId,
              nom: strOrNull(m.gare_nom, w('gare_nom')) ?? gareId,
              km: num(m.gare_km, w('gare_km')),
              minutes: num(m.gare_min, w('gare_min')),
              trainsLigne: num(m.gare_trains_ligne_mardi, w('gare_trains_ligne_mardi')),
              tgv: num(m.gare_tgv_mardi, w('gare_tgv_mardi')),
            },
      station5km: bool(m.gare_5km, w('gare_5km')),
      bus:
        busUrbain === true
          ? {
              network: strOrNull(m.bus_reseau, w('bus_reseau')) ?? '',
              stops: num(m.bus_arrets, w('bus_arrets')),
              frequentWalkM: num(m.bus_frequent_marche_m, w('bus_frequent_marche_m')),
              pop500Pct: num(m.bus_pop_500m_pct, w('bus_pop_500m_pct')),
            }
          : null,
    };
  });
}

/** Rows of mobility-iris.arrow → IRIS bus access. */
export function parseIrisBus(rows: readonly PlainRow[]): IrisBus[] {
  return rows.map((r, i) => ({
    iris: str(r.iris, `mobility-iris.arrow[${i}].iris`),
    commune: code(r.commune, `mobility-iris.arrow[${i}].commune`),
    nom: str(r.nom, `mobility-iris.arrow[${i}].nom`),
    frequentWalkM: num(r.bus_frequent_marche_m, `mobility-iris.arrow[${i}].bus_frequent_marche_m`),
    pop500Pct: num(r.bus_pop_500m_pct, `mobility-iris.arrow[${i}].bus_pop_500m_pct`),
    popShareOfCommunePct: num(r.pop_part_commune_pct, `mobility-iris.arrow[${i}].pop_part_commune_pct`),
  }));
}

/**
 * Rows of stops.arrow → the passenger stations (`kind` gare) and the frequent urban bus stops;
 * coach stops and non-frequent bus stops are left out. Rows without coordinates are dropped.
 */
export function parseStops(rows: readonly PlainRow[]): MobilityStop[] {
  const out: MobilityStop[] = [];
  rows.forEach((r, i) => {
    const w = (k: string) => `stops.arrow[${i}].${k}`;
    const kind = str(r.kind, w('kind'));
    const frequent = bool(r.frequent, w('frequent'));
    if (kind !== 'gare' && !(kind === 'bus' && frequent === true)) return;
    const lon = num(r.lon, w('lon'));
    const lat = num(r.lat, w('lat'));
    if (lon === null || lat === null) return;
    out.push({
      id: str(r.id, w('id')),
      kind,
      name: str(r.name, w('name')),
      network: strOrNull(r.network, w('network')) ?? '',
      inDept: bool(r.in_dept, w('in_dept')) ?? false,
      lon,
      lat,
      lines: strOrNull(r.lines, w('lines')),
      trainsLigne: num(r.trains_ligne_mardi, w('trains_ligne_mardi')),
      tgv: num(r.tgv_mardi, w('tgv_mardi')),
      headwayMin: num(r.headway_min, w('headway_min')),
      frequent,
    });
  });
  return out;
}
