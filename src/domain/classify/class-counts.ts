import type { ClassBreaks } from './class-breaks';
import { classify } from './classify';

/**
 * Number of values per class, for the legend.
 *
 * @returns `counts` of length `breaks.k` (zeros allowed), and `missing` = values that are
 *   null, NaN or ±Infinity (withheld or absent); sum(counts) + missing = values.length
 */
export function classCounts(
  values: readonly (number | null)[],
  breaks: Pick<ClassBreaks, 'thresholds' | 'k'>,
): { counts: number[]; missing: number } {
  const counts = new Array<number>(breaks.k).fill(0);
  let missing = 0;
  for (const c of classify(values, breaks)) {
    if (c === null) missing++;
    else counts[c] = (counts[c] ?? 0) + 1;
  }
  return { counts, missing };
}
