/**
 * Weighted Gini index of non-negative values (e.g. access times), population form:
 *
 *   G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ),   W = Σ w_i,  μ = Σ w_i x_i / W
 *
 * computed in O(n log n) on values sorted ascending with C_i the cumulative weight up to and
 * including i: G = Σ_i w_i x_i (2 C_i − w_i − W) / (W · Σ_i w_i x_i). Ties need no special care (equal
 * values contribute 0 whatever their order). Without small-sample correction: n equal-weight points
 * reach at most (n − 1)/n.
 *
 * @param values ≥ 0
 * @param weights ≥ 0, same length; entries of weight ≤ 0 are ignored
 * @returns G in [0, 1); 0 when all weighted values are equal (including all zero); null when the
 *   total weight is 0 or a weighted value is not finite (an unreachable origin)
 */
export function weightedGini(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  const idx: number[] = [];
  let total = 0;
  let totalWx = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] as number;
    if (!(w > 0)) continue;
    const x = values[i] as number;
    if (!Number.isFinite(x)) return null;
    idx.push(i);
    total += w;
    totalWx += w * x;
  }
  if (idx.length === 0) return null;
  if (totalWx === 0) return 0;
  idx.sort((a, b) => (values[a] as number) - (values[b] as number));
  let cum = 0;
  let sum = 0;
  for (const i of idx) {
    const w = weights[i] as number;
    cum += w;
    sum += w * (values[i] as number) * (2 * cum - w - total);
  }
  // rounding can leave −1e-17 on equal values
  return Math.max(0, sum / (total * totalWx));
}
