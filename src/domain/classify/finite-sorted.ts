/**
 * The classable values, ascending.
 *
 * @param values indicator values; null (missing or secret statistique), NaN and ±Infinity
 *   are all treated as missing and dropped
 * @returns a new array, possibly empty
 */
export function finiteSorted(values: readonly (number | null | undefined)[]): number[] {
  return values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
}
