import type { SqlRefusal } from './sql-refusal';
import { FORBIDDEN_WORDS, isFileFunction } from './sql-words';

/** DuckDB's own token types (duckdb-wasm `TokenType`). */
export const DUCKDB_TOKEN = {
  identifier: 0,
  numeric: 1,
  string: 2,
  operator: 3,
  keyword: 4,
  comment: 5,
} as const;

/** What duckdb-wasm's `tokenize()` returns: start offsets and types, in order. */
export interface DuckdbTokens {
  offsets: readonly number[];
  types: readonly number[];
}

const WORD = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/;

/**
 * Second opinion on a text that {@link checkReadOnlySql} accepted, from DuckDB's own tokenizer:
 * catches any disagreement on where strings and comments end (which could hide a keyword or a
 * `;` from the first check). Refuses a `;` that is not the last token, an unquoted forbidden
 * keyword, and a file-reading function name.
 *
 * @param sql the same text that was tokenized
 * @param tokens DuckDB's tokens for `sql`
 * @returns null when DuckDB's view agrees, or the refusal
 */
export function checkDuckdbTokens(sql: string, tokens: DuckdbTokens): SqlRefusal | null {
  const count = Math.min(tokens.offsets.length, tokens.types.length);
  const meaningful: number[] = [];
  for (let k = 0; k < count; k += 1) if (tokens.types[k] !== DUCKDB_TOKEN.comment) meaningful.push(k);

  for (const [m, k] of meaningful.entries()) {
    const start = tokens.offsets[k] as number;
    const end = k + 1 < count ? (tokens.offsets[k + 1] as number) : sql.length;
    const text = sql.slice(start, end).trim();
    const type = tokens.types[k];
    if (type === DUCKDB_TOKEN.operator && text.includes(';') && m !== meaningful.length - 1) {
      return { code: 'multiple', word: ';', at: start };
    }
    if (type === DUCKDB_TOKEN.keyword || type === DUCKDB_TOKEN.identifier) {
      const word = WORD.exec(text)?.[0];
      if (!word) continue;
      if (FORBIDDEN_WORDS.has(word.toLowerCase())) return { code: 'forbidden-word', word, at: start };
      if (isFileFunction(word)) {
        const after = meaningful[m + 1];
        const nextText = after === undefined ? '' : sql.slice(tokens.offsets[after] as number).trimStart();
        if (nextText.startsWith('(') || /^read_|_scan$/i.test(word)) return { code: 'file-function', word, at: start };
      }
    }
  }
  return null;
}
