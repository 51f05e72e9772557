/** Largest file accepted, in bytes (5 Mo = 5 × 1024 × 1024): enough for a few columns on 267 communes. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Messages list at most this many offending lines (or codes), then say how many more there are. */
export const MAX_LISTED = 10;

/** Most columns read from a file. */
export const MAX_COLUMNS = 100;

/**
 * Largest absolute value accepted: beyond 10¹⁵ doubles no longer hold every integer exactly
 * (2⁵³ ≈ 9 × 10¹⁵), and no count or rate of a commune comes near it.
 */
export const MAX_ABS_VALUE = 1e15;

/**
 * Share of the non-empty cells of a column that must be known commune codes (current or former) for
 * an unnamed column to be taken as the code column.
 */
export const CODE_COLUMN_MIN_SHARE = 0.9;

/** Records examined to choose the separator. */
export const SNIFF_RECORDS = 50;

/** Characters of a column name kept from the header line (a longer header is shortened, with a notice). */
export const MAX_COLUMN_NAME = 80;
