/**
 * Standard scores with the **population** standard deviation (divide by m, not m − 1): the 267
 * communes are the whole population studied, not a sample of it.
 *
 *   z_i = (x_i − μ) / σ,  μ = Σ x / m,  σ = √(Σ (x − μ)² / m)
 *
 * where the sums run over the m finite values.
 *
 * @param values one value per commune; null, NaN and ±Infinity are missing
 * @returns z-scores (unitless), null where missing; all 0 when every value is equal (σ = 0)
 */
export function zScores(values: readonly (number | null)[]): (number | null)[] {
  let m = 0;
  let sum = 0;
  for (const v of values) {
    if (v !== null && Number.isFinite(v)) {
      m++;
      sum += v;
    }
  }
  if (m === 0) return values.map(() => null);
  const mean = sum / m;
  let ss = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / m);
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    return sd === 0 ? 0 : (v - mean) / sd;
  });
}
