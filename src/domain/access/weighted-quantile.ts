/**
 * Weighted quantile, "lower" definition: the smallest observed value t such that the share of the
 * total weight carried by values ≤ t is at least p:
 *
 *   Q(p) = min { x_i : w_i > 0 and Σ_{j: x_j ≤ x_i} w_j ≥ p · W }
 *
 * No interpolation, so Q(p) is always one of the values (a P90 of 27 min is a real cell's time).
 * With equal weights and n values this is the order statistic of rank ⌈p·n⌉ (rank 1 for p = 0).
 * Cumulative sums are compared with a relative tolerance of 1e-12, so weights such as 0.1 × 10 do not
 * miss a boundary to rounding.
 *
 * @param values e.g. minutes to the nearest site; `Infinity` allowed (sorts last), NaN ignored
 * @param weights ≥ 0, same length; entries of weight ≤ 0 are ignored
 * @param p in [0, 1]: 0.9 for the P90
 * @returns the quantile, or null when the total weight is 0
 * @throws RangeError when p is outside [0, 1]
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`weightedQuantile: p = ${p} is outside [0, 1]`);
  const idx: number[] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] as number;
    if (w > 0 && !Number.isNaN(values[i])) {
      idx.push(i);
      total += w;
    }
  }
  if (idx.length === 0) return null;
  idx.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const target = p * total * (1 - 1e-12);
  let cum = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    cum += weights[i] as number;
    // all ties of values[i] are counted before deciding (the definition sums over x_j ≤ x_i)
    const next = idx[k + 1];
    if (next !== undefined && values[next] === values[i]) continue;
    if (cum >= target) return values[i] as number;
  }
  return values[idx[idx.length - 1] as number] as number;
}
