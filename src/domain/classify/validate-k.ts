import { K_MAX, K_MIN } from './class-breaks';
import type { BreaksErrorCode, BreaksIssue } from './class-breaks';
import { messages } from './messages';

/**
 * Checks a requested number of classes.
 *
 * @returns null when k is an integer in [K_MIN, K_MAX] (3…9), else an `invalid-k` error
 */
export function validateK(k: number): BreaksIssue<BreaksErrorCode> | null {
  return Number.isInteger(k) && k >= K_MIN && k <= K_MAX ? null : messages.invalidK(k);
}
