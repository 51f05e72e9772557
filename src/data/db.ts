// https://duckdb.org/docs/stable/clients/wasm/instantiation (local bundles, no CDN)
import { AsyncDuckDB, ConsoleLogger, LogLevel } from '@duckdb/duckdb-wasm';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { withTimeout } from './with-timeout';

/**
 * Without 'wasm-unsafe-eval' in the CSP (or with WebAssembly disabled) `instantiate()`
 * never settles: give up after this delay.
 */
export const INSTANTIATE_TIMEOUT_MS = 20_000;

let dbPromise: Promise<AsyncDuckDB> | null = null;

/** The smallest valid wasm module: magic number and version. */
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Fails fast when the page may not compile WebAssembly (CSP without 'wasm-unsafe-eval',
 * wasm disabled): otherwise the worker would hang until the timeout.
 */
async function assertWasmAllowed(): Promise<void> {
  if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
    throw new Error('WebAssembly ou Web Workers indisponibles dans ce navigateur');
  }
  try {
    await WebAssembly.compile(EMPTY_WASM);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`WebAssembly est bloqué dans cette page (politique de sécurité ?) : ${detail}`);
  }
}

async function createDb(): Promise<AsyncDuckDB> {
  await assertWasmAllowed();
  const worker = new Worker(workerUrl);
  // An error thrown inside the worker (e.g. CSP forbids compiling wasm) never rejects
  // `instantiate()`: catch it here, fail at once, and keep it out of the page's errors.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'le worker DuckDB a échoué'));
    });
  });
  workerFailed.catch(() => {});
  const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  try {
    await withTimeout(
      Promise.race([db.instantiate(wasmUrl), workerFailed]),
      INSTANTIATE_TIMEOUT_MS,
      'DuckDB instantiate',
    );
    await db.open({ query: { castBigIntToDouble: true } });
    const conn = await db.connect();
    try {
      // Offline: extensions would be fetched from a CDN; fail fast instead of hanging.
      await conn.query('SET autoinstall_known_extensions=false');
      await conn.query('SET autoload_known_extensions=false');
    } finally {
      await conn.close();
    }
    return db;
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/**
 * The shared DuckDB instance (eh bundle, in its own worker), created on first call.
 * A failed start is forgotten so that a later call can retry.
 *
 * @throws TimeoutError when instantiation takes longer than {@link INSTANTIATE_TIMEOUT_MS}
 */
export function getDb(): Promise<AsyncDuckDB> {
  if (!dbPromise) {
    dbPromise = createDb();
    dbPromise.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}
