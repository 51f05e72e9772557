/**
 * Caps applied before anything is decoded, so that a hostile link costs little: a 6,000-character
 * hash holds the largest real scenario (279 site ids ≈ 2,300 characters) with room to spare.
 */
export const PERMALINK_LIMITS = {
  /** Characters of the hash (without `#`); the rest is dropped. */
  hashLength: 6000,
  /** Parameters read; the rest are dropped. */
  params: 40,
  /** Characters of a parameter name. */
  keyLength: 32,
  /** Characters of a raw (still percent-encoded) value, lists included. */
  valueLength: 3000,
  /** Characters of a raw scalar value (anything but a list). */
  scalarLength: 200,
  /** Characters of a value or key quoted back in a notice. */
  excerpt: 40,
} as const;
