import { weightedGini } from './gini';
import { theilDecomposition, theilIndex, type TheilDecomposition } from './theil';
import { weightedQuantile } from './weighted-quantile';

/** Dispersion of access times within one group (or overall). */
export interface GroupInequality {
  /** Territory, or null for the whole département. */
  group: string | null;
  /** Weighted P90 of minutes (`weightedQuantile`, p = 0.9). */
  p90Minutes: number | null;
  /** Weighted Gini index of minutes. */
  gini: number | null;
  /** Weighted Theil T of minutes (the group's T_g; overall: the total T). */
  theil: number | null;
}

export interface InequalitySummary {
  overall: GroupInequality;
  groups: GroupInequality[];
  /** Between/within split of the overall Theil T by group; null like the indices. */
  decomposition: TheilDecomposition | null;
}

/**
 * P90, Gini and Theil of access time, overall and per territory, weighted by population (or a
 * fragile population). Each index is null where its group has no weight, or where some weighted
 * origin is unreachable (Gini, Theil; the P90 may then be Infinity).
 *
 * @param minutes minutes to the nearest site per origin
 * @param weights ≥ 0 per origin
 * @param groups territory per origin
 * @param order optional group order (absent groups get null indices); default: first appearance
 */
export function inequalitySummary(
  minutes: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
  order?: readonly string[],
): InequalitySummary {
  const members = new Map<string, number[]>();
  for (const g of order ?? []) members.set(g, []);
  for (let i = 0; i < minutes.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const g = groups[i] as string;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const row = (group: string | null, x: ArrayLike<number>, w: ArrayLike<number>): GroupInequality => ({
    group,
    p90Minutes: weightedQuantile(x, w, 0.9),
    gini: weightedGini(x, w),
    theil: theilIndex(x, w),
  });
  const groupRows = [...members].map(([g, list]) =>
    row(g, Float64Array.from(list, (i) => minutes[i] as number), Float64Array.from(list, (i) => weights[i] as number)),
  );
  return {
    overall: row(null, minutes, weights),
    groups: groupRows,
    decomposition: theilDecomposition(minutes, weights, groups, order),
  };
}
