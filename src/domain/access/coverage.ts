import { groupSlots } from './group-index';

/** Coverage figures of one group of origins (a territory) or of all of them. */
export interface GroupCoverage {
  /** Territory name, or null for the whole département. */
  group: string | null;
  /** Σ weight: population, or a fragile population (people aged 75+, single-parent families…). */
  weight: number;
  /** Σ weight of the origins whose nearest site is strictly more than `thresholdMin` away. */
  beyondWeight: number;
  /** beyondWeight / weight in [0, 1]; null when weight is 0. */
  shareBeyond: number | null;
  /** Weighted mean minutes to the nearest site; null when weight is 0, Infinity if some weighted origin is unreachable. */
  meanMinutes: number | null;
}

export interface CoverageSummary {
  overall: GroupCoverage;
  /** One entry per group, in `order` when given, else by first appearance in `groups`. */
  groups: GroupCoverage[];
}

/**
 * Population (or fragile population) beyond a travel-time threshold, and mean time, per territory
 * and overall. An origin exactly at the threshold is covered (t ≤ threshold), as in max covering
 * and 2SFCA. Origins of weight 0 are skipped (an unreachable empty cell does not make the mean
 * infinite); an unreachable origin (`Infinity`, no active site) with weight > 0 is beyond.
 *
 * @param minutes minutes to the nearest site per origin (`Nearest.minutes`)
 * @param weights weight per origin, ≥ 0 (same length)
 * @param groups territory per origin (same length)
 * @param thresholdMin threshold in minutes
 * @param order optional group order for the output; groups listed but absent get weight 0
 */
export function coverageSummary(
  minutes: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
  thresholdMin: number,
  order?: readonly string[],
): CoverageSummary {
  // Integer group slots instead of a Map look-up per origin (same sums, in the same order).
  const { names, slot } = groupSlots(groups, weights, order);
  const w = new Float64Array(names.length);
  const wt = new Float64Array(names.length);
  const beyondW = new Float64Array(names.length);
  const all = { w: 0, beyond: 0, wt: 0 };
  for (let o = 0; o < minutes.length; o++) {
    const wo = weights[o] as number;
    if (!(wo > 0)) continue;
    const t = minutes[o] as number;
    const g = slot[o] as number;
    const beyond = t <= thresholdMin ? 0 : wo;
    w[g] = (w[g] as number) + wo;
    wt[g] = (wt[g] as number) + wo * t;
    beyondW[g] = (beyondW[g] as number) + beyond;
    all.w += wo;
    all.wt += wo * t;
    all.beyond += beyond;
  }
  const row = (group: string | null, x: { w: number; beyond: number; wt: number }): GroupCoverage => ({
    group,
    weight: x.w,
    beyondWeight: x.beyond,
    shareBeyond: x.w > 0 ? x.beyond / x.w : null,
    meanMinutes: x.w > 0 ? x.wt / x.w : null,
  });
  return {
    overall: row(null, all),
    groups: names.map((g, k) => row(g, { w: w[k] as number, beyond: beyondW[k] as number, wt: wt[k] as number })),
  };
}
