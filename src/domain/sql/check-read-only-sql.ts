import type { SqlCheck, SqlRefusal, SqlRefusalCode } from './sql-refusal';
import {
  ALLOWED_FIRST_WORDS,
  ALLOWED_PRAGMAS,
  FORBIDDEN_WORDS,
  isFileFunction,
  looksLikeFileOrUrl,
  OTHER_STATEMENT_WORDS,
} from './sql-words';
import { isTokenizeError, tokenizeSql, type SqlToken } from './tokenize-sql';

const refuse = (code: SqlRefusalCode, word: string, at: number): SqlCheck => ({
  ok: false,
  refusal: { code, word, at } satisfies SqlRefusal,
});

/** A string right after these words would be read as a file by a replacement scan. */
const TABLE_POSITION: ReadonlySet<string> = new Set(['from', 'join', 'table', 'describe', 'summarize']);

const lower = (t: SqlToken | undefined) => (t?.kind === 'word' ? t.text.toLowerCase() : '');

/** First token that is not `(`: the keyword a parenthesised query starts with. */
function firstMeaningful(tokens: readonly SqlToken[]): SqlToken | undefined {
  return tokens.find((t) => !(t.kind === 'symbol' && t.text === '('));
}

/**
 * First line of defence of the SQL console: accepts only one read-only statement.
 *
 * Rules, applied to tokens (so text inside `'…'`, `"…"` and comments never matches a keyword):
 * 1. exactly one statement; a single trailing `;` is allowed;
 * 2. it starts (after any `(`) with SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE,
 *    EXPLAIN, PIVOT, UNPIVOT, or `PRAGMA table_info | show_tables | show_tables_expanded | show`;
 *    any other statement keyword (DROP, SET, BEGIN… see OTHER_STATEMENT_WORDS) is refused, while a
 *    word that starts no statement at all (a typo: `SELEC 1`) is let through so that DuckDB's
 *    parser explains the syntax error (it cannot run anything);
 * 3. no writing, settings or transaction keyword anywhere (ATTACH, COPY, INSTALL, LOAD, SET, CREATE,
 *    INSERT, UPDATE, DELETE, DROP, ALTER, CALL, EXPORT, IMPORT… see FORBIDDEN_WORDS);
 * 4. no function that reads files or URLs or runs SQL text (read_csv, read_parquet, parquet_scan,
 *    glob, query…), even written as a quoted name;
 * 5. no string or quoted name that is a path or URL (`'http…'`, `'x.csv'`), and no string right
 *    after FROM or JOIN (DuckDB would read it as a file).
 *
 * The data layer adds a second line: DuckDB's own tokenizer, a single-statement API, and a
 * transaction that is always rolled back. The page's CSP (`connect-src 'self'`) blocks other hosts.
 *
 * @param sql text typed by the user
 * @returns the statement to run, or the first reason to refuse it
 */
export function checkReadOnlySql(sql: string): SqlCheck {
  const tokens = tokenizeSql(sql);
  if (isTokenizeError(tokens)) return refuse('unreadable', sql.slice(tokens.at, tokens.at + 12), tokens.at);
  if (tokens.length === 0) return refuse('empty', '', 0);

  const semicolons = tokens.filter((t) => t.kind === 'semicolon');
  const last = tokens[tokens.length - 1] as SqlToken;
  if (semicolons.length > 1 || (semicolons.length === 1 && last.kind !== 'semicolon')) {
    return refuse('multiple', ';', (semicolons[0] as SqlToken).start);
  }
  const body = last.kind === 'semicolon' ? tokens.slice(0, -1) : tokens;
  if (body.length === 0) return refuse('empty', '', 0);

  const first = firstMeaningful(body);
  const firstWord = lower(first);
  // An unknown first word (a typo such as SELEC) cannot start any statement: DuckDB reports it.
  const knownOther = OTHER_STATEMENT_WORDS.has(firstWord) || FORBIDDEN_WORDS.has(firstWord);
  if (!first || first.kind !== 'word' || (!ALLOWED_FIRST_WORDS.has(firstWord) && knownOther)) {
    return refuse('first-word', first?.text ?? '', first?.start ?? 0);
  }
  if (firstWord === 'pragma') {
    const pragma = body[body.indexOf(first) + 1];
    if (!pragma || !ALLOWED_PRAGMAS.has(lower(pragma))) return refuse('pragma', pragma?.text ?? '', pragma?.start ?? first.start);
    if (body.some((t) => t.kind === 'symbol' && t.text === '=')) return refuse('pragma', pragma.text, pragma.start);
  }

  for (const [k, token] of body.entries()) {
    const next = body[k + 1];
    const calls = next?.kind === 'symbol' && next.text === '(';
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (FORBIDDEN_WORDS.has(word)) return refuse('forbidden-word', token.text, token.start);
      if (isFileFunction(word) && (calls || /^read_|_scan$/.test(word))) {
        return refuse('file-function', token.text, token.start);
      }
    } else if (token.kind === 'quoted') {
      if (calls && isFileFunction(token.value)) return refuse('file-function', token.text, token.start);
      if (looksLikeFileOrUrl(token.value)) return refuse('file-literal', token.text, token.start);
    } else if (token.kind === 'string') {
      if (TABLE_POSITION.has(lower(body[k - 1])) || looksLikeFileOrUrl(token.value)) {
        return refuse('file-literal', token.text, token.start);
      }
    }
  }
  const end = last.kind === 'semicolon' ? last.start : sql.length;
  return { ok: true, statement: sql.slice(0, end).trim() };
}
