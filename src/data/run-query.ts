import { withEngine } from './start-engine';

/** What the builders in `src/data/queries/` return: SQL with `?` placeholders and their values. */
export interface SqlQuery {
  sql: string;
  params: readonly unknown[];
}

/**
 * Runs a query once the engine and its tables are ready. If the DuckDB worker is reset (a console
 * query that would not stop) or crashes meanwhile, the query runs again on the new worker.
 *
 * @returns rows as plain objects (BIGINT already cast to double by the DB config)
 * @throws when DuckDB could not start or the SQL fails
 */
export function runQuery<Row extends Record<string, unknown>>(query: SqlQuery): Promise<Row[]> {
  return withEngine(async (db) => {
    const conn = await db.connect();
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
  });
}
