/**
 * INSEE value conventions (see ../shared/data-raw/SOURCES-stats.md):
 * - `s` means withheld for statistical confidentiality (secret statistique);
 * - an empty field means not published / not applicable;
 * - most numbers use `.`, but PIMP21 and TP6021 use a decimal comma (`27,0`).
 * Withheld and empty both become `null`: never 0, never imputed.
 */
export type CellStatus = 'value' | 'withheld' | 'missing';

export interface ParsedCell {
  value: number | null;
  status: CellStatus;
}

export function parseInseeCell(raw: string | undefined): ParsedCell {
  const s = (raw ?? '').trim();
  if (s === '') return { value: null, status: 'missing' };
  if (s.toLowerCase() === 's') return { value: null, status: 'withheld' };
  // decimal comma, possibly with spaces as thousands separators
  const normalised = s.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) {
    throw new Error(`not a number: "${raw}"`);
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) throw new Error(`not a finite number: "${raw}"`);
  return { value, status: 'value' };
}

/** INSEE commune code as a 5-character string; accepts numbers that lost a leading zero and Corsican 2A/2B. */
export function normaliseCommuneCode(raw: string | number): string {
  const s = String(raw).trim().toUpperCase();
  if (/^\d{4}$/.test(s)) return '0' + s;
  if (/^(\d{5}|2[AB]\d{3})$/.test(s)) return s;
  throw new Error(`invalid INSEE commune code: "${raw}"`);
}

/** Round to `digits` decimals (weighted census estimates keep 3 decimals in the derived files). */
export function round(value: number | null, digits = 3): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
