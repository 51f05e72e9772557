/** Theil T of one group, with what it contributes to the decomposition. */
export interface TheilGroup {
  group: string;
  /** W_g: total weight of the group. */
  weight: number;
  /** μ_g: weighted mean of the group (0 for an empty group). */
  mean: number;
  /** s_g = W_g μ_g / (W μ): the group's share of the total weighted value (of total minutes). */
  share: number;
  /** T_g: the group's own Theil index (0 when μ_g = 0 or W_g = 0). */
  theil: number;
}

export interface TheilDecomposition {
  /** T computed directly on all values. */
  total: number;
  /** Σ_g s_g ln(μ_g / μ) (terms with s_g = 0 count 0). */
  between: number;
  /** Σ_g s_g T_g. */
  within: number;
  groups: TheilGroup[];
}

/**
 * Weighted Theil T index of non-negative values:
 *
 *   T = (1/W) Σ_i w_i (x_i/μ) ln(x_i/μ),   with 0 · ln 0 = 0
 *
 * 0 when all weighted values are equal (including all zero), up to ln(W / w_i) when one origin
 * carries everything.
 *
 * @returns T ≥ 0, or null when the total weight is 0 or a weighted value is not finite
 */
export function theilIndex(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  let w = 0;
  let wx = 0;
  for (let i = 0; i < values.length; i++) {
    const wi = weights[i] as number;
    if (!(wi > 0)) continue;
    const x = values[i] as number;
    if (!Number.isFinite(x)) return null;
    w += wi;
    wx += wi * x;
  }
  if (w === 0) return null;
  if (wx === 0) return 0;
  const mu = wx / w;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const wi = weights[i] as number;
    const r = (values[i] as number) / mu;
    if (wi > 0 && r > 0) sum += wi * r * Math.log(r);
  }
  return Math.max(0, sum / w);
}

/**
 * Theil T split into between-group and within-group parts, exactly:
 *
 *   T = Σ_g s_g T_g + Σ_g s_g ln(μ_g / μ),   s_g = W_g μ_g / (W μ)
 *
 * `total` is computed directly, not as the sum, so between + within = total checks the formula.
 * Groups in `order` when given (absent ones get weight 0), else by first appearance.
 *
 * @returns null when the total weight is 0 or a weighted value is not finite
 */
export function theilDecomposition(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
  order?: readonly string[],
): TheilDecomposition | null {
  const total = theilIndex(values, weights);
  if (total === null) return null;
  const members = new Map<string, number[]>();
  for (const g of order ?? []) members.set(g, []);
  for (let i = 0; i < values.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const g = groups[i] as string;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  let w = 0;
  let wx = 0;
  const stats = [...members].map(([group, list]) => {
    const x = list.map((i) => values[i] as number);
    const ws = list.map((i) => weights[i] as number);
    const wg = ws.reduce((a, b) => a + b, 0);
    const wxg = ws.reduce((a, b, k) => a + b * (x[k] as number), 0);
    w += wg;
    wx += wxg;
    return { group, wg, wxg, theil: theilIndex(x, ws) ?? 0 };
  });
  const mu = wx / w;
  let between = 0;
  let within = 0;
  const out: TheilGroup[] = stats.map(({ group, wg, wxg, theil }) => {
    const share = wx > 0 ? wxg / wx : 0;
    const mean = wg > 0 ? wxg / wg : 0;
    if (share > 0) between += share * Math.log(mean / mu);
    within += share * theil;
    return { group, weight: wg, mean, share, theil };
  });
  return { total, between, within, groups: out };
}
