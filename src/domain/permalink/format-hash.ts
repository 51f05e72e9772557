/** Percent-encodes a value, keeping `,` and `:` readable (list and pair separators). */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/**
 * Writes parameters as a hash body (`k=v&k2=v2`, without `#`), in the given order; '' when there
 * is none. Keys are the app's own (plain ASCII); values are percent-encoded.
 */
export function formatHash(params: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [key, value] of params) parts.push(`${key}=${encodeValue(value)}`);
  return parts.join('&');
}
