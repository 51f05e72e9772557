import type { RecordBatch, Schema } from 'apache-arrow';
import { checkDuckdbTokens, type DuckdbTokens } from '../../domain/sql/check-duckdb-tokens';
import { checkReadOnlySql } from '../../domain/sql/check-read-only-sql';
import { arrowCell, consoleColumns, type ConsoleCell, type ConsoleColumn } from './arrow-cells';
import { duckdbMessage, isEngineLost, SqlExecutionError, SqlRefusedError, SqlStoppedError, SqlTimeoutError } from './console-errors';

/** What `send()` gives back: record batches, sync (Node blocking build) or async (browser). */
export type ResultReader = (AsyncIterable<RecordBatch> | Iterable<RecordBatch>) & {
  readonly schema?: Schema | null;
};

/**
 * The part of a DuckDB connection the console needs: the browser's AsyncDuckDBConnection and the
 * Node test connection both fit behind it.
 */
export interface ConsoleConnection {
  query(sql: string): Promise<unknown>;
  /** Runs one statement as a pending query (a single statement only, polled, cancellable). */
  send(sql: string): Promise<ResultReader>;
  /** Cancels the statement started by `send` (true when something was cancelled). */
  cancelSent(): Promise<boolean>;
  /** DuckDB's own tokenizer. */
  tokenize(sql: string): Promise<DuckdbTokens>;
}

export interface ConsoleQueryOptions {
  /** Rows kept for display and export (more are counted, not kept). */
  rowLimit: number;
  /** Time limit in milliseconds: the query is cancelled after it. */
  timeoutMs: number;
  /** After a cancel, how long to wait for DuckDB before giving up on it; default 3 s. */
  graceMs?: number;
  /** Aborting it stops the query (the console's Stop button). */
  signal?: AbortSignal;
  /** Clock in milliseconds (tests); default `performance.now`. */
  now?: () => number;
}

export interface ConsoleResult {
  /** The statement that ran (the text without its trailing `;`). */
  statement: string;
  columns: ConsoleColumn[];
  /** At most `rowLimit` rows, keyed by column key. */
  rows: Record<string, ConsoleCell>[];
  /** Rows in the result; only a lower bound when `complete` is false. */
  totalRows: number;
  /** False when the time limit stopped the counting of the rows beyond the limit. */
  complete: boolean;
  elapsedMs: number;
}

const DEFAULT_GRACE_MS = 3_000;

/**
 * Runs a console query, read-only:
 * 1. {@link checkReadOnlySql} (pure guard), then the same rules on DuckDB's own tokens
 *    ({@link checkDuckdbTokens}); a refusal throws {@link SqlRefusedError} and sends nothing;
 * 2. the statement runs with `send()` (DuckDB's pending, cancellable query API) inside
 *    `BEGIN TRANSACTION … ROLLBACK` on the console's own connection, so that a write that got
 *    through would be undone. (`send()` itself would run several statements: the single-statement
 *    rule rests on the two tokenizers, which must both see no `;` before the end.)
 * 3. after `timeoutMs` the query is cancelled with `cancelSent()` ({@link SqlTimeoutError}); if
 *    DuckDB does not stop within the grace delay, the call gives up waiting (`abandoned`).
 *
 * @throws SqlRefusedError, SqlTimeoutError, SqlStoppedError, or SqlExecutionError with DuckDB's message
 */
export async function runConsoleQuery(
  conn: ConsoleConnection,
  sql: string,
  options: ConsoleQueryOptions,
): Promise<ConsoleResult> {
  const check = checkReadOnlySql(sql);
  if (!check.ok) throw new SqlRefusedError(check.refusal);
  const { statement } = check;
  const second = checkDuckdbTokens(statement, await conn.tokenize(statement));
  if (second) throw new SqlRefusedError(second);
  return runInRolledBackTransaction(conn, statement, options);
}

/**
 * Steps 2 and 3 of {@link runConsoleQuery}, without the guard: one statement with `send()`
 * inside `BEGIN TRANSACTION … ROLLBACK`, with the time limit. Exported so that tests can show
 * the second line of defence on its own; the app always goes through runConsoleQuery.
 */
