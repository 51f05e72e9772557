/** Highest and lowest of a few unit values (the three territories), and how far apart they are. */
export interface Spread {
  /** Index (in the input) of the highest and of the lowest value; the first one on a tie. */
  maxIndex: number;
  minIndex: number;
  max: number;
  min: number;
  /** max − min, in the indicator's unit (percentage points for a %). */
  gap: number;
  /** max / min; null when min ≤ 0 or when a ratio makes no sense for the indicator. */
  ratio: number | null;
}

/**
 * Gap and ratio between the highest and the lowest value.
 *
 * @param values one value per unit (e.g. nord, centre, sud)
 * @param ratioMeaningful false for signed quantities such as a change rate (−2 % vs +3 %), where
 *   max / min means nothing
 * @returns null when fewer than 2 values or when any value is missing: a gap over the
 *   territories that have a value would hide the missing one
 */
export function territorySpread(values: readonly (number | null)[], ratioMeaningful = true): Spread | null {
  if (values.length < 2) return null;
  let maxIndex = 0;
  let minIndex = 0;
  for (const [i, v] of values.entries()) {
    if (v === null || !Number.isFinite(v)) return null;
    if (v > (values[maxIndex] as number)) maxIndex = i;
    if (v < (values[minIndex] as number)) minIndex = i;
  }
  const max = values[maxIndex] as number;
  const min = values[minIndex] as number;
  return { maxIndex, minIndex, max, min, gap: max - min, ratio: ratioMeaningful && min > 0 ? max / min : null };
}
