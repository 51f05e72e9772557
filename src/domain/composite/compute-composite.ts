import type { CodeInsee, IndicatorId } from '../types';
import { competitionRanks } from './competition-ranks';
import { prepareComposite, type NormalisedMatrix } from './prepare-composite';
import type { CompositeInput, IndexDefinition } from './types';
import { weightedScores } from './weighted-scores';

/** A commune left out of the index because it lacks too many indicators. */
export interface ExcludedCommune {
  code: CodeInsee;
  /** The selected indicators it has no value for. */
  missing: IndicatorId[];
  /** Share of the total weight it has, in [0, 1). */
  coverage: number;
}

export interface CompositeResult {
  /** Composite score per commune, in the order of `input.codes` (null = not scored). */
  scores: (number | null)[];
  /** Rank per commune: 1 = most fragile, ties competition-style (1, 2, 2, 4); null = not scored. */
  ranks: (number | null)[];
  /** Communes scored. */
  ranked: number;
  /** Communes not scored, in code order, with what they lack. Never silently dropped. */
  excluded: ExcludedCommune[];
  /** Scored communes that lack some indicators (only when `minCoverage` < 1). */
  partial: ExcludedCommune[];
  /** The normalised indicators, reusable by {@link rankStability}. */
  matrix: NormalisedMatrix;
}

/**
 * Computes a composite fragility index: normalisation, orientation, weighted mean, ranking.
 *
 * @param definition a validated definition
 * @param input indicator columns aligned on the communes
 * @throws RangeError when a selected indicator has no column (see {@link prepareComposite})
 */
export function computeComposite(definition: IndexDefinition, input: CompositeInput): CompositeResult {
  const matrix = prepareComposite(definition, input);
  const typed = weightedScores(matrix);
  const typedRanks = competitionRanks(typed);
  const scores: (number | null)[] = [];
  const ranks: (number | null)[] = [];
  const excluded: ExcludedCommune[] = [];
  const partial: ExcludedCommune[] = [];
  for (let i = 0; i < matrix.n; i++) {
    const scored = matrix.eligible[i] === 1;
    scores.push(scored ? (typed[i] as number) : null);
    ranks.push(scored ? (typedRanks[i] as number) : null);
    const missing = matrix.missing[i] as IndicatorId[];
    if (missing.length > 0) {
      const entry = { code: matrix.codes[i] as CodeInsee, missing: [...missing], coverage: matrix.coverage[i] as number };
      (scored ? partial : excluded).push(entry);
    }
  }
  return { scores, ranks, ranked: ranks.filter((r) => r !== null).length, excluded, partial, matrix };
}
