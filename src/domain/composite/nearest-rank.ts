/**
 * Nearest-rank percentile of values sorted ascending: the ⌈q·N⌉-th smallest (1-based), at least the
 * 1st. With N = 500: q = 0.05 → 25th, 0.5 → 250th, 0.95 → 475th. No interpolation, so the result is
 * always one of the values (a rank that actually occurred).
 *
 * @param sorted ascending, N ≥ 1
 * @param q in [0, 1]
 */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  // the epsilon keeps ⌈0.05 × 500⌉ at 25 although 0.05 is not exact in binary
  const position = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length - 1e-9)));
  return sorted[position - 1] as number;
}
