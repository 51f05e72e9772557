/**
 * Ascending ranks 1…m of the finite values; tied values share the mean of the ranks they span
 * ("average" or fractional ranking: 10, 20, 20, 30 → 1, 2.5, 2.5, 4).
 *
 * @param values null, NaN and ±Infinity are missing and get no rank
 * @returns ranks, null where missing
 */
export function averageRanks(values: readonly (number | null)[]): (number | null)[] {
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) idx.push(i);
  });
  idx.sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks: (number | null)[] = values.map(() => null);
  let start = 0;
  while (start < idx.length) {
    let end = start;
    while (end + 1 < idx.length && values[idx[end + 1] as number] === values[idx[start] as number]) end++;
    // positions start…end (0-based) hold ranks start+1…end+1, whose mean is (start + end) / 2 + 1
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[idx[k] as number] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Percentile ranks in [0, 1]: (r − 1) / (m − 1), where r is the average rank ({@link averageRanks})
 * among the m finite values. The smallest value gets 0, the largest 1, ties share a value.
 *
 * @param values null, NaN and ±Infinity are missing
 * @returns values in [0, 1], null where missing; 0.5 when m = 1 or every value is equal
 */
export function percentileRanks(values: readonly (number | null)[]): (number | null)[] {
  const ranks = averageRanks(values);
  const m = ranks.reduce<number>((n, r) => (r === null ? n : n + 1), 0);
  return ranks.map((r) => (r === null ? null : m === 1 ? 0.5 : (r - 1) / (m - 1)));
}
