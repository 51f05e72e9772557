import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/**
 * The few DuckDB operations an upload needs. The browser passes {@link asyncUploadEngine}; the SQL
 * tests pass the same operations on the blocking duckdb-wasm build, so the same SQL runs in both.
 */
export interface UploadEngine {
  /** Makes `text` readable by `read_csv('<name>')`, in DuckDB's in-memory file system. */
  registerFileText(name: string, text: string): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Runs SQL without parameters; rows as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Creates table `name` from an Arrow IPC stream. */
  insertArrowIPC(bytes: Uint8Array, name: string): Promise<void>;
}

/** {@link UploadEngine} on the app's worker DuckDB, through one open connection. */
export function asyncUploadEngine(db: AsyncDuckDB, conn: AsyncDuckDBConnection): UploadEngine {
  return {
    registerFileText: (name, text) => db.registerFileText(name, text),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    query: async (sql) => (await conn.query(sql)).toArray().map((row) => row.toJSON() as Record<string, unknown>),
    insertArrowIPC: (bytes, name) => conn.insertArrowFromIPCStream(bytes, { name, create: true }),
  };
}
