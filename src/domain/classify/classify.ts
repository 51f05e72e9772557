import { bisectRight } from 'd3';
import type { ClassBreaks } from './class-breaks';

/**
 * Class index of each value: the number of thresholds ≤ value, so a value equal to a
 * threshold goes to the upper class (MapLibre `step` semantics).
 *
 * Values outside [min, max] (e.g. classed with breaks from another year) fall in the first
 * or last class, which are open-ended.
 *
 * @param values one value per commune
 * @returns 0…k−1 per value, null for null, NaN and ±Infinity (never classed)
 */
export function classify(
  values: readonly (number | null)[],
  breaks: Pick<ClassBreaks, 'thresholds'>,
): (number | null)[] {
  return values.map((v) =>
    v === null || !Number.isFinite(v) ? null : bisectRight(breaks.thresholds, v),
  );
}
