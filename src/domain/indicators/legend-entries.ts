import type { Breaks } from '../types';
import { classIndex } from './class-index';

export interface LegendClass {
  index: number;
  /** Lowest bound: the data minimum for the first class, else the threshold. */
  lower: number;
  /** Upper bound: the next threshold, or the data maximum for the last class. */
  upper: number;
  color: string;
  count: number;
}

export interface LegendEntries {
  classes: LegendClass[];
  /** Units with no value (withheld, not published, zero denominator). */
  missing: number;
}

/**
 * Legend rows for a classified choropleth.
 *
 * @param values one value per unit, null when missing
 * @param breaks inner thresholds (breaks.length + 1 classes)
 * @param colors one colour per class
 * @returns no class when every value is missing
 */
export function legendEntries(
  values: readonly (number | null)[],
  breaks: Breaks,
  colors: readonly string[],
): LegendEntries {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const missing = values.length - present.length;
  if (present.length === 0) return { classes: [], missing };
  let min = Infinity;
  let max = -Infinity;
  for (const v of present) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of present) {
    const i = classIndex(v, breaks) as number;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const classes = counts.map((count, index) => ({
    index,
    lower: index === 0 ? min : (breaks[index - 1] as number),
    upper: index === breaks.length ? max : (breaks[index] as number),
    color: colors[index] ?? colors[colors.length - 1] ?? '#000000',
    count,
  }));
  return { classes, missing };
}
