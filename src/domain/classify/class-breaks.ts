import type { Breaks } from '../types';

/** Class-break methods offered in the legend. */
export type BreakMethod = 'quantile' | 'jenks' | 'equal-interval' | 'std-dev' | 'manual';

/** Fewest and most classes a user may request. */
export const K_MIN = 3;
export const K_MAX = 9;

/** Width of a standard-deviation class, in standard deviations. */
export type StdDevStep = 1 | 0.5;

/**
 * Class breaks of a choropleth, computed on the finite values only.
 *
 * Class bounds (MapLibre `step` semantics, as `classIndex` in `domain/indicators`):
 * - class 0 = [min, t0)
 * - class i = [t(i−1), t(i))
 * - class k−1 = [t(k−2), max], closed at max
 *
 * A value equal to a threshold goes to the upper class. Invariants:
 * `thresholds.length === k − 1` and `min < t0 < t1 < … ≤ max`, so the first and last
 * classes are never empty. Inner classes can be empty with `equal-interval`, `std-dev`
 * and `manual` (never with `quantile` or `jenks`).
 */
export interface ClassBreaks {
  method: BreakMethod;
  /** Classes actually produced (≥ 1); may be below `requestedK` (ties, thresholds out of range). */
  k: number;
  /** Classes asked for (3…9; for `manual`, thresholds typed + 1). */
  requestedK: number;
  /** Inner thresholds, strictly increasing, in the indicator's unit. */
  thresholds: Breaks;
  /** Smallest finite value. */
  min: number;
  /** Largest finite value. */
  max: number;
  /** Number of finite values classed (nulls, NaN and ±Infinity excluded). */
  n: number;
  /** Only for `std-dev`: the centre used, the standard deviation of the values, the step. */
  stdDev?: { mean: number; sd: number; step: StdDevStep };
}

export type BreaksErrorCode =
  | 'no-values'
  | 'invalid-k'
  | 'invalid-mean'
  | 'invalid-step'
  | 'thresholds-count'
  | 'threshold-not-finite'
  | 'thresholds-not-increasing';

export type BreaksWarningCode = 'all-values-equal' | 'fewer-classes' | 'threshold-out-of-range';

/** Numbers quoted by a break message (count, position, thresholds…), formatted per language when shown. */
export type BreaksParams = Readonly<Record<string, number>>;

/**
 * A machine-readable code, its parameters (for `breaksMessage` in any UI language) and the
 * French message ready to show.
 */
export interface BreaksIssue<Code extends string> {
  code: Code;
  params: BreaksParams;
  message: string;
}

/** Break computations never throw on bad input: they return an error instead. */
export type BreaksResult =
  | { ok: true; breaks: ClassBreaks; warnings: BreaksIssue<BreaksWarningCode>[] }
  | { ok: false; error: BreaksIssue<BreaksErrorCode> };
