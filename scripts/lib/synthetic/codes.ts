/**
 * Fictitious identifiers of the synthetic replica. Every synthetic commune code starts with `S`,
 * which no INSEE commune code does (they start with a digit), so a synthetic row can never be
 * taken for a real commune; it keeps the last three characters of the real code it copies, so a
 * copy stays traceable to its model.
 */

export const SYNTHETIC_PREFIX = 'S';

/** `S` + copy tag + last three characters of the real code: copy '1M' of 41018 → 'S1M018' (6 characters). */
export function syntheticCommuneCode(tag: string, code: string): string {
  return `${SYNTHETIC_PREFIX}${tag}${code.slice(-3)}`;
}

/** Any other identifier (EPCI, territory, arrondissement, grid cell, bridge): `S<tag>-<id>`. */
export function syntheticId(tag: string, id: string): string {
  return `${SYNTHETIC_PREFIX}${tag}-${id}`;
}

/**
 * Site ids keep the app's prefixes (`C-` town-centre candidates, `MDS-` service sites), which the
 * app and the benchmarks rely on: 'C-41018' → 'C-S1M018', 'MDS-01' → 'MDS-S1M-01'.
 */
export function syntheticSiteId(tag: string, id: string, communeCode: string): string {
  if (id.startsWith('C-')) return `C-${syntheticCommuneCode(tag, communeCode)}`;
  const dash = id.indexOf('-');
  return dash < 0 ? `${SYNTHETIC_PREFIX}${tag}-${id}` : `${id.slice(0, dash)}-${SYNTHETIC_PREFIX}${tag}${id.slice(dash)}`;
}

/** A copy's display name: 'Blois' → 'Blois [S1M]'. */
export function syntheticName(tag: string, name: string): string {
  return `${name} [${SYNTHETIC_PREFIX}${tag}]`;
}
