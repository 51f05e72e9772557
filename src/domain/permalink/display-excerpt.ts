import { PERMALINK_LIMITS } from './limits';

/** Control (Cc) and format (Cf: bidi overrides, zero-width…) characters, lone surrogates. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * A piece of a URL made safe to quote back to the user as text: control, bidi and zero-width
 * characters become U+FFFD (so `‮` cannot reverse the sentence around it), and it is cut to
 * `max` code points with an ellipsis. It is not HTML-escaped: callers put it in text nodes only.
 */
export function displayExcerpt(text: string, max: number = PERMALINK_LIMITS.excerpt): string {
  const points = Array.from(text.replace(UNSAFE, '\uFFFD'));
  return points.length > max ? `${points.slice(0, max).join('')}…` : points.join('');
}
