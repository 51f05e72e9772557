import { standardDeviation } from 'simple-statistics';
import type { BreaksResult, StdDevStep } from './class-breaks';
import { makeBreaks } from './make-breaks';
import { messages } from './messages';
import { prepareValues } from './prepare-values';

export interface StdDevOptions {
  /**
   * Centre of the classes. Defaults to the mean of the commune values; pass the
   * département value (e.g. a ratio of sums) to centre on it instead.
   */
  mean?: number;
  /** Class width in standard deviations: 1 (default) or 0.5. */
  step?: StdDevStep;
}

/**
 * Standard-deviation breaks, symmetric around `mean`.
 *
 * sd is the population standard deviation of the commune values (about their own mean,
 * whatever centre is used). With s = step·sd:
 * - k even: thresholds mean + j·s, j = −(k/2 − 1)…(k/2 − 1); the centre is a threshold.
 *   k = 4: mean − s, mean, mean + s.
 * - k odd: thresholds mean ± (j + ½)·s; the middle class is [mean − s/2, mean + s/2).
 *   k = 3: mean ± s/2; k = 5: mean ± s/2, mean ± 3s/2.
 * The outer classes are open-ended (they reach min and max). Thresholds outside the data
 * range are dropped (`fewer-classes` warning); inner classes may be empty.
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param k requested number of classes, integer 3…9
 * @returns `invalid-mean` if `mean` is given but not finite, `invalid-step` unless 1 or 0.5;
 *   one class when sd = 0 (all values equal)
 */
export function stdDevBreaks(
  values: readonly (number | null)[],
  k: number,
  options: StdDevOptions = {},
): BreaksResult {
  const step = options.step ?? 1;
  if (step !== 1 && step !== 0.5) return { ok: false, error: messages.invalidStep(step) };
  if (options.mean !== undefined && !Number.isFinite(options.mean)) {
    return { ok: false, error: messages.invalidMean() };
  }
  const prepared = prepareValues(values, k);
  if (!prepared.ok) return prepared;
  const { sorted } = prepared;
  const sd = standardDeviation(sorted);
  const mean = options.mean ?? sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const s = step * sd;
  const offsets: number[] = [];
  if (k % 2 === 0) {
    for (let j = -(k / 2 - 1); j <= k / 2 - 1; j++) offsets.push(j);
  } else {
    for (let j = 0; j < (k - 1) / 2; j++) offsets.push(-(j + 0.5), j + 0.5);
  }
  const candidates = sd === 0 ? [] : offsets.map((o) => mean + o * s);
  return makeBreaks('std-dev', k, sorted, candidates, { stdDev: { mean, sd, step } });
}
