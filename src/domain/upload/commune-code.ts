import type { CodeInsee } from '../types';

export type CodeCell =
  | { kind: 'code'; code: CodeInsee; padded: boolean }
  | { kind: 'empty' }
  | { kind: 'invalid' };

/**
 * Normalises a commune code cell: trims, restores the leading zero a spreadsheet dropped
 * (4 digits → "0" + digits, e.g. 1053 → 01053), upper-cases Corsica's 2A/2B.
 * Does not say whether the code exists (see the referential).
 */
export function normaliseCodeCell(cell: string | null): CodeCell {
  const t = (cell ?? '').trim();
  if (t === '') return { kind: 'empty' };
  if (/^\d{5}$/.test(t)) return { kind: 'code', code: t, padded: false };
  if (/^\d{4}$/.test(t)) return { kind: 'code', code: `0${t}`, padded: true };
  if (/^2[ab]\d{3}$/i.test(t)) return { kind: 'code', code: t.toUpperCase(), padded: false };
  return { kind: 'invalid' };
}
