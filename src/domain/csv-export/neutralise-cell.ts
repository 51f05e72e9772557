/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain negative number written as text: "-12", "-3.5", "-3,5". Not a formula. */
const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;

/**
 * Neutralises a text cell against formula injection (OWASP "CSV Injection"): a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that Excel,
 * LibreOffice and Google Sheets show it as text instead of running it.
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
