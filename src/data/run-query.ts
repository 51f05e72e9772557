import { startQueryEngine } from './start-engine';
import { getDb } from './db';

/** What the builders in `src/data/queries/` return: SQL with `?` placeholders and their values. */
export interface SqlQuery {
  sql: string;
  params: readonly unknown[];
}

/**
 * Runs a query once the engine and its tables are ready.
 *
 * @returns rows as plain objects (BIGINT already cast to double by the DB config)
 * @throws when DuckDB could not start or the SQL fails
 */
export async function runQuery<Row extends Record<string, unknown>>(query: SqlQuery): Promise<Row[]> {
  await startQueryEngine();
  const conn = await (await getDb()).connect();
  try {
    if (query.params.length === 0) {
      const table = await conn.query(query.sql);
      return table.toArray().map((row) => row.toJSON() as Row);
    }
    const statement = await conn.prepare(query.sql);
    try {
      const table = await statement.query(...query.params);
      return table.toArray().map((row) => row.toJSON() as Row);
    } finally {
      await statement.close();
    }
  } finally {
    await conn.close();
  }
}
