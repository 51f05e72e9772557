import { fragileShares, type FragileShares } from './fragile-shares';
import { gapVerdict, serviceMinutes, type GapRule, type GapService } from './gap-rule';
import type { CommuneMobility } from './types';

/** One commune of the gap list. */
export interface GapRow extends FragileShares {
  code: string;
  nom: string;
  territoire: string | null;
  /** People concerned: the commune's RP 2022 population. */
  population: number | null;
  /** Minutes to the nearest MDS under the rule's scope (plan or open). */
  mdsMin: number | null;
  franceServicesMin: number | null;
  posteMin: number | null;
  /** Crow-fly km to the nearest passenger station. */
  stationKm: number | null;
  /** Services above their threshold. */
  far: GapService[];
}

export const GAP_SORT_KEYS = [
  'nom',
  'population',
  'age75Pct',
  'singleParentPct',
  'unemploymentPct',
  'mdsMin',
  'franceServicesMin',
  'posteMin',
  'stationKm',
] as const;
export type GapSortKey = (typeof GAP_SORT_KEYS)[number];

export interface GapSort {
  key: GapSortKey;
  dir: 'asc' | 'desc';
}

/** The list's default order: most people concerned first. */
export const DEFAULT_GAP_SORT: GapSort = { key: 'population', dir: 'desc' };

/** The communes in gap under `rule` (verdict true; unknown ones are left out), in input order. */
export function gapRows(communes: readonly CommuneMobility[], rule: GapRule): GapRow[] {
  const rows: GapRow[] = [];
  for (const c of communes) {
    const v = gapVerdict(c, rule);
    if (v.inGap !== true) continue;
    rows.push({
      code: c.code,
      nom: c.nom,
      territoire: c.territoire,
      population: c.population,
      ...fragileShares(c),
      mdsMin: serviceMinutes(c, 'mds', rule.mdsScope),
      franceServicesMin: c.minutes.franceServices,
      posteMin: c.minutes.poste,
      stationKm: c.nearestStationKm,
      far: v.far,
    });
  }
  return rows;
}

/** Built on first use: constructing an Intl object at import time weighs on every page load. */
let collator: Intl.Collator | null = null;
const byName = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true })).compare(a, b);

function byPopulationThenCode(a: GapRow, b: GapRow): number {
  const pa = a.population ?? -Infinity;
  const pb = b.population ?? -Infinity;
  return pb - pa || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Sorts gap rows (a new array). Missing values (null) go last whatever the direction; ties are
 * broken by population (largest first), then by code, so the order is total and stable.
 * Names compare in French collation (accents ignored, "Saint-Aignan" before "Saint-Amand").
 */
export function sortGapRows(rows: readonly GapRow[], sort: GapSort = DEFAULT_GAP_SORT): GapRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'nom') return sign * byName(a.nom, b.nom) || byPopulationThenCode(a, b);
    const va = a[sort.key];
    const vb = b[sort.key];
    if (va === null && vb === null) return byPopulationThenCode(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb) || byPopulationThenCode(a, b);
  });
}
