import { DataFormatError } from '../data-format-error';
import type { CodeInsee, Localized } from '../types';

export interface Territory {
  code: string;
  label: Localized;
}

/** The nord / centre / sud split (`territoires.json`): an assumption, not published by the département. */
export interface Territories {
  territories: readonly Territory[];
  assumption: boolean;
  note: Localized | null;
}

function localized(v: unknown): Localized | null {
  if (typeof v === 'string') return { fr: v, en: v };
  if (typeof v !== 'object' || v === null || typeof (v as Localized).fr !== 'string') return null;
  const { fr, en } = v as Localized;
  return { fr, en: typeof en === 'string' ? en : fr };
}

/**
 * Reads `territoires.json`: `{ assumption, note: {fr, en}, territories: [{ code, label: {fr, en} }] }`.
 *
 * @throws DataFormatError when `territories` is not a list of `{ code, label }`
 */
export function parseTerritories(raw: unknown): Territories {
  const file = raw as { territories?: unknown; assumption?: unknown; note?: unknown } | null;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.territories)) {
    throw new DataFormatError('objet { territories: [...] } attendu');
  }
  const territories = file.territories.map((t: unknown, i) => {
    const o = t as { code?: unknown; label?: unknown } | null;
    const label = localized(o?.label);
    if (typeof o?.code !== 'string' || !label) throw new DataFormatError(`territories[${i}] : { code, label } attendu`);
    return { code: o.code, label };
  });
  return { territories, assumption: file.assumption !== false, note: localized(file.note) };
}

/**
 * The territory of every commune, from the `territoire` column of `commune-stats.json`
 * (the shared stats parser keeps numeric columns only).
 *
 * @throws DataFormatError when `code` and `territoire` are not string columns of equal length
 */
export function parseTerritoryColumn(raw: unknown): ReadonlyMap<CodeInsee, string> {
  const columns = (raw as { columns?: Record<string, unknown> } | null)?.columns;
  const codes = columns?.code;
  const territory = columns?.territoire;
  if (!Array.isArray(codes) || !Array.isArray(territory) || codes.length !== territory.length) {
    throw new DataFormatError('colonnes « code » et « territoire » attendues');
  }
  const map = new Map<CodeInsee, string>();
  codes.forEach((code, i) => {
    const t = territory[i];
    if (typeof code === 'string' && typeof t === 'string') map.set(code, t);
  });
  return map;
}
