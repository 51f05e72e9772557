import { CheckList } from './errors.ts';
import { normaliseCommuneCode } from './insee.ts';

export type ServiceType = 'mds' | 'france_services' | 'gare' | 'poste';

export interface ServicePoint {
  id: string;
  type: ServiceType;
  nom: string;
  commune: string;
  code_commune: string;
  in_dept: boolean;
  /** mds: `ouverte` | `prevue`; france_services: format; gare: SNCF segment; poste: kind of site */
  statut: string;
  /** how precise the position is, in the source's words or ours */
  precision: string;
  source: string;
  date: string;
  lon: number;
  lat: number;
}

const num = (s: string | undefined) => {
  const v = Number(String(s ?? '').trim().replace(',', '.'));
  return Number.isFinite(v) && String(s ?? '').trim() !== '' ? v : NaN;
};

export function mdsStatus(text: string): 'ouverte' | 'prevue' {
  return /pr[ée]vue/i.test(text) ? 'prevue' : 'ouverte';
}

export function parseMds(rows: Record<string, string>[]): ServicePoint[] {
  return rows.map((r) => ({
    id: r.mds_id,
    type: 'mds',
    nom: r.nom,
    commune: r.commune,
    code_commune: normaliseCommuneCode(r.code_insee),
    in_dept: true,
    statut: mdsStatus(r.statut_selon_sources),
    precision: /France services/i.test(r.geocodage) ? 'locaux-france-services' : 'centroide-commune',
    source: 'cd41-mds',
    date: '2026-03',
    lon: num(r.lon),
    lat: num(r.lat),
  }));
}

export function parseFranceServices(rows: Record<string, string>[]): ServicePoint[] {
  return rows.map((r) => ({
    id: `FS-${r.id_fs}`,
    type: 'france_services',
    nom: r.lib_fs,
    commune: r.lib_com,
    code_commune: normaliseCommuneCode(r.insee_com),
    in_dept: r.insee_dep === '41',
    statut: r.format_fs,
    precision: 'adresse',
    source: 'anct-france-services-2024',
    date: '2024-08-01',
    lon: num(r.longitude),
    lat: num(r.latitude),
  }));
}

export function parseGares(rows: Record<string, string>[]): ServicePoint[] {
  return rows
    .filter((r) => r['Position géographique'].trim() !== '')
    .map((r) => {
      const [lat, lon] = r['Position géographique'].split(',').map(num);
      const code = normaliseCommuneCode(r['Code commune']);
      return {
        id: `GARE-${r['Code(s) UIC'].split(/[;,\s]/)[0]}`,
        type: 'gare' as const,
        nom: r.Nom,
        commune: '',
        code_commune: code,
        in_dept: code.startsWith('41'),
        statut: r['Segment(s) DRG'],
        precision: 'gare',
        source: 'sncf-gares',
        date: '2025',
        lon,
        lat,
      };
    });
}

export function parsePoste(rows: Record<string, string>[]): ServicePoint[] {
  return rows.map((r) => ({
    id: `POSTE-${r['#Identifiant_du_site']}`,
    type: 'poste',
    nom: r['Libellé_du_site'],
    commune: r['Localité'],
    code_commune: normaliseCommuneCode(r.Code_INSEE),
    in_dept: r.Code_INSEE.startsWith('41'),
    statut: r['Caractéristique_du_site'],
    precision: r['Précision_du_géocodage'],
    source: 'laposte-2020',
    date: '2020-12',
    lon: num(r.Longitude),
    lat: num(r.Latitude),
  }));
}

/** Every point has finite coordinates inside a box around the département, a unique id, and (inside 41) a current commune code. */
export function checkServices(points: ServicePoint[], communeCodes: Set<string>, expectedInDept: Record<ServiceType, number>): void {
  const checks = new CheckList();
  const ids = new Set<string>();
  for (const p of points) {
    checks.check(!ids.has(p.id), `duplicate service id ${p.id}`);
    ids.add(p.id);
    checks.check(Number.isFinite(p.lon) && Number.isFinite(p.lat) && p.lon > -0.5 && p.lon < 3.2 && p.lat > 46.6 && p.lat < 48.7,
      `${p.id} ${p.nom}: coordinates ${p.lon}, ${p.lat} are missing or far outside Loir-et-Cher`);
    if (p.in_dept) checks.check(communeCodes.has(p.code_commune), `${p.id} ${p.nom}: commune code ${p.code_commune} is not a current commune (orphan code)`);
  }
  for (const [type, n] of Object.entries(expectedInDept)) {
    const got = points.filter((p) => p.type === type && p.in_dept).length;
    checks.check(got === n, `${type}: ${got} points in Loir-et-Cher, expected ${n}`);
  }
  checks.throwIfFailed('service points');
}
