/**
 * Competition ranking ("1224"), highest score first: rank 1 = most fragile; communes with equal
 * scores share the best rank of their group and the next rank skips accordingly
 * (scores 9, 7, 7, 5 → ranks 1, 2, 2, 4). Ties are exact equality of the computed scores.
 *
 * Hot path of {@link rankStability}: typed arrays, and `out` / `order` buffers may be reused.
 *
 * @param scores one score per commune; NaN = not scored
 * @param out receives the ranks (0 for a NaN score); allocated when omitted
 * @param order scratch buffer of the same length; allocated when omitted
 * @returns `out`
 */
export function competitionRanks(
  scores: Float64Array,
  out: Int32Array = new Int32Array(scores.length),
  order: Uint32Array = new Uint32Array(scores.length),
): Int32Array {
  let m = 0;
  for (let i = 0; i < scores.length; i++) {
    if (Number.isNaN(scores[i] as number)) out[i] = 0;
    else order[m++] = i;
  }
  const sub = order.subarray(0, m);
  sub.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  let rank = 0;
  let previous = NaN;
  for (let k = 0; k < m; k++) {
    const i = sub[k] as number;
    const s = scores[i] as number;
    if (s !== previous) {
      rank = k + 1;
      previous = s;
    }
    out[i] = rank;
  }
  return out;
}

/**
 * {@link competitionRanks} on plain arrays.
 *
 * @param scores null, NaN and ±Infinity are not ranked
 * @returns ranks (1 = highest score), null where not ranked
 */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  const typed = Float64Array.from(scores, (s) => (s === null || !Number.isFinite(s) ? NaN : s));
  const ranks = competitionRanks(typed);
  return Array.from(ranks, (r) => (r === 0 ? null : r));
}
