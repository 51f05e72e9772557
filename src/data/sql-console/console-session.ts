import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch, Schema } from 'apache-arrow';
import { EngineLostError, onEngineLost, type EngineHandle } from '../db';
import { resetQueryEngine, startQueryEngine } from '../start-engine';
import { SqlEngineLostError, SqlStoppedError, SqlTimeoutError } from './console-errors';
import {
  runConsoleQuery,
  type ConsoleConnection,
  type ConsoleQueryOptions,
  type ConsoleResult,
  type ResultReader,
} from './run-console-query';
import { consoleSchemaQuery, parseConsoleSchema, type ConsoleTable } from './console-schema';

/** Limits of the console: rows kept for display and export, and time before cancelling. */
export const CONSOLE_ROW_LIMIT = 1_000;
export const CONSOLE_TIMEOUT_MS = 10_000;
/**
 * After a cancel (time limit or Stop), how long DuckDB has to stop before its worker is terminated
 * and started again with its tables: a query with heavy work inside one step of its pipeline (a
 * large cross product…) does not see the cancel until that step ends.
 */
export const CONSOLE_CANCEL_GRACE_MS = 1_000;

/** A result reader whose every read is rejected with EngineLostError if the worker goes meanwhile. */
function guardedReader(reader: AsyncIterable<RecordBatch> & { readonly schema?: Schema | null }, engine: EngineHandle): ResultReader {
  return {
    get schema() {
      return reader.schema ?? null;
    },
    [Symbol.asyncIterator](): AsyncIterator<RecordBatch> {
      const it = reader[Symbol.asyncIterator]();
      return {
        next: () => engine.run(() => it.next()),
        return: async (value?: unknown) => (it.return ? engine.run(() => it.return!(value)) : { done: true, value: undefined }),
      };
    },
  };
}

/** The connection's calls, each rejected with EngineLostError if the worker goes meanwhile. */
function adapt(conn: AsyncDuckDBConnection, engine: EngineHandle): ConsoleConnection {
  return {
    query: (sql) => engine.run(() => conn.query(sql)),
    send: async (sql) => guardedReader(await engine.run(() => conn.send(sql)), engine),
    cancelSent: () => engine.run(() => conn.cancelSent()),
    tokenize: (sql) => engine.run(() => conn.bindings.tokenize(sql)),
  };
}

interface ConsoleLink {
  raw: AsyncDuckDBConnection;
  conn: ConsoleConnection;
  engine: EngineHandle;
}

let connection: Promise<ConsoleLink> | null = null;

// A reset or crashed worker took the console's connection with it.
onEngineLost(() => {
  connection = null;
});
/** One query at a time on the console's connection. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The console's own connection to the app's shared DuckDB (created once the tables are loaded),
 * so that its transactions never touch the connections the other pages use.
 */
function consoleConnection(): Promise<ConsoleLink> {
  if (!connection) {
    const promise = (async () => {
      const { engine } = await startQueryEngine();
      const raw = await engine.run((db) => db.connect());
      return { raw, conn: adapt(raw, engine), engine };
    })();
    connection = promise;
    promise.catch(() => {
      if (connection === promise) connection = null;
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
    for (let attempt = 1; ; attempt++) {
      try {
        const { raw, engine } = await consoleConnection();
        const table = await engine.run(() => raw.query(consoleSchemaQuery()));
        return parseConsoleSchema(table.toArray().map((row) => row.toJSON() as Record<string, unknown>));
      } catch (error) {
        if (!(error instanceof EngineLostError) || attempt >= 2) throw error;
      }
    }
  });
}

/**
 * Runs a read-only console query (see {@link runConsoleQuery}) with the console's limits.
 *
 * A query DuckDB does not stop within {@link CONSOLE_CANCEL_GRACE_MS} of its cancel (time limit or
 * Stop) is stopped for good: the DuckDB worker is terminated and a new one starts with every table
 * (`resetQueryEngine`); the error then says `abandoned`. Queries of the other pages waiting behind
 * it run again on the new worker. If the worker crashes during the query, {@link SqlEngineLostError}.
 */
export function runConsoleSql(
  sql: string,
  options: Partial<Pick<ConsoleQueryOptions, 'rowLimit' | 'timeoutMs' | 'signal' | 'graceMs'>> = {},
): Promise<ConsoleResult> {
  return exclusive(async () => {
    const current = await consoleConnection();
    try {
      return await runConsoleQuery(current.conn, sql, {
        rowLimit: options.rowLimit ?? CONSOLE_ROW_LIMIT,
        timeoutMs: options.timeoutMs ?? CONSOLE_TIMEOUT_MS,
        graceMs: options.graceMs ?? CONSOLE_CANCEL_GRACE_MS,
        signal: options.signal,
      });
    } catch (error) {
      if ((error instanceof SqlTimeoutError || error instanceof SqlStoppedError) && error.abandoned) {
        // The only way to stop it: a new worker (the old connection goes with the old worker).
        // Not awaited: the message shows at once while the new worker loads its tables.
        if (!current.engine.lost) void resetQueryEngine();
      } else if (error instanceof EngineLostError) {
        throw new SqlEngineLostError(error.reason);
      }
      throw error;
    }
  });
}
