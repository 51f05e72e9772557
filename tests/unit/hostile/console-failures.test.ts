/*
 * The SQL console when DuckDB fails mid-query or does not stop (fake connections: these failures
 * cannot be produced on demand by a real engine in a unit test; tests/e2e/hostile-engine.e2e.ts
 * shows them in the browser):
 * - an error after some batches: DuckDB's message, and no partial result;
 * - a cancel DuckDB ignores, while it prepares the result or while it makes a later batch: the call
 *   gives up after the grace delay with `abandoned` (the console then restarts the worker);
 * - the worker lost during the query: its error is passed on as is, for the console to say so.
 */
import { tableFromArrays, type RecordBatch } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { duckdbMessage, isEngineLost, SqlExecutionError, SqlStoppedError, SqlTimeoutError } from '../../../src/data/sql-console/console-errors.ts';
import { runInRolledBackTransaction, type ConsoleConnection, type ResultReader } from '../../../src/data/sql-console/run-console-query.ts';

const batch = (from: number, n: number): RecordBatch =>
  tableFromArrays({ v: Int32Array.from({ length: n }, (_, i) => from + i) }).batches[0] as RecordBatch;

const never = <T>() => new Promise<T>(() => {});

interface FakeOptions {
  /** What `send` does. */
  send: () => Promise<ResultReader>;
}

/** A connection that records its calls and ignores cancels. */
function fake({ send }: FakeOptions): ConsoleConnection & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    query: async (sql) => {
      calls.push(sql);
      return null;
    },
    send: async (sql) => {
      calls.push(`send ${sql}`);
      return send();
    },
    cancelSent: async () => {
      calls.push('cancel');
      return false; // ignored: heavy work inside one step
    },
    tokenize: async () => ({ offsets: [], types: [] }),
  };
}

/** An async reader: the given batches, then a step that fails or never comes. */
function reader(batches: RecordBatch[], then: 'end' | Error | 'hang'): ResultReader {
  return {
    schema: batches[0]?.schema ?? null,
    async *[Symbol.asyncIterator]() {
      for (const b of batches) yield b;
      if (then === 'hang') await never();
      if (then instanceof Error) throw then;
    },
  };
}

const OPTIONS = { rowLimit: 1_000, timeoutMs: 60_000, graceMs: 50 };

describe('DuckDB failing mid-query', () => {
  it('a cast error after 100,000 good rows: DuckDB’s message, no partial result, rolled back', async () => {
    const error = new Error(
      JSON.stringify({ exception_type: 'Conversion', exception_message: "Could not convert string 'x' to INT32" }),
    );
    const conn = fake({ send: async () => reader([batch(0, 50_000), batch(50_000, 50_000)], error) });
    const run = runInRolledBackTransaction(conn, 'SELECT …', OPTIONS);
    await expect(run).rejects.toBeInstanceOf(SqlExecutionError);
    await expect(run).rejects.toThrow("Conversion Error: Could not convert string 'x' to INT32");
    expect(conn.calls).toEqual(['BEGIN TRANSACTION', 'send SELECT …', 'ROLLBACK']);
  });

  it('an error DuckDB raises before any batch (a bad cast of the first row)', async () => {
    const conn = fake({ send: async () => Promise.reject(new Error('Conversion Error: x')) });
    await expect(runInRolledBackTransaction(conn, 'SELECT 1', OPTIONS)).rejects.toThrow(/^Conversion Error: x$/);
    expect(conn.calls.at(-1)).toBe('ROLLBACK');
  });

  it('duckdbMessage keeps a non-JSON message, and a JSON one without its fields, as is', () => {
    expect(duckdbMessage(new Error('{not json'))).toBe('{not json');
    expect(duckdbMessage('{"other":1}')).toBe('{"other":1}');
    expect(duckdbMessage(new Error('Out of Memory Error: failed to allocate'))).toBe('Out of Memory Error: failed to allocate');
  });
});

describe('a cancel DuckDB does not honour', () => {
  it('while it prepares the result: the time limit gives up after the grace delay (abandoned)', async () => {
    const conn = fake({ send: () => never() });
    const started = Date.now();
    const run = runInRolledBackTransaction(conn, 'SELECT heavy', { ...OPTIONS, timeoutMs: 30 });
    await expect(run).rejects.toMatchObject({ name: 'SqlTimeoutError', abandoned: true });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(conn.calls).toContain('cancel');
  });

  it('while it makes a later batch: Stop gives up after the grace delay (abandoned)', async () => {
    const conn = fake({ send: async () => reader([batch(0, 10)], 'hang') });
    const controller = new AbortController();
    const run = runInRolledBackTransaction(conn, 'SELECT stream', { ...OPTIONS, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    await expect(run).rejects.toBeInstanceOf(SqlStoppedError);
    await expect(run).rejects.toMatchObject({ abandoned: true });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a cancel DuckDB honours is not abandoned (the connection stays usable)', async () => {
    let rejectSend: (e: Error) => void = () => {};
    const conn = fake({ send: () => new Promise((_, reject) => (rejectSend = reject)) });
    conn.cancelSent = async () => {
      rejectSend(new Error('INTERRUPT Error: Interrupted!'));
      return true;
    };
    const run = runInRolledBackTransaction(conn, 'SELECT slow', { ...OPTIONS, timeoutMs: 20 });
    await expect(run).rejects.toMatchObject({ name: 'SqlTimeoutError', abandoned: false });
    expect(conn.calls.at(-1)).toBe('ROLLBACK');
  });
});

describe('the worker lost during the query', () => {
  const lost = () => Object.assign(new Error('le moteur de requêtes s’est arrêté'), { name: 'EngineLostError', reason: 'crash' });

  it('while preparing: the EngineLostError is passed on as is', async () => {
    const conn = fake({ send: () => Promise.reject(lost()) });
    const error = await runInRolledBackTransaction(conn, 'SELECT 1', OPTIONS).catch((e: unknown) => e);
    expect(isEngineLost(error)).toBe(true);
    expect(error).not.toBeInstanceOf(SqlExecutionError);
  });

  it('between two batches: passed on as is too', async () => {
    const conn = fake({ send: async () => reader([batch(0, 10)], lost()) });
    const error = await runInRolledBackTransaction(conn, 'SELECT 1', OPTIONS).catch((e: unknown) => e);
    expect(isEngineLost(error)).toBe(true);
  });

  it('isEngineLost is false for other errors', () => {
    expect(isEngineLost(new SqlTimeoutError(10, true))).toBe(false);
    expect(isEngineLost(new Error('EngineLostError'))).toBe(false);
    expect(isEngineLost('EngineLostError')).toBe(false);
  });
});
