import { DataFormatError } from '../data-format-error';
import type { CodeInsee } from '../types';

/** A current commune and the names it can be found by. */
export interface CommuneDirectoryEntry {
  code: CodeInsee;
  name: string;
  postcodes: readonly string[];
  /** Former communes merged into this one (communes nouvelles), e.g. Veuves for Veuzain-sur-Loire. */
  former: readonly { name: string; code: CodeInsee }[];
}

const CODE = /^[0-9][0-9AB][0-9]{3}$/;

function isRow(v: unknown, length: number): v is string[] {
  return Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'string');
}

/**
 * Validates `communes-search.json`: `{ communes: [code, nom, "41000 41350"][], former: [nom,
 * current_code, former_code][] }` (postcodes space-separated).
 *
 * @returns one entry per current commune, in file order; a former name pointing to an unknown
 *   commune is dropped
 * @throws DataFormatError when a row has the wrong shape or a code is not 5 characters
 */
export function parseCommunesSearch(raw: unknown): CommuneDirectoryEntry[] {
  const file = raw as { communes?: unknown; former?: unknown } | null;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.communes)) {
    throw new DataFormatError('objet { communes: [...], former: [...] } attendu');
  }
  const entries = file.communes.map((row, i) => {
    if (!isRow(row, 3) || !CODE.test(row[0] as string)) {
      throw new DataFormatError(`communes[${i}] : [code, nom, codes postaux] attendu`);
    }
    const [code, name, postcodes] = row as [string, string, string];
    return { code, name, postcodes: postcodes.split(/\s+/).filter(Boolean), former: [] as { name: string; code: string }[] };
  });
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const former = Array.isArray(file.former) ? file.former : [];
  former.forEach((row, i) => {
    if (!isRow(row, 3)) throw new DataFormatError(`former[${i}] : [nom, code actuel, ancien code] attendu`);
    const [name, current, code] = row as [string, string, string];
    byCode.get(current)?.former.push({ name, code });
  });
  return entries;
}
