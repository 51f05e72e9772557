// The SQL console's data layer on a real DuckDB (duckdb-wasm, the browser's engine, blocking build in
// Node) with the shipped tables: the guard, the rolled-back transaction, the example queries.
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_FILES } from '../../src/data/load-tables';
import { SqlExecutionError, SqlRefusedError } from '../../src/data/sql-console/console-errors';
import { consoleSchemaQuery, parseConsoleSchema, type ConsoleTable } from '../../src/data/sql-console/console-schema';
import { exampleQueries, type ExampleId } from '../../src/data/sql-console/example-queries';
import {
  runConsoleQuery,
  runInRolledBackTransaction,
  type ConsoleConnection,
  type ConsoleQueryOptions,
  type ConsoleResult,
} from '../../src/data/sql-console/run-console-query';
import { checkDuckdbTokens } from '../../src/domain/sql/check-duckdb-tokens';
import { checkReadOnlySql } from '../../src/domain/sql/check-read-only-sql';
import { openDuckDB, publicTable } from './support/duckdb';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/manifest.json'), 'utf8')) as {
  population: number;
  withheld: Record<string, number>;
};

let raw: DuckDBConnection;
let conn: ConsoleConnection;
let schema: ConsoleTable[];
const OPTIONS: ConsoleQueryOptions = { rowLimit: 1_000, timeoutMs: 10_000 };

function adapt(c: DuckDBConnection): ConsoleConnection {
  return {
    query: async (sql) => c.query(sql),
    send: (sql) => c.send(sql),
    cancelSent: async () => c.cancelSent(),
    tokenize: async (sql) => c.useUnsafe((bindings) => bindings.tokenize(sql)),
  };
}

/** Rows as objects keyed by column name (the console keys them c0, c1…). */
function named(result: ConsoleResult): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c) => [c.name, row[c.key]])));
}

const statsFingerprint = () =>
  raw.query('SELECT count(*) AS n, sum(P22_POP) AS pop, sum(MED21) AS med FROM stats').toArray()[0]?.toJSON();
const tableNames = () =>
  raw.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").toArray().map((r) => r.toJSON().table_name);

beforeAll(async () => {
  const names = Object.keys(TABLE_FILES);
  raw = await openDuckDB(Object.fromEntries(names.map((n) => [n, publicTable(n)])));
  conn = adapt(raw);
  schema = parseConsoleSchema(raw.query(consoleSchemaQuery()).toArray().map((r) => r.toJSON()));
}, 30_000);

describe('schema of the console', () => {
  it('lists every table the app loads, with columns and types', () => {
    expect(schema.map((t) => t.name).sort()).toEqual(Object.keys(TABLE_FILES).sort());
    const stats = schema.find((t) => t.name === 'stats');
    expect(stats?.columns[0]).toEqual({ name: 'code', type: 'VARCHAR' });
    expect(stats?.columns.find((c) => c.name === 'P22_POP')?.type).toBe('DOUBLE');
  });
});

