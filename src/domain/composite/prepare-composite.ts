import type { CodeInsee, IndicatorId } from '../types';
import { normalise } from './normalise';
import type { CompositeInput, IndexDefinition } from './types';

/** Tolerance on the weight share, so that 0.1 + 0.2 of the weight still counts as 0.3. */
const COVERAGE_EPSILON = 1e-12;

/**
 * Indicators normalised once, ready for repeated weighted sums (see {@link weightedScores}).
 * `values[j * n + i]` is indicator j for commune i, oriented so that higher = more fragile;
 * NaN where the commune has no value.
 */
export interface NormalisedMatrix {
  codes: readonly CodeInsee[];
  ids: readonly IndicatorId[];
  /** Communes. */
  n: number;
  /** Indicators. */
  k: number;
  values: Float64Array;
  /** Nominal weights, in the order of `ids`. */
  weights: Float64Array;
  /** Share of the nominal weight available for each commune, in [0, 1]. */
  coverage: Float64Array;
  /** 1 when the commune is scored (coverage ≥ the definition's `minCoverage`), else 0. */
  eligible: Uint8Array;
  /** Ids of the selected indicators each commune lacks (empty array when complete). */
  missing: readonly (readonly IndicatorId[])[];
}

/**
 * Normalises every selected indicator of a definition (once) and decides which communes are scored.
 *
 * Each indicator is normalised over all the communes that have a value for it, whatever the other
 * indicators: a commune's normalised value does not depend on which indicators are selected with it.
 *
 * @param definition a validated definition (see {@link validateIndexDefinition})
 * @param input indicator columns aligned on `input.codes`
 * @throws RangeError when a selected indicator has no column in `input`, or a column has the wrong length
 */
export function prepareComposite(definition: IndexDefinition, input: CompositeInput): NormalisedMatrix {
  const n = input.codes.length;
  const k = definition.indicators.length;
  const values = new Float64Array(k * n);
  const weights = Float64Array.from(definition.indicators, (d) => d.weight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const available = new Float64Array(n);
  const missing: IndicatorId[][] = Array.from({ length: n }, () => []);
  definition.indicators.forEach((indicator, j) => {
    const column = input.columns.get(indicator.id);
    if (!column) throw new RangeError(`Indicateur « ${indicator.id} » absent des données fournies`);
    if (column.length !== n) {
      throw new RangeError(`Indicateur « ${indicator.id} » : ${column.length} valeurs pour ${n} communes`);
    }
    const normalised = normalise(column, definition.normalisation, indicator.direction);
    for (let i = 0; i < n; i++) {
      const v = normalised[i];
      if (v == null) {
        values[j * n + i] = NaN;
        (missing[i] as IndicatorId[]).push(indicator.id);
      } else {
        values[j * n + i] = v;
        available[i] = (available[i] as number) + (weights[j] as number);
      }
    }
  });
  const coverage = available.map((w) => (totalWeight > 0 ? w / totalWeight : 0));
  const eligible = Uint8Array.from(coverage, (c) =>
    c > 0 && c >= definition.minCoverage - COVERAGE_EPSILON ? 1 : 0,
  );
  return { codes: input.codes, ids: definition.indicators.map((d) => d.id), n, k, values, weights, coverage, eligible, missing };
}
