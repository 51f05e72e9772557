import type { CommuneStats, Indicator, MissingReason, NumericColumn } from '../types';

/** The part of an indicator definition needed to compute its value. */
export type IndicatorFormula = Pick<
  Indicator,
  'kind' | 'numerator' | 'denominator' | 'offset' | 'scale'
>;

/**
 * Value of an indicator for one commune (or one group of communes, given summed inputs).
 *
 * - `ratio` / `count`: (numerator / denominator − offset) × scale; without a denominator,
 *   (numerator − offset) × scale. Example: share of 75+ = P22_POP75P / P22_POP × 100 (in %).
 * - `median` / `published-rate`: the published numerator as-is (offset and scale ignored).
 *
 * @param formula the indicator definition (kind, offset, scale, whether a denominator exists)
 * @param numerator raw numerator; null or undefined when withheld (INSEE `s`) or absent
 * @param denominator raw denominator; ignored when the formula has none
 * @returns the value in the indicator's unit, or null when an input is null, the
 *   denominator is 0 (e.g. a commune with no inhabitants) or the result is not finite
 */
export function computeIndicatorValue(
  formula: IndicatorFormula,
  numerator: number | null | undefined,
  denominator?: number | null,
): number | null {
  if (numerator == null || !Number.isFinite(numerator)) return null;
  if (formula.kind === 'median' || formula.kind === 'published-rate') return numerator;
  let base = numerator;
  if (formula.denominator !== null) {
    if (denominator == null || !Number.isFinite(denominator) || denominator === 0) return null;
    base = numerator / denominator;
  }
  const value = (base - formula.offset) * formula.scale;
  return Number.isFinite(value) ? value : null;
}

/**
 * Why {@link computeIndicatorValue} returned null for these inputs.
 *
 * @returns `zero-denominator` when the inputs are present but the denominator is 0,
 *   otherwise `missing-input` (withheld or absent value)
 */
export function missingReason(
  formula: IndicatorFormula,
  numerator: number | null | undefined,
  denominator?: number | null,
): MissingReason {
  const needsDenominator =
    formula.denominator !== null && formula.kind !== 'median' && formula.kind !== 'published-rate';
  if (numerator != null && needsDenominator && denominator === 0) return 'zero-denominator';
  return 'missing-input';
}

/**
 * Indicator values for every row of the stats table, in the table's row order.
 *
 * @param formula the indicator definition
 * @param stats the commune stats table
 * @returns one value per row; every value is null when a needed column is absent
 *   from the table (see {@link missingColumns})
 */
export function computeIndicatorColumn(
  formula: IndicatorFormula,
  stats: CommuneStats,
): (number | null)[] {
  const num: NumericColumn | undefined = stats.columns.get(formula.numerator);
  const den: NumericColumn | undefined =
    formula.denominator === null ? undefined : stats.columns.get(formula.denominator);
  return stats.codes.map((_, i) => computeIndicatorValue(formula, num?.[i], den?.[i]));
}

/**
 * Columns an indicator needs that the stats table lacks.
 *
 * @returns column names, empty when the table has everything
 */
export function missingColumns(formula: IndicatorFormula, stats: CommuneStats): string[] {
  const needed = [formula.numerator];
  if (formula.denominator !== null && formula.kind !== 'median' && formula.kind !== 'published-rate') {
    needed.push(formula.denominator);
  }
  return needed.filter((column) => !stats.columns.has(column));
}