export async function runInRolledBackTransaction(
  conn: ConsoleConnection,
  statement: string,
  options: ConsoleQueryOptions,
): Promise<ConsoleResult> {
  if (options.signal?.aborted) throw new SqlStoppedError();

  const now = options.now ?? (() => performance.now());
  const seconds = Math.round(options.timeoutMs / 1000);
  let interrupted: 'timeout' | 'stop' | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: Error) => void = () => {};
  const abandoned = new Promise<never>((_, reject) => (giveUp = reject));
  abandoned.catch(() => {});

  const interruptionError = (): Error | null =>
    interrupted === 'timeout' ? new SqlTimeoutError(seconds, false) : interrupted === 'stop' ? new SqlStoppedError() : null;
  const interrupt = (why: 'timeout' | 'stop') => {
    if (interrupted) return;
    interrupted = why;
    void conn.cancelSent().catch(() => false);
    graceTimer = setTimeout(
      () => giveUp(why === 'timeout' ? new SqlTimeoutError(seconds, true) : new SqlStoppedError(true)),
      options.graceMs ?? DEFAULT_GRACE_MS,
    );
  };
  const onAbort = () => interrupt('stop');

  try {
    await conn.query('BEGIN TRANSACTION');
  } catch (error) {
    if (isEngineLost(error)) throw error;
    throw new SqlExecutionError(duckdbMessage(error));
  }
  const timer = setTimeout(() => interrupt('timeout'), options.timeoutMs);
  options.signal?.addEventListener('abort', onAbort);
  let gaveUp = false;
  const started = now();
  try {
    let reader: ResultReader;
    try {
      reader = await Promise.race([conn.send(statement), abandoned]);
    } catch (error) {
      if (error instanceof SqlTimeoutError || error instanceof SqlStoppedError || isEngineLost(error)) {
        gaveUp = true;
        throw error;
      }
      throw interruptionError() ?? new SqlExecutionError(duckdbMessage(error));
    }
    let columns: ConsoleColumn[] = reader.schema ? consoleColumns(reader.schema) : [];
    const rows: Record<string, ConsoleCell>[] = [];
    let totalRows = 0;
    let complete = true;
    // Batches are read one by one, each raced against the grace delay: producing the next batch
    // may be the slow part, and a worker that does not stop must not keep this call waiting.
    const iterator: AsyncIterator<RecordBatch> | Iterator<RecordBatch> =
      Symbol.asyncIterator in reader ? reader[Symbol.asyncIterator]() : reader[Symbol.iterator]();
    try {
      for (;;) {
        const step = await Promise.race([iterator.next(), abandoned]);
        if (step.done) break;
        const batch = step.value;
        if (columns.length === 0) columns = consoleColumns(batch.schema);
        const keep = Math.min(batch.numRows, options.rowLimit - rows.length);
        if (keep > 0) {
          const vectors = columns.map((_, i) => batch.getChildAt(i));
          const types = batch.schema.fields.map((f) => f.type);
          for (let r = 0; r < keep; r += 1) {
            const row: Record<string, ConsoleCell> = {};
            columns.forEach((c, i) => (row[c.key] = arrowCell(vectors[i]?.get(r), types[i] as never)));
            rows.push(row);
          }
        }
        totalRows += batch.numRows;
        if (interrupted) {
          complete = false;
          // as a for-await loop would on break (not awaited: the worker may still be busy)
          void Promise.resolve(iterator.return?.()).catch(() => undefined);
          break;
        }
      }
    } catch (error) {
      if (error instanceof SqlTimeoutError || error instanceof SqlStoppedError || isEngineLost(error)) {
        gaveUp = true;
        throw error;
      }
      throw interruptionError() ?? new SqlExecutionError(duckdbMessage(error));
    }
    return { statement, columns, rows, totalRows, complete, elapsedMs: Math.round(now() - started) };
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    options.signal?.removeEventListener('abort', onAbort);
    const rollback = conn.query('ROLLBACK').catch(() => undefined);
    // A query DuckDB did not stop still holds the connection: the ROLLBACK waits behind it.
    if (!gaveUp) await rollback;
  }
}
