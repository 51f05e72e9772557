import { randomLcg } from 'd3';
import type { CodeInsee } from '../types';
import { competitionRanks } from './competition-ranks';
import { nearestRank } from './nearest-rank';
import type { NormalisedMatrix } from './prepare-composite';
import { weightedScores } from './weighted-scores';

export interface StabilityOptions {
  /** Integer in [0, 2³¹ − 1]: the same seed gives the same result. */
  seed: number;
  /** Random weight sets drawn; default 500. */
  draws?: number;
  /** Relative perturbation: each weight is multiplied by U(1 − p, 1 + p); in [0, 1), default 0.25. */
  p?: number;
  /** A commune is unstable when p95 − p05 > this share of the ranked communes; default 0.1. */
  unstableShare?: number;
}

/** How a commune's rank moves when the weights are perturbed. Ranks: 1 = most fragile. */
export interface CommuneStability {
  code: CodeInsee;
  /** Rank with the nominal weights. */
  rank: number;
  /** 5th percentile of the ranks over the draws (nearest-rank, see {@link rankStability}). */
  p05: number;
  median: number;
  p95: number;
  /** p95 − p05, in ranks. */
  width: number;
  unstable: boolean;
}

export interface StabilityResult {
  seed: number;
  draws: number;
  p: number;
  /** Communes ranked (the same set in every draw). */
  ranked: number;
  /** A commune is unstable when its width exceeds this many ranks (unstableShare × ranked). */
  unstableWidth: number;
  /** Per commune, in the matrix's order; null for communes not scored. */
  communes: (CommuneStability | null)[];
  unstableCount: number;
}

/**
 * Rank stability of a composite index under random weights (a Monte Carlo sensitivity analysis).
 *
 * For each of `draws` draws, every weight is multiplied by an independent factor U(1 − p, 1 + p)
 * (drawn in the order draw 1 indicator 1, draw 1 indicator 2, …, from `d3.randomLcg(seed)`), the
 * scores are recomputed from the already-normalised indicators, and the communes re-ranked
 * (competition ranking, 1 = most fragile). Which communes are ranked does not change between draws:
 * eligibility is decided once, with the nominal weights.
 *
 * Percentiles use the nearest-rank definition ({@link nearestRank}) on the N draw ranks of a commune
 * sorted ascending: P_q = the ⌈q·N⌉-th smallest (N = 500: p05 = 25th, median = 250th, p95 = 475th). They are always
 * ranks that occurred. A commune is `unstable` when p95 − p05 > unstableShare × ranked
 * (default: 10 % of 267 = 26.7, so a width of 27 ranks or more).
 *
 * Cost: normalisation is not redone; each draw is k·n multiply-adds plus a sort of n scores.
 *
 * @param matrix from {@link prepareComposite} (or `computeComposite(...).matrix`)
 * @throws RangeError on an invalid seed, draws (integer ≥ 1), p (in [0, 1)) or unstableShare (in [0, 1])
 */
export function rankStability(matrix: NormalisedMatrix, options: StabilityOptions): StabilityResult {
  const { seed, draws = 500, p = 0.25, unstableShare = 0.1 } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
    throw new RangeError(`La graine doit être un entier entre 0 et 2147483647 (reçu : ${seed})`);
  }
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`Nombre de tirages invalide : ${draws}`);
  if (!(p >= 0 && p < 1)) throw new RangeError(`La perturbation p doit être dans [0, 1) (reçu : ${p})`);
  if (!(unstableShare >= 0 && unstableShare <= 1)) {
    throw new RangeError(`Le seuil d'instabilité doit être dans [0, 1] (reçu : ${unstableShare})`);
  }
  const { n, k } = matrix;
  const random = randomLcg(seed);
  const weights = new Float64Array(k);
  const scores = new Float64Array(n);
  const wsum = new Float64Array(n);
  const ranks = new Int32Array(n);
  const order = new Uint32Array(n);
  // commune-major: allRanks[i * draws + d], so that each commune's ranks sort in place
  const allRanks = new Int32Array(n * draws);
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < k; j++) weights[j] = (matrix.weights[j] as number) * (1 - p + 2 * p * random());
    weightedScores(matrix, weights, scores, wsum);
    competitionRanks(scores, ranks, order);
    for (let i = 0; i < n; i++) allRanks[i * draws + d] = ranks[i] as number;
  }
  const nominal = competitionRanks(weightedScores(matrix));
  let ranked = 0;
  for (let i = 0; i < n; i++) if (matrix.eligible[i] === 1) ranked++;
  const unstableWidth = unstableShare * ranked;
  let unstableCount = 0;
  const communes: (CommuneStability | null)[] = [];
  for (let i = 0; i < n; i++) {
    if (matrix.eligible[i] !== 1) {
      communes.push(null);
      continue;
    }
    const sorted = allRanks.subarray(i * draws, (i + 1) * draws).sort();
    const p05 = nearestRank(sorted, 0.05);
    const p95 = nearestRank(sorted, 0.95);
    const width = p95 - p05;
    const unstable = width > unstableWidth;
    if (unstable) unstableCount++;
    communes.push({
      code: matrix.codes[i] as CodeInsee,
      rank: nominal[i] as number,
      p05,
      median: nearestRank(sorted, 0.5),
      p95,
      width,
      unstable,
    });
  }
  return { seed, draws, p, ranked, unstableWidth, communes, unstableCount };
}
