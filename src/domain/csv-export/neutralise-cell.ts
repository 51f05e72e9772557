/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), also
 * after leading spaces (some importers trim them) and in their full-width forms (＝ ＋ － ＠, which
 * Excel accepts as operators with an Asian input method).
 */
const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** A plain negative number written as text: "-12", "-3.5", "-3,5". Not a formula. */
const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;

/**
 * Neutralises a text cell against formula injection (OWASP "CSV Injection"): a cell starting
 * with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed (or with spaces then `=`, `+`,
 * `-`, `@`, or their full-width forms) gets a leading apostrophe, so that Excel, LibreOffice and
 * Google Sheets show it as text instead of running it.
 * A plain negative number ("-12,5") is left as is: it is not a formula.
 *
 * https://owasp.org/www-community/attacks/CSV_Injection
 *
 * @param text the cell text, before CSV quoting
 */
export function neutraliseCell(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NEGATIVE.test(text)) return text;
  return `'${text}`;
}

/**
 * The same for a piece of an unquoted line (a `#` comment line cut at the separator): a piece that
 * starts with `"` opens a quoted field in a spreadsheet, whose text starts after the quote, so
 * quotes are looked through too (`"=1+1"` is read as the formula `=1+1`).
 */
export function neutraliseUnquotedPiece(piece: string): string {
  const inner = piece.replace(/^[ \u00a0\u3000"]*/, '');
  if (inner === piece) return neutraliseCell(piece);
  if (!FORMULA_START.test(inner) || PLAIN_NEGATIVE.test(inner)) return piece;
  return `'${piece}`;
}
