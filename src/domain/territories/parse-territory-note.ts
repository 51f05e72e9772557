import { DataFormatError } from '../data-format-error';
import type { Localized } from '../types';

/**
 * Reads the explanatory note of `territoires.json` (the nord / centre / sud split,
 * an assumption: see data/README.md).
 *
 * @returns the note, or null when the file has none
 * @throws DataFormatError when the value is not an object
 */
export function parseTerritoryNote(raw: unknown): Localized | null {
  if (typeof raw !== 'object' || raw === null) throw new DataFormatError('objet attendu');
  const note = (raw as { note?: unknown }).note;
  if (typeof note !== 'object' || note === null) return null;
  const { fr, en } = note as Partial<Localized>;
  if (typeof fr !== 'string') return null;
  return { fr, en: typeof en === 'string' ? en : fr };
}
