import { nearestSites } from './nearest';
import { isBetter, objectiveValue, type Objective } from './objective';
import type { TimeMatrix } from './time-matrix';

export interface ExhaustiveResult {
  /** The best k candidates, in candidate-list order. */
  chosen: number[];
  /** Objective value: covered weight, or weighted mean minutes. */
  value: number;
  /** Number of k-subsets evaluated, C(n, k). */
  subsets: number;
}

/** Largest number of subsets `exhaustiveOptimum` agrees to evaluate. */
export const MAX_SUBSETS = 200_000;

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
  return Math.round(b);
}

/**
 * Exact optimum of the same problem as `optimiseSites`, by brute force over every k-subset of the
 * candidates (fixed sites always open). Each subset is valued independently of the optimiser's
 * incremental bookkeeping: `nearestSites` then `objectiveValue`. Ties: the first subset in
 * lexicographic order of candidate positions. Meant for tests and small instances.
 *
 * @throws RangeError when C(n, k) > MAX_SUBSETS, or the weights sum to 0
 */
export function exhaustiveOptimum(
  m: TimeMatrix,
  fixed: readonly number[],
  candidates: readonly number[],
  weights: ArrayLike<number>,
  k: number,
  objective: Objective,
): ExhaustiveResult {
  const pool = [...new Set(candidates)].filter((c) => !fixed.includes(c));
  const size = Math.max(0, Math.min(k, pool.length));
  const subsets = binomial(pool.length, size);
  if (subsets > MAX_SUBSETS) throw new RangeError(`exhaustiveOptimum: ${subsets} subsets is too many`);
  let best: number[] = [];
  let bestValue = NaN;
  const pick: number[] = [];
  const visit = (from: number) => {
    if (pick.length === size) {
      const v = objectiveValue(nearestSites(m, [...fixed, ...pick]).minutes, weights, objective);
      if (Number.isNaN(bestValue) || isBetter(v, bestValue, objective)) [best, bestValue] = [[...pick], v];
      return;
    }
    for (let p = from; p <= pool.length - (size - pick.length); p++) {
      pick.push(pool[p] as number);
      visit(p + 1);
      pick.pop();
    }
  };
  visit(0);
  return { chosen: best, value: bestValue, subsets };
}
