import type { NormalisedMatrix } from './prepare-composite';

/**
 * Composite score of every commune: the weighted mean of its available normalised indicators,
 *
 *   score_i = Σ_{j ∈ A_i} w_j · x_ij / Σ_{j ∈ A_i} w_j
 *
 * where A_i is the set of indicators commune i has. With the default `minCoverage` of 1, A_i is
 * every selected indicator. Nothing is imputed.
 *
 * @param matrix from {@link prepareComposite}
 * @param weights one weight per indicator (> 0), defaults to the nominal weights
 * @param out receives the scores, NaN for communes not scored; allocated when omitted
 * @param wsum scratch buffer of length n; allocated when omitted
 * @returns `out`
 */
export function weightedScores(
  matrix: NormalisedMatrix,
  weights: Float64Array = matrix.weights,
  out: Float64Array = new Float64Array(matrix.n),
  wsum: Float64Array = new Float64Array(matrix.n),
): Float64Array {
  const { n, k, values, eligible } = matrix;
  out.fill(0);
  wsum.fill(0);
  for (let j = 0; j < k; j++) {
    const w = weights[j] as number;
    const base = j * n;
    for (let i = 0; i < n; i++) {
      const x = values[base + i] as number;
      if (x === x) {
        out[i] = (out[i] as number) + w * x;
        wsum[i] = (wsum[i] as number) + w;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    out[i] = eligible[i] === 1 ? (out[i] as number) / (wsum[i] as number) : NaN;
  }
  return out;
}
