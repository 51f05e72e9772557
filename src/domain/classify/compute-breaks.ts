import type { BreaksResult, StdDevStep } from './class-breaks';
import { equalIntervalBreaks } from './equal-interval-breaks';
import { jenksBreaks } from './jenks-breaks';
import { manualBreaks } from './manual-breaks';
import { quantileBreaks } from './quantile-breaks';
import { stdDevBreaks } from './std-dev-breaks';

/** What the legend's method picker produces. */
export type BreaksOptions =
  | { method: 'quantile' | 'jenks' | 'equal-interval'; k: number }
  | { method: 'std-dev'; k: number; mean?: number; step?: StdDevStep }
  | { method: 'manual'; thresholds: readonly number[] };

/**
 * Breaks for any method; see each method's function for its rules and edge cases.
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 */
export function computeBreaks(values: readonly (number | null)[], options: BreaksOptions): BreaksResult {
  switch (options.method) {
    case 'quantile':
      return quantileBreaks(values, options.k);
    case 'jenks':
      return jenksBreaks(values, options.k);
    case 'equal-interval':
      return equalIntervalBreaks(values, options.k);
    case 'std-dev':
      return stdDevBreaks(values, options.k, { mean: options.mean, step: options.step });
    case 'manual':
      return manualBreaks(values, options.thresholds);
  }
}
