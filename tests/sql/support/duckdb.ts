/**
 * A real DuckDB for SQL tests: the same duckdb-wasm engine the browser runs (blocking build, in Node),
 * so a query tested here behaves as in production. Tables are loaded from Arrow IPC streams, as the app does.
 */
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Query } from '../../../src/data/queries/sql.ts';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

export async function openDuckDB(tables: Record<string, Uint8Array>): Promise<DuckDBConnection> {
  const db = await createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
  for (const [name, bytes] of Object.entries(tables)) conn.insertArrowFromIPCStream(bytes, { name });
  return conn;
}

export function publicTable(name: string): Uint8Array {
  return readFileSync(join(import.meta.dirname, '../../../public/data', `${name}.arrow`));
}

export function run(conn: DuckDBConnection, q: Query): Record<string, unknown>[] {
  const stmt = conn.prepare(q.sql);
  try {
    return stmt.query(...q.params).toArray().map((r) => ({ ...r.toJSON() }));
  } finally {
    stmt.close();
  }
}
