import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { getDb } from '../db';
import { startQueryEngine } from '../start-engine';
import { SqlStoppedError, SqlTimeoutError } from './console-errors';
import { runConsoleQuery, type ConsoleConnection, type ConsoleQueryOptions, type ConsoleResult } from './run-console-query';
import { consoleSchemaQuery, parseConsoleSchema, type ConsoleTable } from './console-schema';

/** Limits of the console: rows kept for display and export, and time before cancelling. */
export const CONSOLE_ROW_LIMIT = 1_000;
export const CONSOLE_TIMEOUT_MS = 10_000;

function adapt(conn: AsyncDuckDBConnection): ConsoleConnection {
  return {
    query: (sql) => conn.query(sql),
    send: (sql) => conn.send(sql),
    cancelSent: () => conn.cancelSent(),
    tokenize: (sql) => conn.bindings.tokenize(sql),
  };
}

let connection: Promise<{ raw: AsyncDuckDBConnection; conn: ConsoleConnection }> | null = null;
/** One query at a time on the console's connection. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The console's own connection to the app's shared DuckDB (created once the tables are loaded),
 * so that its transactions never touch the connections the other pages use.
 */
function consoleConnection(): Promise<{ raw: AsyncDuckDBConnection; conn: ConsoleConnection }> {
  if (!connection) {
    connection = (async () => {
      await startQueryEngine();
      const raw = await (await getDb()).connect();
      return { raw, conn: adapt(raw) };
    })();
    connection.catch(() => {
      connection = null;
    });
  }
  return connection;
}

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Tables that failed to load (their files are missing or corrupt); the others are queryable. */
export async function consoleTableFailures(): Promise<string[]> {
  const { failures } = await startQueryEngine();
  return failures.map((f) => f.table);
}

/** The tables and columns the console can query. */
export function loadConsoleSchema(): Promise<ConsoleTable[]> {
  return exclusive(async () => {
    const { raw } = await consoleConnection();
    const table = await raw.query(consoleSchemaQuery());
    return parseConsoleSchema(table.toArray().map((row) => row.toJSON() as Record<string, unknown>));
  });
}

/**
 * Runs a read-only console query (see {@link runConsoleQuery}) with the console's limits.
 * A query DuckDB would not stop leaves its connection busy: the next query gets a new one.
 */
export function runConsoleSql(
  sql: string,
  options: Partial<Pick<ConsoleQueryOptions, 'rowLimit' | 'timeoutMs' | 'signal'>> = {},
): Promise<ConsoleResult> {
  return exclusive(async () => {
    const current = await consoleConnection();
    try {
      return await runConsoleQuery(current.conn, sql, {
        rowLimit: options.rowLimit ?? CONSOLE_ROW_LIMIT,
        timeoutMs: options.timeoutMs ?? CONSOLE_TIMEOUT_MS,
        signal: options.signal,
      });
    } catch (error) {
      if ((error instanceof SqlTimeoutError || error instanceof SqlStoppedError) && error.abandoned) {
        connection = null;
        // Closed once DuckDB is done with the stuck query.
        void current.raw.close().catch(() => undefined);
      }
      throw error;
    }
  });
}
