import { DataFormatError } from '../data-format-error';
import type { CommuneStats, NumericColumn } from '../types';

const CODE_PATTERN = /^[0-9][0-9AB][0-9]{3}$/;

/**
 * Validates the parsed content of `commune-stats.json`:
 * `{ "columns": { "code": [...], "nom": [...], "P22_POP": [...], ... } }`.
 *
 * @param raw the JSON value
 * @returns codes, names and every other column as numbers (null kept for withheld values);
 *   a column with a non-numeric entry is dropped rather than failing the whole table
 * @throws DataFormatError when `code` is missing, a code is not a 5-character string,
 *   or the columns differ in length
 */
export function parseCommuneStats(raw: unknown): CommuneStats {
  if (typeof raw !== 'object' || raw === null || !('columns' in raw)) {
    throw new DataFormatError('objet { columns: {...} } attendu');
  }
  const columns = (raw as { columns: unknown }).columns;
  if (typeof columns !== 'object' || columns === null) {
    throw new DataFormatError('columns : objet attendu');
  }
  const cols = columns as Record<string, unknown>;
  const codes = cols.code;
  if (!Array.isArray(codes) || codes.length === 0) {
    throw new DataFormatError('columns.code : liste de codes attendue');
  }
  for (const [i, code] of codes.entries()) {
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
      throw new DataFormatError(`columns.code[${i}] : code INSEE à 5 caractères attendu`);
    }
  }
  const n = codes.length;
  const names = Array.isArray(cols.nom)
    ? cols.nom.map((v, i) => (typeof v === 'string' ? v : (codes[i] as string)))
    : (codes as string[]);
  const numeric = new Map<string, NumericColumn>();
  for (const [key, values] of Object.entries(cols)) {
    if (key === 'code' || key === 'nom') continue;
    if (!Array.isArray(values) || values.length !== n) {
      throw new DataFormatError(`columns.${key} : ${n} valeurs attendues`);
    }
    if (values.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v)))) {
      numeric.set(key, values as (number | null)[]);
    }
  }
  if (names.length !== n) throw new DataFormatError(`columns.nom : ${n} valeurs attendues`);
  return { codes: codes as string[], names, columns: numeric };
}
