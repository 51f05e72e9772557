import type { Lang } from '../types';
import { numberFormat } from './format-number';

/**
 * Fewest decimals (≥ `min`) at which successive legend bounds stay distinct once
 * formatted, so that no label reads "12,3 – 12,3".
 *
 * @param bounds ascending values, e.g. [min, ...thresholds, max] of a `ClassBreaks`
 * @param options min: the indicator's usual decimals (default 0); max: cap (default 3)
 * @returns the first d in min…max that keeps every pair of strictly increasing neighbours
 *   distinct, else max
 */
export function distinctDecimals(
  bounds: readonly number[],
  options: { lang?: Lang; min?: number; max?: number } = {},
): number {
  const { lang = 'fr', min = 0, max = 3 } = options;
  for (let d = min; d < max; d++) {
    const format = numberFormat(lang, d);
    const clash = bounds.some(
      (v, i) => i > 0 && v > (bounds[i - 1] as number) && format.format(v) === format.format(bounds[i - 1] as number),
    );
    if (!clash) return d;
  }
  return max;
}
