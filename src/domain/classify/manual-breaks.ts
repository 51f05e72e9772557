import type { BreaksIssue, BreaksResult, BreaksWarningCode } from './class-breaks';
import { K_MAX, K_MIN } from './class-breaks';
import { finiteSorted } from './finite-sorted';
import { makeBreaks } from './make-breaks';
import { messages } from './messages';

/**
 * User-typed thresholds, validated. Errors are returned, never thrown; checked in order:
 * 1. count: 2…8 thresholds (3…9 classes), else `thresholds-count`;
 * 2. each finite, else `threshold-not-finite` (1-based position in the message);
 * 3. strictly increasing as typed, else `thresholds-not-increasing`;
 * 4. at least one finite value, else `no-values`.
 *
 * Out of range: a threshold ≤ min or > max would only open an empty class, so it is
 * dropped (clamping it to the range and collapsing gives the same result) with one
 * `threshold-out-of-range` warning each. A threshold equal to max is kept: the last class
 * is then [max, max].
 *
 * @param values one value per commune; null, NaN and ±Infinity are ignored
 * @param thresholds inner thresholds, in the indicator's unit (see `parseNumberList`)
 */
export function manualBreaks(
  values: readonly (number | null)[],
  thresholds: readonly number[],
): BreaksResult {
  const count = thresholds.length;
  if (count < K_MIN - 1 || count > K_MAX - 1) {
    return { ok: false, error: messages.thresholdsCount(count) };
  }
  const notFinite = thresholds.findIndex((t) => !Number.isFinite(t));
  if (notFinite >= 0) return { ok: false, error: messages.thresholdNotFinite(notFinite + 1) };
  for (let i = 1; i < count; i++) {
    const previous = thresholds[i - 1] as number;
    const next = thresholds[i] as number;
    if (!(next > previous)) {
      return { ok: false, error: messages.thresholdsNotIncreasing(previous, next) };
    }
  }
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return { ok: false, error: messages.noValues() };
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const outOfRange: BreaksIssue<BreaksWarningCode>[] = thresholds
    .filter((t) => t <= min || t > max)
    .map((t) => messages.thresholdOutOfRange(t, min, max));
  const result = makeBreaks('manual', count + 1, sorted, thresholds);
  return { ...result, warnings: [...outOfRange, ...result.warnings] };
}
