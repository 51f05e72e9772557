import type { CodeInsee } from '../types';

/** One commune's membership: its EPCI and its territory (nord / centre / sud). */
export interface CommuneGroup {
  code: CodeInsee;
  name: string;
  epciCode: string;
  epciName: string;
  territory: string;
}

/** Lookup tables between communes and the units above them. */
export interface CommuneGroups {
  byCommune: ReadonlyMap<CodeInsee, CommuneGroup>;
  epciNames: ReadonlyMap<string, string>;
  /** Territory codes of each EPCI (one in practice: the default split follows the EPCI). */
  epciTerritories: ReadonlyMap<string, readonly string[]>;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Builds the lookups from the rows of the `communeGroups` query (or of `communes.arrow`):
 * `code, nom, epci_code, epci_nom, territoire`.
 *
 * @returns rows without a code are skipped; territories of an EPCI in first-seen order
 */
export function communeGroupsFromRows(rows: readonly Record<string, unknown>[]): CommuneGroups {
  const byCommune = new Map<CodeInsee, CommuneGroup>();
  const epciNames = new Map<string, string>();
  const epciTerritories = new Map<string, string[]>();
  for (const r of rows) {
    const code = str(r.code);
    if (code === '') continue;
    const group: CommuneGroup = {
      code,
      name: str(r.nom) || code,
      epciCode: str(r.epci_code),
      epciName: str(r.epci_nom),
      territory: str(r.territoire),
    };
    byCommune.set(code, group);
    if (group.epciCode === '') continue;
    if (group.epciName !== '') epciNames.set(group.epciCode, group.epciName);
    const list = epciTerritories.get(group.epciCode) ?? [];
    if (group.territory !== '' && !list.includes(group.territory)) list.push(group.territory);
    epciTerritories.set(group.epciCode, list);
  }
  return { byCommune, epciNames, epciTerritories };
}

/**
 * The code of the unit of `level` that holds a commune.
 *
 * @returns the commune itself at commune level; null when unknown
 */
export function unitOfCommune(
  groups: CommuneGroups | null,
  level: 'commune' | 'epci' | 'territoire' | 'departement',
  code: CodeInsee,
): string | null {
  if (level === 'commune') return code;
  if (level === 'departement') return '41';
  const group = groups?.byCommune.get(code);
  if (!group) return null;
  return (level === 'epci' ? group.epciCode : group.territory) || null;
}
