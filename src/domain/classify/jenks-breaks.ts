import { ckmeans } from 'simple-statistics';
import type { BreaksResult } from './class-breaks';
import { makeBreaks } from './make-breaks';
import { prepareValues } from './prepare-values';

/**
 * Natural breaks (Jenks), computed with simple-statistics' `ckmeans` (optimal 1-D k-means,
 * which minimises the within-class sum of squares like Jenks).
 * https://simple-statistics.github.io/docs/#ckmeans
 *
 * Each threshold is the smallest value of a cluster. With fewer distinct values than k,
 * k is lowered to that count (each distinct value is its own class); ckmeans may split
 * copies of a value across clusters, so duplicate thresholds are collapsed.
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param k requested number of classes, integer 3…9
 */
export function jenksBreaks(values: readonly (number | null)[], k: number): BreaksResult {
  const prepared = prepareValues(values, k);
  if (!prepared.ok) return prepared;
  const { sorted } = prepared;
  const distinct = new Set(sorted).size;
  const clusters = ckmeans(sorted, Math.min(k, distinct));
  const candidates = clusters.slice(1).map((cluster) => cluster[0] as number);
  return makeBreaks('jenks', k, sorted, candidates);
}
