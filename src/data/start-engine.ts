import { getDb } from './db';
import { loadTables, type TableLoadFailure } from './load-tables';

export { TimeoutError as EngineTimeoutError } from './with-timeout';

export interface EngineReady {
  /** Tables whose file was missing or corrupt; the others are queryable. */
  failures: TableLoadFailure[];
}

let readyPromise: Promise<EngineReady> | null = null;

/**
 * Starts DuckDB and loads the tables, once. Marks `obs:duckdb-ready` when done.
 * Call it after the first paint: it downloads ~35 MB of wasm.
 *
 * @throws the DuckDB start error (TimeoutError, CSP, no WebAssembly); the next call retries
 */
export function startQueryEngine(): Promise<EngineReady> {
  if (!readyPromise) {
    readyPromise = (async () => {
      const db = await getDb();
      const failures = await loadTables(db);
      performance.mark('obs:duckdb-ready');
      return { failures };
    })();
    readyPromise.catch(() => {
      readyPromise = null;
    });
  }
  return readyPromise;
}
