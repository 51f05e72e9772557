import type { BreakMethod, BreaksResult, ClassBreaks } from './class-breaks';
import { messages } from './messages';

/**
 * Builds a `ClassBreaks` from candidate thresholds, enforcing its invariants.
 *
 * Candidates ≤ min (they would open an empty first class), > max (empty last class) and
 * duplicates (ties) are dropped, so `k` may end up below `requestedK`; a warning says so.
 *
 * @param sorted the finite values, ascending, non-empty
 * @param candidates thresholds in any order
 */
export function makeBreaks(
  method: BreakMethod,
  requestedK: number,
  sorted: readonly number[],
  candidates: readonly number[],
  extra: Pick<ClassBreaks, 'stdDev'> = {},
): BreaksResult & { ok: true } {
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const thresholds = [...candidates]
    .sort((a, b) => a - b)
    .filter((t, i, all) => t > min && t <= max && (i === 0 || t !== all[i - 1]));
  const k = thresholds.length + 1;
  const warnings =
    min === max
      ? [messages.allValuesEqual(min)]
      : k < requestedK
        ? [messages.fewerClasses(k, requestedK)]
        : [];
  const breaks: ClassBreaks = { method, k, requestedK, thresholds, min, max, n: sorted.length, ...extra };
  return { ok: true, breaks, warnings };
}
