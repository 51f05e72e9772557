/**
 * Slight multiplicative noise on the replica's values, so that the 130 copies of a commune do not
 * all carry the same value (which would make every class break a tie). Withheld values (null)
 * stay null: never 0, never estimated. Zeros stay zero.
 */

/**
 * `value × (1 + amplitude × (2u − 1))`, rounded to `decimals` (3 for the census' weighted
 * counts, 0 for integer counts). With u uniform in [0, 1) the factor is in [1 − amplitude, 1 + amplitude).
 *
 * @param u a uniform draw in [0, 1)
 * @returns null for null (withheld stays withheld)
 */
export function jitterValue(value: number | null, u: number, amplitude: number, decimals: number): number | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  return Math.round(value * (1 + amplitude * (2 * u - 1)) * scale) / scale;
}

/** 0 when every non-null value of the column is an integer (equipment counts, euros), else 3. */
export function decimalsOf(column: readonly (number | null)[]): number {
  return column.every((v) => v === null || Number.isInteger(v)) ? 0 : 3;
}

/** A ratio of the catalogue whose numerator must not exceed its denominator once jittered. */
export interface BoundedPair {
  numerator: string;
  denominator: string;
}

/**
 * Keeps numerator ≤ denominator for row `i` of each pair where the real values satisfied it
 * (a share stays ≤ 100 %), by lowering the numerator to the denominator. Repeats until nothing
 * changes (a column can be the denominator of one pair and the numerator of another).
 *
 * @param jittered columns to fix, in place
 * @param real the real columns (decide which rows are bounded)
 * @returns number of values lowered
 */
export function clampPairs(
  jittered: Map<string, (number | null)[]>,
  real: ReadonlyMap<string, readonly (number | null)[]>,
  pairs: readonly BoundedPair[],
): number {
  let lowered = 0;
  for (let pass = 0; pass < 10; pass++) {
    let changed = 0;
    for (const { numerator, denominator } of pairs) {
      const num = jittered.get(numerator);
      const den = jittered.get(denominator);
      const realNum = real.get(numerator);
      const realDen = real.get(denominator);
      if (!num || !den || !realNum || !realDen) continue;
      for (let i = 0; i < num.length; i++) {
        const rn = realNum[i];
        const rd = realDen[i];
        const n = num[i];
        const d = den[i];
        if (rn == null || rd == null || n == null || d == null || rn > rd) continue;
        if (n > d) {
          num[i] = d;
          changed++;
        }
      }
    }
    lowered += changed;
    if (changed === 0) return lowered;
  }
  return lowered;
}
