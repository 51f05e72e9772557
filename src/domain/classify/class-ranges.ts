import type { ClassBreaks } from './class-breaks';

/** Bounds of one class, for the legend label: [lo, hi), or [lo, hi] for the last class. */
export interface ClassRange {
  lo: number;
  hi: number;
}

/**
 * The k class ranges: lo is min for the first class, else the threshold below; hi is the
 * next threshold, or max for the last class. Feed to `formatRange`.
 *
 * @returns one range per class; a single [min, max] when k = 1
 */
export function classRanges(breaks: Pick<ClassBreaks, 'thresholds' | 'min' | 'max'>): ClassRange[] {
  const bounds = [breaks.min, ...breaks.thresholds, breaks.max];
  return bounds.slice(0, -1).map((lo, i) => ({ lo, hi: bounds[i + 1] as number }));
}
