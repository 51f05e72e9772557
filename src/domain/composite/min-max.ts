/**
 * Min-max scaling to [0, 1]: (x − min) / (max − min), over the finite values.
 *
 * @param values one value per commune; null, NaN and ±Infinity are missing
 * @returns values in [0, 1], null where missing; all 0.5 when every value is equal (the middle of
 *   the scale, as the percentile rank of a constant column)
 */
export function minMax(values: readonly (number | null)[]): (number | null)[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v !== null && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const range = max - min;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    return range === 0 ? 0.5 : (v - min) / range;
  });
}
