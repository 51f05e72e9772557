/**
 * Standard competition ranking ("1224"): equal values share the best rank and the next rank
 * skips as many places (values 30, 20, 20, 10 → ranks 1, 2, 2, 4). Rank 1 is the highest value
 * (`order: 'desc'`, default) or the lowest (`'asc'`). Ties are exact equality of the numbers.
 *
 * @param values one value per unit; null, NaN and ±Infinity (withheld, not published) get no rank
 * @returns one rank per value, in input order; null for a missing value
 */
export function competitionRank(
  values: readonly (number | null)[],
  order: 'desc' | 'asc' = 'desc',
): (number | null)[] {
  const present = values
    .map((value, index) => ({ value, index }))
    .filter((d): d is { value: number; index: number } => d.value !== null && Number.isFinite(d.value))
    .sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value));
  const ranks: (number | null)[] = values.map(() => null);
  present.forEach((d, position) => {
    const previous = present[position - 1];
    ranks[d.index] = previous !== undefined && previous.value === d.value ? (ranks[previous.index] as number) : position + 1;
  });
  return ranks;
}
