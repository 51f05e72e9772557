/**
 * Word lists of the read-only guard (lower case). See check-read-only-sql.ts for how they apply.
 */

/** Statements the console accepts: they read and never write. */
export const ALLOWED_FIRST_WORDS: ReadonlySet<string> = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'show',
  'summarize',
  'explain',
  'desc',
  'pivot',
  'unpivot',
  'pragma',
]);

/**
 * The other words a DuckDB statement can start with (its grammar's `stmt` rule). A statement
 * starting with one of them is refused; one starting with any other word cannot be parsed, so it
 * is left to DuckDB, which answers with its own syntax error (`SELEC 1`).
 */
export const OTHER_STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'abort',
  'alter',
  'analyze',
  'attach',
  'begin',
  'call',
  'checkpoint',
  'comment',
  'commit',
  'copy',
  'create',
  'deallocate',
  'delete',
  'detach',
  'drop',
  'end',
  'execute',
  'export',
  'force',
  'grant',
  'import',
  'insert',
  'install',
  'load',
  'merge',
  'prepare',
  'reindex',
  'reset',
  'revoke',
  'rollback',
  'set',
  'start',
  'truncate',
  'update',
  'upsert',
  'use',
  'vacuum',
]);

/** `PRAGMA` is accepted only for these read-only pragmas (the others change settings). */
export const ALLOWED_PRAGMAS: ReadonlySet<string> = new Set(['table_info', 'show_tables', 'show_tables_expanded', 'show']);

/**
 * Keywords refused anywhere outside strings and quoted identifiers: they write, change settings,
 * manage transactions, or reach files and extensions. A column that really has one of these names
 * can still be written in double quotes ("set").
 */
export const FORBIDDEN_WORDS: ReadonlySet<string> = new Set([
  'attach',
  'detach',
  'copy',
  'install',
  'load',
  'set',
  'reset',
  'create',
  'insert',
  'update',
  'delete',
  'drop',
  'alter',
  'call',
  'export',
  'import',
  'truncate',
  'vacuum',
  'checkpoint',
  'begin',
  'commit',
  'rollback',
  'abort',
  'transaction',
  'use',
  'prepare',
  'execute',
  'deallocate',
  'merge',
  'comment',
]);

/** Table and scalar functions that read files or URLs, or run SQL text, by exact name. */
const FILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'glob',
  'sniff_csv',
  'query',
  'query_table',
  'st_read',
  'st_readosm',
  'st_read_meta',
  'load_aws_credentials',
  'getenv',
]);

/** Name patterns of file readers: read_csv, read_parquet, parquet_scan, sqlite_attach… */
const FILE_FUNCTION_PATTERNS: readonly RegExp[] = [
  /^read_/,
  /_scan$/,
  /^parquet_/,
  /^sqlite_/,
  /^postgres_/,
  /^mysql_/,
  /^iceberg_/,
  /^delta_/,
];

/** True for a function name (any case) that reads files or URLs or runs SQL text. */
export function isFileFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return FILE_FUNCTIONS.has(lower) || FILE_FUNCTION_PATTERNS.some((re) => re.test(lower));
}

/** File extensions DuckDB can read through a replacement scan (`FROM 'x.csv'`, `FROM "x.parquet"`). */
const FILE_EXTENSION = /\.(?:csv|tsv|tbl|txt|parquet|json|jsonl|ndjson|arrow|ipc|feather|gz|zst|zstd|xlsx|db|duckdb|sqlite|sqlite3)\b/i;
const URL_SCHEME = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

/**
 * True for a string or quoted name that looks like a file path or a URL: a scheme (`http://`,
 * `s3://`…), a string starting with `http`, or a known data-file extension.
 */
export function looksLikeFileOrUrl(text: string): boolean {
  return URL_SCHEME.test(text) || /^\s*https?:/i.test(text) || FILE_EXTENSION.test(text);
}
