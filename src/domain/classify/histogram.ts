import { bin } from 'd3';
import { finiteSorted } from './finite-sorted';

/** One bar of the legend's distribution chart. */
export interface HistogramBin {
  /** Inclusive lower bound. */
  x0: number;
  /** Exclusive upper bound, inclusive for the last bin (= max). */
  x1: number;
  count: number;
}

/**
 * Equal-width histogram over [min, max] of the finite values (d3.bin with explicit
 * thresholds min + i·(max − min)/bins, not "nice" ones, so bars align with the data range).
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param bins number of bars, integer ≥ 1
 * @returns [] when no finite value; a single bin [v, v] when all values equal v
 * @throws RangeError when bins is not an integer ≥ 1 (a programming error)
 */
export function histogram(values: readonly (number | null)[], bins: number): HistogramBin[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be an integer ≥ 1, got ${bins}`);
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (min === max) return [{ x0: min, x1: max, count: sorted.length }];
  const thresholds = Array.from({ length: bins - 1 }, (_, j) => min + ((max - min) * (j + 1)) / bins);
  return bin()
    .domain([min, max])
    .thresholds(thresholds)(sorted)
    .map((b) => ({ x0: b.x0 as number, x1: b.x1 as number, count: b.length }));
}
