import type { CodeInsee } from '../types';
import type { CommuneReferential } from './types';

/** A row of the `communes` table (`public/data/communes.arrow`). */
export interface CommuneRow {
  code: CodeInsee;
  nom: string;
  /** Former codes of the commune, space-separated (may be empty or null). */
  anciens_codes: string | null;
}

/**
 * Builds the referential used to place uploaded rows on the communes.
 *
 * @param rows every commune, e.g. `SELECT code, nom, anciens_codes FROM communes`; sorted by code here
 * @param formerNames `former` of `communes-search.json`: `[name, current code, former code]` (optional,
 *   only to name the former commune in notices)
 */
export function buildCommuneReferential(
  rows: readonly CommuneRow[],
  formerNames: readonly (readonly [string, string, string])[] = [],
): CommuneReferential {
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const former = new Map<CodeInsee, CodeInsee>();
  for (const r of sorted) {
    for (const old of (r.anciens_codes ?? '').split(/\s+/)) {
      if (old !== '' && old !== r.code) former.set(old, r.code);
    }
  }
  return {
    codes: sorted.map((r) => r.code),
    names: new Map(sorted.map((r) => [r.code, r.nom])),
    former,
    formerNames: new Map(formerNames.map(([name, , code]) => [code, name])),
  };
}