describe('example queries on the shipped tables', () => {
  const run = async (id: ExampleId) => {
    const example = exampleQueries(schema).find((e) => e.id === id);
    expect(example, `example ${id}`).toBeDefined();
    return runConsoleQuery(conn, example?.sql ?? '', OPTIONS);
  };

  it('population by territory: 3 territories summing to 328,953', async () => {
    const result = await run('population-territoire');
    expect(named(result).map((r) => [r.territoire, r.population])).toEqual([
      ['centre', 151597],
      ['nord', 67176],
      ['sud', 110180],
    ]);
    const rows = named(result);
    expect(rows.reduce((a, r) => a + (r.population as number), 0)).toBe(manifest.population);
    expect(rows.reduce((a, r) => a + (r.communes as number), 0)).toBe(267);
    expect(result.totalRows).toBe(3);
    expect(result.complete).toBe(true);
  });

  it('10 communes with the highest share of 75+, as a ratio of counts, in descending order', async () => {
    const rows = named(await run('top-75-plus'));
    expect(rows).toHaveLength(10);
    const shares = rows.map((r) => r.part_75_plus_pct as number);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    const top = raw.query('SELECT max(P22_POP75P / P22_POP) AS m FROM stats WHERE P22_POP > 0').toArray()[0]?.toJSON().m as number;
    expect(shares[0]).toBeCloseTo(100 * top, 1);
  });

  it('communes whose median income is withheld: as many as the manifest says (secret statistique)', async () => {
    const rows = named(await run('revenu-secret'));
    expect(rows).toHaveLength(manifest.withheld.MED21 ?? -1);
    expect(rows.every((r) => typeof r.code === 'string' && (r.code as string).length === 5)).toBe(true);
  });

  it('population beyond 20 min of an MDS by territory (per-commune mean time)', async () => {
    const example = exampleQueries(schema).find((e) => e.id.startsWith('au-dela-20-min'));
    expect(example?.id).toBe('au-dela-20-min'); // origins carries no time column in this data version
    const rows = named(await runConsoleQuery(conn, example?.sql ?? '', OPTIONS));
    expect(rows.map((r) => r.territoire)).toEqual(['centre', 'nord', 'sud']);
    expect(rows.reduce((a, r) => a + (r.population as number), 0)).toBe(manifest.population);
    const expected = raw
      .query('SELECT round(sum(s.P22_POP)) AS p FROM stats s JOIN access a USING (code) WHERE a.t_mds > 20')
      .toArray()[0]?.toJSON().p as number;
    expect(rows.reduce((a, r) => a + ((r.population_au_dela_20_min as number | null) ?? 0), 0)).toBeCloseTo(expected, -1);
    for (const r of rows) expect(r.part_pct as number).toBeGreaterThanOrEqual(0);
  });

  it('services by type: the 12 MDS of the département', async () => {
    const rows = named(await run('services-par-type'));
    const mds = rows.filter((r) => r.type === 'mds').reduce((a, r) => a + (r.nombre as number), 0);
    expect(mds).toBe(12);
  });

  it('every example passes both guards (ours and DuckDB\'s tokens)', async () => {
    for (const example of exampleQueries(schema)) {
      const check = checkReadOnlySql(example.sql);
      expect(check.ok, example.id).toBe(true);
      if (!check.ok) continue;
      const tokens = await conn.tokenize(check.statement);
      expect(checkDuckdbTokens(check.statement, tokens), example.id).toBeNull();
    }
  });
});

describe('read-only guarantee', () => {
  it.each([
    'DROP TABLE stats',
    'SELECT 1; DROP TABLE stats',
    "DELETE FROM stats WHERE code = '41018'",
    'UPDATE stats SET P22_POP = 0',
    'CREATE TABLE x AS SELECT 1',
    "select * from read_csv('data/stats.csv')",
    "SELECT E'\\'' ; DROP TABLE stats; --'",
    "COPY stats TO 'x.csv'",
    'INSTALL httpfs',
    "ATTACH ':memory:' AS other",
  ])('refuses %s and leaves the tables unchanged', async (sql) => {
    const before = { stats: statsFingerprint(), tables: tableNames() };
    await expect(runConsoleQuery(conn, sql, OPTIONS)).rejects.toBeInstanceOf(SqlRefusedError);
    expect({ stats: statsFingerprint(), tables: tableNames() }).toEqual(before);
  });

  it.each([
    "DELETE FROM stats WHERE code = '41018'",
    'UPDATE stats SET P22_POP = 0',
    'DROP TABLE stats',
    'CREATE TABLE x AS SELECT 1 AS a',
    'ALTER TABLE communes RENAME TO c2',
  ])('second line: %s, let through without the guard, is rolled back', async (sql) => {
    const before = { stats: statsFingerprint(), tables: tableNames() };
    await runInRolledBackTransaction(conn, sql, OPTIONS);
    expect({ stats: statsFingerprint(), tables: tableNames() }).toEqual(before);
  });

  it('DuckDB\'s send() would run several statements: only the guard stops them', async () => {
    const sql = 'CREATE TABLE zz AS SELECT 1 AS a; SELECT 2';
    await expect(runConsoleQuery(conn, sql, OPTIONS)).rejects.toBeInstanceOf(SqlRefusedError);
    expect(tableNames()).not.toContain('zz');
    // Without the guard, the transaction still undoes it.
    await runInRolledBackTransaction(conn, sql, OPTIONS);
    expect(tableNames()).not.toContain('zz');
  });

  it('DuckDB\'s tokenizer agrees with the guard on its accepted corpus', async () => {
    const corpus = [
      "SELECT 'a;b' AS x",
      'SELECT 1 AS "drop", 2 AS "set"',
      'SELECT /* ; DELETE FROM stats */ 1',
      "SELECT 'l''eau; DROP' AS x",
      "SELECT E'it\\'s; drop' AS x",
      'SELECT $$ a ; drop table stats $$ AS x',
      'WITH x AS (SELECT 1) SELECT * FROM x',
    ];
    for (const sql of corpus) {
      const check = checkReadOnlySql(sql);
      expect(check.ok, sql).toBe(true);
      if (check.ok) expect(checkDuckdbTokens(check.statement, await conn.tokenize(check.statement)), sql).toBeNull();
    }
  });
});

