import type { BreaksErrorCode, BreaksIssue } from './class-breaks';
import { finiteSorted } from './finite-sorted';
import { messages } from './messages';
import { validateK } from './validate-k';

/**
 * Shared first step of the k-based methods: validates k, then keeps the finite values.
 *
 * @returns the finite values ascending, or an `invalid-k` / `no-values` error
 */
export function prepareValues(
  values: readonly (number | null)[],
  k: number,
): { ok: true; sorted: number[] } | { ok: false; error: BreaksIssue<BreaksErrorCode> } {
  const invalid = validateK(k);
  if (invalid) return { ok: false, error: invalid };
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return { ok: false, error: messages.noValues() };
  return { ok: true, sorted };
}
