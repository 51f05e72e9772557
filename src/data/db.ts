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

/**
 * The DuckDB worker this work ran on is gone: it was reset (a query that would not stop, see
 * {@link resetDb}) or it crashed. Work still pending on it never settles by itself: {@link withDb}
 * rejects it with this error. The next call starts a new worker; callers may simply retry.
 */
export class EngineLostError extends Error {
  constructor(
    readonly reason: 'reset' | 'crash',
    readonly detail = '',
  ) {
    super(
      reason === 'reset'
        ? 'le moteur de requêtes a été redémarré'
        : `le moteur de requêtes s’est arrêté${detail ? ` (${detail})` : ''}`,
    );
    this.name = 'EngineLostError';
  }
}

interface Instance {
  db: AsyncDuckDB;
  worker: Worker;
  /** Rejects (with EngineLostError) when this worker is reset or crashes; never resolves. */
  lost: Promise<never>;
  isLost: () => boolean;
  lose: (error: EngineLostError) => void;
}

let instancePromise: Promise<Instance> | null = null;
/** The instance `instancePromise` resolved to, once it did. */
let current: Instance | null = null;
const lostListeners = new Set<(error: EngineLostError) => void>();

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

/** Forgets `instance` (if it is still the current one), terminates its worker and tells the listeners. */
function drop(instance: Instance, error: EngineLostError): void {
  if (instance.isLost()) return;
  instance.lose(error);
  if (current === instance) {
    current = null;
    instancePromise = null;
  }
  // terminate() only stops the worker: requests still pending on it are settled by `lost`
  void instance.db.terminate().catch(() => undefined);
  for (const listener of lostListeners) {
    try {
      listener(error);
    } catch {
      // a listener's failure must not stop the others
    }
  }
}

async function createInstance(): Promise<Instance> {
  await assertWasmAllowed();
  const worker = new Worker(workerUrl);
  let instance: Instance | null = null;
  // An error thrown inside the worker (e.g. CSP forbids compiling wasm) never rejects
  // `instantiate()`: catch it here, fail at once, and keep it out of the page's errors. Once the
  // engine runs, the same event means the worker died: its pending requests would never settle.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = event.message || 'le worker DuckDB a échoué';
      if (instance) drop(instance, new EngineLostError('crash', message));
      else reject(new Error(message));
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
  } catch (error) {
    worker.terminate();
    throw error;
  }
  let lostFlag = false;
  let lose: (error: EngineLostError) => void = () => {};
  const lost = new Promise<never>((_, reject) => {
    lose = (error) => {
      lostFlag = true;
      reject(error);
    };
  });
  lost.catch(() => {});
  instance = { db, worker, lost, isLost: () => lostFlag, lose };
  return instance;
}

function getInstance(): Promise<Instance> {
  if (!instancePromise) {
    const promise = createInstance();
    instancePromise = promise;
    promise.then(
      (instance) => {
        if (instancePromise === promise) current = instance;
      },
      () => {
        if (instancePromise === promise) instancePromise = null;
      },
    );
  }
  return instancePromise;
}

/**
 * The shared DuckDB instance (eh bundle, in its own worker), created on first call.
 * A failed start is forgotten so that a later call can retry; so is a reset or crashed worker.
 *
 * Prefer {@link currentEngine} / {@link withDb} for work that must not hang if the worker is reset
 * meanwhile.
 *
 * @throws TimeoutError when instantiation takes longer than {@link INSTANTIATE_TIMEOUT_MS}
 */
export async function getDb(): Promise<AsyncDuckDB> {
  return (await getInstance()).db;
}

/**
 * One DuckDB worker, as long as it lives. `run` races the work against the loss of the worker: if
 * it is reset or crashes first, `run` rejects with {@link EngineLostError} instead of waiting for
 * ever (a terminated worker never answers).
 */
export interface EngineHandle {
  readonly db: AsyncDuckDB;
  /** True once this worker was reset or crashed. */
  readonly lost: boolean;
  /** Runs `task` on this worker (never retried here: retrying is the caller's choice). */
  run<T>(task: (db: AsyncDuckDB) => Promise<T>): Promise<T>;
}

function handleOf(instance: Instance): EngineHandle {
  return {
    db: instance.db,
    get lost() {
      return instance.isLost();
    },
    run: async (task) => {
      if (instance.isLost()) throw new EngineLostError('reset');
      return Promise.race([task(instance.db), instance.lost]);
    },
  };
}

/** The running worker (started on first call), as an {@link EngineHandle}. */
export async function currentEngine(): Promise<EngineHandle> {
  return handleOf(await getInstance());
}

/** Runs `task` on the running worker; see {@link EngineHandle.run}. */
export async function withDb<T>(task: (db: AsyncDuckDB) => Promise<T>): Promise<T> {
  return (await currentEngine()).run(task);
}

/**
 * Terminates the DuckDB worker — the only way to stop a query that ignores `cancelSent()` (heavy
 * work inside one step of the pipeline) — and forgets it: the next {@link getDb} starts a new
 * worker, on which `startQueryEngine` loads the tables again. Work pending on the old worker
 * rejects with {@link EngineLostError} (`reset`). No-op when no engine is running.
 */
export function resetDb(): void {
  if (current) drop(current, new EngineLostError('reset'));
}

/**
 * Calls `listener` each time the running worker is reset or crashes (to forget connections and
 * loaded tables bound to it).
 *
 * @returns a function that removes the listener
 */
export function onEngineLost(listener: (error: EngineLostError) => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}
