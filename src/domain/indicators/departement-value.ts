import type { CommuneStats } from '../types';
import type { IndicatorFormula } from './compute';

/**
 * The département value of an indicator, computed from the same raw columns as the commune
 * values: a ratio of sums, never a mean of commune ratios (share of 75+ = Σ P22_POP75P /
 * Σ P22_POP × 100). Matches `indicatorByLevel(…, 'departement')` in SQL.
 *
 * - `ratio`: (Σnum / Σden − offset) × scale.
 * - `count`: Σnum × scale (the département total).
 * - `median` / `published-rate`: null: a median or a published rate does not add up, and
 *   INSEE's own département value is not in the data.
 *
 * @param stats one row per commune of the département
 * @returns the value in the indicator's unit; null when a needed column is absent, any
 *   commune lacks a count (withheld: a partial sum would be biased), Σden = 0, or no row
 */
export function departementValue(formula: IndicatorFormula, stats: CommuneStats): number | null {
  if (formula.kind === 'median' || formula.kind === 'published-rate') return null;
  if (stats.codes.length === 0) return null;
  const num = stats.columns.get(formula.numerator);
  if (!num) return null;
  const numSum = sumAll(num);
  if (numSum === null) return null;
  if (formula.kind === 'count') {
    const total = numSum * formula.scale;
    return Number.isFinite(total) ? total : null;
  }
  let base = numSum;
  if (formula.denominator !== null) {
    const den = stats.columns.get(formula.denominator);
    const denSum = den ? sumAll(den) : null;
    if (denSum === null || denSum === 0) return null;
    base = numSum / denSum;
  }
  const value = (base - formula.offset) * formula.scale;
  return Number.isFinite(value) ? value : null;
}

/** Sum of a column, or null as soon as one entry is null or not finite. */
function sumAll(column: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of column) {
    if (v === null || !Number.isFinite(v)) return null;
    sum += v;
  }
  return sum;
}
