import type { SqlRefusal } from '../../domain/sql/sql-refusal';

/** The read-only guard refused the text: nothing was sent to DuckDB. */
export class SqlRefusedError extends Error {
  constructor(readonly refusal: SqlRefusal) {
    super(`requête refusée (${refusal.code}${refusal.word ? ` : ${refusal.word}` : ''})`);
    this.name = 'SqlRefusedError';
  }
}

/**
 * The time limit was reached: the query was cancelled (`cancelSent`), or, when DuckDB did not
 * stop in time, abandoned (`abandoned`: its connection is then replaced).
 */
export class SqlTimeoutError extends Error {
  constructor(
    readonly seconds: number,
    readonly abandoned: boolean,
  ) {
    super(`requête interrompue après ${seconds} s`);
    this.name = 'SqlTimeoutError';
  }
}

/** The user stopped the query (`abandoned` as for {@link SqlTimeoutError}). */
export class SqlStoppedError extends Error {
  constructor(readonly abandoned = false) {
    super('requête arrêtée');
    this.name = 'SqlStoppedError';
  }
}

/**
 * The DuckDB worker went away during the query (it crashed, or was reset by another query that
 * would not stop). A new worker starts with every table: the query can be run again.
 */
export class SqlEngineLostError extends Error {
  constructor(readonly reason: 'reset' | 'crash') {
    super(reason === 'reset' ? 'le moteur de requêtes a été redémarré pendant la requête' : 'le moteur de requêtes s’est arrêté pendant la requête');
    this.name = 'SqlEngineLostError';
  }
}

/** True for the EngineLostError of `src/data/db.ts` (checked by name: this module stays free of the worker). */
export function isEngineLost(error: unknown): error is Error & { reason: 'reset' | 'crash' } {
  return error instanceof Error && error.name === 'EngineLostError';
}

/** DuckDB refused or failed the query; `message` is DuckDB's own message. */
export class SqlExecutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlExecutionError';
  }
}

/**
 * DuckDB's error text. Errors of the pending-query API come as JSON
 * (`{"exception_type":"Parser","exception_message":"syntax error…"}`): they are written as DuckDB
 * prints them elsewhere ("Parser Error: syntax error…").
 */
export function duckdbMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!text.startsWith('{')) return text;
  try {
    const parsed = JSON.parse(text) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof parsed.exception_message !== 'string') return text;
    const type = typeof parsed.exception_type === 'string' ? `${parsed.exception_type} Error: ` : '';
    return `${type}${parsed.exception_message}`;
  } catch {
    return text;
  }
}
