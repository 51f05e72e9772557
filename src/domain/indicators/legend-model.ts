import type { ClassBreaks } from '../classify/class-breaks';
import { classCounts } from '../classify/class-counts';
import { classRanges } from '../classify/class-ranges';

/** One legend row: bounds [lo, hi) ([lo, hi] for the last class), colour, number of units. */
export interface LegendClassEntry {
  index: number;
  lo: number;
  hi: number;
  color: string;
  count: number;
}

export interface LegendModel {
  classes: LegendClassEntry[];
  /** Units with no value (withheld, not published, not aggregable, zero denominator). */
  missing: number;
  /** All units: sum of the counts + missing. */
  total: number;
}

/**
 * Legend rows for classified values.
 *
 * @param values one value per unit (same order as on the map); null = missing
 * @param breaks null when no classification could be made (e.g. no value at all): every
 *   unit is then counted as missing, as the map shows it
 * @param colors one colour per class (`breaks.k`); a missing colour falls back to the last one
 */
export function legendModel(
  values: readonly (number | null)[],
  breaks: ClassBreaks | null,
  colors: readonly string[],
): LegendModel {
  if (!breaks) return { classes: [], missing: values.length, total: values.length };
  const { counts, missing } = classCounts(values, breaks);
  const classes = classRanges(breaks).map(({ lo, hi }, index) => ({
    index,
    lo,
    hi,
    color: colors[index] ?? colors[colors.length - 1] ?? '#000000',
    count: counts[index] ?? 0,
  }));
  return { classes, missing, total: values.length };
}
