/**
 * What "where should new sites go" optimises:
 * - `coverage` (maximal covering): maximise the weight (population, or fragile population) whose
 *   nearest site is within `thresholdMin` minutes (t ≤ threshold);
 * - `p-median`: minimise the weighted mean minutes to the nearest site.
 */
export type Objective = { kind: 'coverage'; thresholdMin: number } | { kind: 'p-median' };

/**
 * Value of the objective for given nearest-site minutes: covered weight for `coverage`, weighted mean
 * minutes for `p-median` (Infinity if a weighted origin is unreachable). Origins of weight ≤ 0 are ignored.
 *
 * @throws RangeError when the weights sum to 0 (nothing to optimise)
 */
export function objectiveValue(minutes: ArrayLike<number>, weights: ArrayLike<number>, objective: Objective): number {
  let w = 0;
  let acc = 0;
  for (let o = 0; o < minutes.length; o++) {
    const wo = weights[o] as number;
    if (!(wo > 0)) continue;
    const t = minutes[o] as number;
    w += wo;
    if (objective.kind === 'p-median') acc += wo * t;
    else if (t <= objective.thresholdMin) acc += wo;
  }
  if (w === 0) throw new RangeError('objectiveValue: weights sum to 0');
  return objective.kind === 'p-median' ? acc / w : acc;
}

/** True when objective value `a` is strictly better than `b` (higher coverage, lower mean time). */
export function isBetter(a: number, b: number, objective: Objective): boolean {
  return objective.kind === 'coverage' ? a > b : a < b;
}
