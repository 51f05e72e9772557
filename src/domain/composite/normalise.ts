import { minMax } from './min-max';
import { percentileRanks } from './percentile-ranks';
import type { FragilityDirection, NormalisationMethod } from './types';
import { zScores } from './z-scores';

/**
 * Normalises an indicator column so that a higher result always means **more fragile**.
 *
 * A `higher-less-fragile` indicator (income, pharmacies per 10,000…) is negated before normalising.
 * All three methods are affine or rank-based, so this equals inverting afterwards:
 * z(−x) = −z(x), minMax(−x) = 1 − minMax(x), percentile(−x) = 1 − percentile(x).
 *
 * @param values one value per commune, in the indicator's unit; null, NaN, ±Infinity are missing
 * @returns normalised values (z-score: unitless, centred on 0; min-max and rank: in [0, 1]),
 *   null where missing
 */
export function normalise(
  values: readonly (number | null)[],
  method: NormalisationMethod,
  direction: FragilityDirection,
): (number | null)[] {
  const oriented =
    direction === 'higher-less-fragile' ? values.map((v) => (v === null ? null : -v)) : values;
  switch (method) {
    case 'z-score':
      return zScores(oriented);
    case 'min-max':
      return minMax(oriented);
    case 'rank':
      return percentileRanks(oriented);
  }
}
