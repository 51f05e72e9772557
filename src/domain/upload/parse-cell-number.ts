import { MAX_ABS_VALUE } from './limits';

/**
 * Cell texts read as "no value" (INSEE secret `s`, "nd", "NA"…), compared in lower case.
 * An empty cell is always missing; `NaN` is **not** in this list: it is rejected as not finite.
 */
export const MISSING_MARKERS: readonly string[] = ['s', 'nd', 'n.d.', 'nc', 'n.c.', 'na', 'n/a', '#n/a'];

export type CellValue =
  | { kind: 'missing'; marker: string | null }
  | { kind: 'number'; value: number; decimal: ',' | '.' | null }
  | { kind: 'error'; code: 'not-a-number' | 'formula-cell' | 'markup-cell' | 'not-finite' | 'too-large' };

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
// French thousands groups: 1 234 567,5 with a space, a no-break space or a narrow no-break space
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;
// OWASP CSV injection: `=…`, `@…`, and `+…` / `-…` that do not start like a number (`-HYPERLINK(`,
// `+cmd|`) or that go on with an operator as a spreadsheet formula would (`-1+1`, `+2*3`)
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d.,])|[+-].*\(|[+-][\d.,]+\s*[-+*/^&])/;
const MARKUP = /<[a-z!/?]/i;

/**
 * Reads one cell as a number. This is the only number parser of the upload: DuckDB hands every
 * cell over as text (`all_varchar`) and this function decides.
 *
 * Accepted: optional sign, digits, a decimal comma **or** point, an optional exponent (`1,5E-3`),
 * French thousands groups separated by spaces (`1 234,5`). Leading and trailing spaces are ignored.
 * Never evaluated, whatever it looks like: formulas (`=…`, `+…`, `@…`) and markup are errors.
 *
 * @param cell the text DuckDB read; null or blank = missing
 * @returns the value, a missing value (empty or a {@link MISSING_MARKERS} marker), or why it was refused:
 *   `not-finite` for NaN / Infinity, `too-large` beyond ±10¹⁵ (including overflow such as 1e400)
 */
export function parseCellNumber(cell: string | null): CellValue {
  const t = (cell ?? '').trim();
  if (t === '') return { kind: 'missing', marker: null };
  if (MISSING_MARKERS.includes(t.toLowerCase())) return { kind: 'missing', marker: t };
  let s = t;
  if (GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f]/g, '');
  if (NUMBER.test(s)) {
    const decimal = s.includes(',') ? ',' : s.includes('.') ? '.' : null;
    const value = Number(s.replace(',', '.'));
    if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_VALUE) return { kind: 'error', code: 'too-large' };
    return { kind: 'number', value: Object.is(value, -0) ? 0 : value, decimal };
  }
  if (NOT_FINITE.test(t)) return { kind: 'error', code: 'not-finite' };
  if (t.length > 1 && FORMULA.test(t)) return { kind: 'error', code: 'formula-cell' };
  if (MARKUP.test(t)) return { kind: 'error', code: 'markup-cell' };
  return { kind: 'error', code: 'not-a-number' };
}
