import { bisectRight } from 'd3';
import type { ClassBreaks } from '../classify/class-breaks';
import { histogram } from '../classify/histogram';

/** One bar of the legend histogram, coloured by the class of its midpoint. */
export interface HistogramBar {
  x0: number;
  x1: number;
  count: number;
  classIndex: number;
  color: string;
}

/**
 * Equal-width histogram of the values, each bar coloured by the class its midpoint falls
 * in (a bar that straddles a threshold takes one colour; the thresholds are drawn on top).
 *
 * @param bins number of bars, integer ≥ 1
 * @returns [] when there is no finite value
 */
export function histogramBars(
  values: readonly (number | null)[],
  breaks: Pick<ClassBreaks, 'thresholds'>,
  colors: readonly string[],
  bins: number,
): HistogramBar[] {
  return histogram(values, bins).map(({ x0, x1, count }) => {
    const classIndex = bisectRight(breaks.thresholds, (x0 + x1) / 2);
    return { x0, x1, count, classIndex, color: colors[classIndex] ?? '#000000' };
  });
}
