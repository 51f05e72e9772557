/**
 * A small SQL tokenizer for the read-only guard of the SQL console (DuckDB dialect).
 *
 * It only needs to know where strings, quoted identifiers and comments start and end, so that
 * a `;` or a keyword inside them is not mistaken for code. When in doubt it is conservative:
 * block comments do not nest (a nested `/* … *\/` leaves text outside the comment, which is then
 * checked), and a `$` that does not open a dollar-quoted string is an error.
 */

export type SqlTokenKind =
  /** Unquoted word: keyword, identifier or function name, as written. */
  | 'word'
  /** `"…"` identifier; `value` is the unquoted name. */
  | 'quoted'
  /** `'…'`, `E'…'`, `$tag$…$tag$`; `value` is the string content. */
  | 'string'
  | 'number'
  | 'semicolon'
  /** Any other character: `(`, `)`, `,`, `.`, `*`, `=`, `::`… one character per token. */
  | 'symbol';

export interface SqlToken {
  kind: SqlTokenKind;
  /** Source text of the token. */
  text: string;
  /** Unquoted content for `string` and `quoted`; the text otherwise. */
  value: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

export type TokenizeError = { error: 'unterminated-string' | 'unterminated-identifier' | 'unterminated-comment' | 'dollar'; at: number };

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** Reads a quoted run starting at `start` (on the opening quote); a doubled quote escapes it. */
function readQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): { end: number; value: string } | null {
  let value = '';
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslashEscapes && c === '\\') {
      if (i + 1 >= sql.length) return null;
      value += sql[i + 1];
      i += 2;
      continue;
    }
    if (c === quote) {
      if (sql[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { end: i + 1, value };
    }
    value += c;
    i += 1;
  }
  return null;
}

/**
 * Splits SQL into tokens, dropping whitespace and comments (`-- …` to end of line, `/* … *\/`).
 *
 * Strings: `'…'` with `''` for a quote; `E'…'` also with backslash escapes (as DuckDB reads them);
 * `$$…$$` and `$tag$…$tag$`. Identifiers: `"…"` with `""` for a quote.
 *
 * @returns the tokens, or where the input cannot be read safely (unterminated string, identifier
 *   or comment; a `$` that is not a dollar quote, e.g. a `$1` parameter)
 */
export function tokenizeSql(sql: string): SqlToken[] | TokenizeError {
  const tokens: SqlToken[] = [];
  let i = 0;
  const push = (kind: SqlTokenKind, start: number, end: number, value = sql.slice(start, end)) =>
    tokens.push({ kind, text: sql.slice(start, end), value, start, end });

  while (i < sql.length) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '-' && next === '-') {
      const eol = sql.slice(i).search(/[\r\n]/);
      i = eol === -1 ? sql.length : i + eol;
    } else if (c === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      if (close === -1) return { error: 'unterminated-comment', at: i };
      i = close + 2;
    } else if (c === "'") {
      const read = readQuoted(sql, i, "'", false);
      if (!read) return { error: 'unterminated-string', at: i };
      push('string', i, read.end, read.value);
      i = read.end;
    } else if (c === '"') {
      const read = readQuoted(sql, i, '"', false);
      if (!read) return { error: 'unterminated-identifier', at: i };
      push('quoted', i, read.end, read.value);
      i = read.end;
    } else if (c === '$') {
      const tag = DOLLAR_TAG.exec(sql.slice(i));
      if (!tag) return { error: 'dollar', at: i };
      const close = sql.indexOf(tag[0], i + tag[0].length);
      if (close === -1) return { error: 'unterminated-string', at: i };
      const end = close + tag[0].length;
      push('string', i, end, sql.slice(i + tag[0].length, close));
      i = end;
    } else if (/\d/.test(c) || (c === '.' && next !== undefined && /\d/.test(next))) {
      const match = NUMBER.exec(sql.slice(i));
      const end = i + (match ? match[0].length : 1);
      push('number', i, end);
      i = end;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < sql.length && WORD_CHAR.test(sql[end] as string)) end += 1;
      // E'…' (escape string): backslashes escape, unlike in standard strings.
      if ((end - i === 1 && (c === 'e' || c === 'E')) && sql[end] === "'") {
        const read = readQuoted(sql, end, "'", true);
        if (!read) return { error: 'unterminated-string', at: i };
        push('string', i, read.end, read.value);
        i = read.end;
      } else {
        push('word', i, end);
        i = end;
      }
    } else if (c === ';') {
      push('semicolon', i, i + 1);
      i += 1;
    } else {
      push('symbol', i, i + 1);
      i += 1;
    }
  }
  return tokens;
}

export function isTokenizeError(result: SqlToken[] | TokenizeError): result is TokenizeError {
  return !Array.isArray(result);
}
