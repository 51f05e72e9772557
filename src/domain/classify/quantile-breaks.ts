import type { BreaksResult } from './class-breaks';
import { makeBreaks } from './make-breaks';
import { prepareValues } from './prepare-values';

/**
 * Quantile breaks: about n/k values per class.
 *
 * With the n finite values sorted ascending (0-based), threshold i (i = 1…k−1) is the data
 * value `sorted[round(i·n/k)]`, so that without ties exactly round(i·n/k) values fall
 * strictly below it. No interpolation: every threshold is an observed value.
 *
 * Ties: all copies of a value fall in the same class (the upper one when it is a
 * threshold). Thresholds that coincide (a value repeated across a quantile) or equal the
 * minimum collapse, so ties never create an empty class; the result then has fewer
 * classes than asked, with a `fewer-classes` warning. Classes are not rebalanced.
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param k requested number of classes, integer 3…9
 * @returns `no-values` when no finite value, `invalid-k`; one class when all values are equal
 */
export function quantileBreaks(values: readonly (number | null)[], k: number): BreaksResult {
  const prepared = prepareValues(values, k);
  if (!prepared.ok) return prepared;
  const { sorted } = prepared;
  const n = sorted.length;
  const candidates: number[] = [];
  for (let i = 1; i < k; i++) {
    candidates.push(sorted[Math.min(Math.round((i * n) / k), n - 1)] as number);
  }
  return makeBreaks('quantile', k, sorted, candidates);
}
