/**
 * Weighted mean of per-origin values by key, e.g. the population-weighted 2SFCA accessibility or
 * mean minutes of each commune (`codeInsee` per origin).
 *
 * @param values per origin
 * @param weights ≥ 0 per origin (population)
 * @param keys per origin
 * @returns key → Σ w·x / Σ w, in order of first appearance; null for a key whose weight sums to 0
 *   (a commune whose origins are all empty)
 */
export function weightedMeanByKey(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  keys: ArrayLike<string>,
): Map<string, number | null> {
  const acc = new Map<string, { w: number; wx: number }>();
  for (let i = 0; i < values.length; i++) {
    const k = keys[i] as string;
    let a = acc.get(k);
    if (!a) acc.set(k, (a = { w: 0, wx: 0 }));
    const w = weights[i] as number;
    if (w > 0) {
      a.w += w;
      a.wx += w * (values[i] as number);
    }
  }
  return new Map([...acc].map(([k, a]) => [k, a.w > 0 ? a.wx / a.w : null]));
}
