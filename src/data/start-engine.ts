import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { currentEngine, EngineLostError, onEngineLost, resetDb, type EngineHandle } from './db';
import { loadTables, restoreSessionTables, type TableLoadFailure } from './load-tables';

export { TimeoutError as EngineTimeoutError } from './with-timeout';
export { EngineLostError } from './db';

export interface EngineReady {
  /** Tables whose file was missing or corrupt; the others are queryable. */
  failures: TableLoadFailure[];
  /** The worker the tables were loaded on. */
  engine: EngineHandle;
}

let readyPromise: Promise<EngineReady> | null = null;
/** True while `readyPromise` is loading (it then retries on a new worker by itself). */
let loading = false;

// A reset or crashed worker took its tables with it: the next call loads them on a new one.
onEngineLost(() => {
  if (!loading) readyPromise = null;
});

/**
 * Starts DuckDB and loads the tables, once. Marks `obs:duckdb-ready` when done. After a reset
 * ({@link resetQueryEngine}) or a crash of the worker, the next call starts a new worker and loads
 * the tables again, the tables of the session (uploads) included.
 * Call it after the first paint: it downloads ~35 MB of wasm.
 *
 * @throws the DuckDB start error (TimeoutError, CSP, no WebAssembly); the next call retries
 */
export function startQueryEngine(): Promise<EngineReady> {
  if (!readyPromise) {
    loading = true;
    const promise = (async () => {
      // A worker reset while the tables load (rare): load them again on the new one.
      for (let attempt = 1; ; attempt++) {
        try {
          const engine = await currentEngine();
          const failures = await engine.run(async (db) => {
            const failed = await loadTables(db);
            await restoreSessionTables(db);
            return failed;
          });
          performance.mark('obs:duckdb-ready');
          return { failures, engine };
        } catch (error) {
          if (!(error instanceof EngineLostError) || attempt >= 3) throw error;
        }
      }
    })();
    readyPromise = promise;
    promise.then(
      () => {
        if (readyPromise === promise) loading = false;
      },
      () => {
        if (readyPromise === promise) {
          loading = false;
          readyPromise = null;
        }
      },
    );
  }
  return readyPromise;
}

/**
 * Terminates the DuckDB worker (a query that does not stop when cancelled) and starts a new one
 * at once, with every table loaded again, so that the next query does not wait for it.
 * Never rejects: a failed restart is retried by the next query.
 */
export function resetQueryEngine(): Promise<void> {
  resetDb();
  return startQueryEngine().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Runs `task` once the engine and its tables are ready, on the worker they were loaded on. If that
 * worker is reset or crashes before the task is done, the task runs once more on a new worker
 * (queries of the app are reads: running one twice is harmless).
 *
 * @throws EngineLostError when the second worker is lost too; the DuckDB start error; the task's error
 */
export async function withEngine<T>(task: (db: AsyncDuckDB) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { engine } = await startQueryEngine();
    try {
      return await engine.run(task);
    } catch (error) {
      if (!(error instanceof EngineLostError) || attempt >= 2) throw error;
    }
  }
}
