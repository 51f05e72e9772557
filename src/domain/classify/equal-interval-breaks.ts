import type { BreaksResult } from './class-breaks';
import { makeBreaks } from './make-breaks';
import { prepareValues } from './prepare-values';

/**
 * Equal-interval breaks: k classes of width (max − min)/k.
 *
 * Thresholds are min + (max − min)·i/k, i = 1…k−1. Inner classes may be empty (that is the
 * point of the method: the legend shows the scale, not the counts). All values equal →
 * one class.
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param k requested number of classes, integer 3…9
 */
export function equalIntervalBreaks(values: readonly (number | null)[], k: number): BreaksResult {
  const prepared = prepareValues(values, k);
  if (!prepared.ok) return prepared;
  const { sorted } = prepared;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const candidates = Array.from({ length: k - 1 }, (_, j) => min + ((max - min) * (j + 1)) / k);
  return makeBreaks('equal-interval', k, sorted, candidates);
}