describe('results and errors', () => {
  it('a syntax error comes back as DuckDB\'s message, and the next query works', async () => {
    const error = await runConsoleQuery(conn, 'SELEC 1', OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SqlExecutionError);
    expect((error as Error).message).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
    const again = await runConsoleQuery(conn, 'SELECT 42 AS x', OPTIONS);
    expect(named(again)).toEqual([{ x: 42 }]);
  });

  it('a runtime error (unknown table) comes back as DuckDB\'s message', async () => {
    await expect(runConsoleQuery(conn, 'SELECT * FROM nulle_part', OPTIONS)).rejects.toThrow(/nulle_part/);
  });

  it('keeps rowLimit rows and counts the others', async () => {
    const result = await runConsoleQuery(conn, 'SELECT * FROM origins', { ...OPTIONS, rowLimit: 1_000 });
    expect(result.rows).toHaveLength(1_000);
    expect(result.totalRows).toBe(4451);
    expect(result.complete).toBe(true);
  });

  it('zero rows still give the columns', async () => {
    const result = await runConsoleQuery(conn, "SELECT code, nom FROM communes WHERE code = 'x'", OPTIONS);
    expect(result.columns.map((c) => c.name)).toEqual(['code', 'nom']);
    expect(result.rows).toEqual([]);
  });

  it('plain cells: decimals, dates, timestamps, lists, duplicate names, NULL', async () => {
    const result = await runConsoleQuery(
      conn,
      "SELECT 1.5 AS d, DATE '2024-01-02' AS dt, TIMESTAMP '2024-01-02 03:04:05' AS ts, [1, 2] AS l, 1 AS a, 2 AS a, NULL AS n, true AS b, 'x'::BLOB AS bl",
      OPTIONS,
    );
    expect(result.columns.map((c) => c.name)).toEqual(['d', 'dt', 'ts', 'l', 'a', 'a', 'n', 'b', 'bl']);
    expect(result.columns.map((c) => c.numeric)).toEqual([true, false, false, false, true, true, true, false, false]);
    expect(Object.values(result.rows[0] ?? {})).toEqual([1.5, '2024-01-02', '2024-01-02 03:04:05', '[1,2]', 1, 2, null, true, '\\x78']);
  });

  it('DESCRIBE, SUMMARIZE and PRAGMA table_info run', async () => {
    expect((await runConsoleQuery(conn, 'DESCRIBE stats', OPTIONS)).totalRows).toBe(schema.find((t) => t.name === 'stats')?.columns.length);
    expect((await runConsoleQuery(conn, 'SUMMARIZE communes', OPTIONS)).totalRows).toBe(11);
    expect((await runConsoleQuery(conn, "PRAGMA table_info('access')", OPTIONS)).totalRows).toBe(7);
  });
});
