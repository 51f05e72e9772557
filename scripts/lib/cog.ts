import { PipelineError } from './errors.ts';
import { normaliseCommuneCode } from './insee.ts';

export interface CogCommuneRecord {
  code: string;
  nom: string;
  type: string;
  arrondissement?: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
}
export interface EpciRecord {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}

export interface Commune {
  code: string;
  nom: string;
  arrondissement: string;
  codesPostaux: string[];
  anciensCodes: string[];
  epciCode: string;
  epciNom: string;
}

/** Former names → current commune, from the communes déléguées / associées (for search). */
export interface FormerName {
  code: string;
  nom: string;
  current: string;
}

/**
 * Keeps the `commune-actuelle` records of COG 2026 and attaches each one's EPCI.
 * Fails if a commune has no EPCI or two, or if an EPCI lists a code that is not a current commune of 41.
 */
export function buildCommunes(records: CogCommuneRecord[], epcis: EpciRecord[]): { communes: Commune[]; former: FormerName[] } {
  const current = records.filter((r) => r.type === 'commune-actuelle');
  const epciOf = new Map<string, EpciRecord[]>();
  const problems: string[] = [];
  const codes = new Set(current.map((c) => normaliseCommuneCode(c.code)));
  for (const e of epcis) {
    for (const m of e.membres) {
      if (!m.code.startsWith('41')) continue; // CC des Terres du Val de Loire straddles dept 45
      const code = normaliseCommuneCode(m.code);
      if (!codes.has(code)) problems.push(`EPCI ${e.code} lists ${code}, which is not a current commune of Loir-et-Cher`);
      epciOf.set(code, [...(epciOf.get(code) ?? []), e]);
    }
  }
  const communes: Commune[] = current.map((r) => {
    const code = normaliseCommuneCode(r.code);
    const e = epciOf.get(code) ?? [];
    if (e.length !== 1) problems.push(`commune ${code} ${r.nom} belongs to ${e.length} EPCI (expected exactly 1)`);
    if (!r.arrondissement) problems.push(`commune ${code} ${r.nom} has no arrondissement`);
    return {
      code,
      nom: r.nom,
      arrondissement: r.arrondissement ?? '',
      codesPostaux: [...(r.codesPostaux ?? [])].sort(),
      anciensCodes: [...(r.anciensCodes ?? [])].map(normaliseCommuneCode).sort(),
      epciCode: e[0]?.code ?? '',
      epciNom: e[0]?.nom ?? '',
    };
  });
  if (problems.length) throw new PipelineError('COG 2026 / EPCI:\n  - ' + problems.join('\n  - '));
  communes.sort((a, b) => a.code.localeCompare(b.code));
  const former = records
    .filter((r) => r.type !== 'commune-actuelle' && r.chefLieu)
    .map((r) => ({ code: normaliseCommuneCode(r.code), nom: r.nom, current: normaliseCommuneCode(r.chefLieu!) }))
    .sort((a, b) => a.code.localeCompare(b.code) || a.nom.localeCompare(b.nom));
  return { communes, former };
}

/**
 * Former commune code → current commune code, from `anciensCodes` and from the communes déléguées /
 * associées (`chefLieu`). Current codes map to themselves. Sources older than COG 2026 (La Poste 2020,
 * SNCF) still use former codes such as 41272 Veuves, now part of Veuzain-sur-Loire.
 */
export function currentCodeMap(records: CogCommuneRecord[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of records) {
    if (r.type !== 'commune-actuelle') continue;
    const code = normaliseCommuneCode(r.code);
    m.set(code, code);
    for (const old of r.anciensCodes ?? []) m.set(normaliseCommuneCode(old), code);
  }
  for (const r of records) {
    if (r.type !== 'commune-actuelle' && r.chefLieu && !m.has(normaliseCommuneCode(r.code))) {
      m.set(normaliseCommuneCode(r.code), normaliseCommuneCode(r.chefLieu));
    }
  }
  return m;
}
