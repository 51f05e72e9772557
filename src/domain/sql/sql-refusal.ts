/**
 * Why the SQL console refused a text, before sending it to DuckDB.
 *
 * - `empty`: nothing but spaces and comments
 * - `unreadable`: unterminated string, quoted name or comment, or a `$` that is not a dollar quote
 * - `multiple`: more than one statement (only one trailing `;` is allowed)
 * - `first-word`: the statement does not start with a read-only keyword (`word` is what it starts with)
 * - `pragma`: a PRAGMA other than table_info / show_tables / show
 * - `forbidden-word`: a writing or settings keyword (`word`) outside strings and quoted names
 * - `file-function`: a function that reads files or URLs, or runs SQL text (`word`)
 * - `file-literal`: a string or quoted name that is a path or URL, or a string used as a table (`word`)
 */
export type SqlRefusalCode =
  | 'empty'
  | 'unreadable'
  | 'multiple'
  | 'first-word'
  | 'pragma'
  | 'forbidden-word'
  | 'file-function'
  | 'file-literal';

export interface SqlRefusal {
  code: SqlRefusalCode;
  /** The offending word or literal, as written (may be empty). */
  word: string;
  /** Offset of the offending token in the text. */
  at: number;
}

export type SqlCheck =
  | {
      ok: true;
      /** The statement to run: the text without its trailing `;` (and what follows it). */
      statement: string;
    }
  | { ok: false; refusal: SqlRefusal };
