import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import { ARROW_UNREADABLE, DataLoadError } from './data-load-error';
import { fetchBytes } from './fetch-data';

/** DuckDB tables and the Arrow IPC files they come from (see data/README.md). */
export const TABLE_FILES = {
  communes: 'communes.arrow',
  stats: 'stats.arrow',
  services: 'services.arrow',
  /** 1 km Filosofi cells (grid layer of the map) and trip origins (access). */
  origins: 'origins.arrow',
  /** Digital fragility by IRIS and estimated access per commune (commune fiche). */
  iris: 'iris.arrow',
  access: 'access.arrow',
} as const;

export type TableName = keyof typeof TABLE_FILES;

export interface TableLoadFailure {
  table: TableName;
  file: string;
  error: unknown;
}

/** Arrow IPC *file* format starts with "ARROW1"; the stream format does not. */
function isIpcFileFormat(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && String.fromCharCode(...bytes.subarray(0, 6)) === 'ARROW1';
}

/**
 * Parses the bytes once on this thread: DuckDB buffers an IPC stream until its end marker,
 * so a truncated or garbage file would otherwise be accepted silently with no table.
 */
function parseArrow(file: string, bytes: Uint8Array): Table {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch {
    throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  }
  if (table.schema.fields.length === 0) throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  return table;
}

async function insertTable(conn: AsyncDuckDBConnection, name: TableName): Promise<void> {
  const file = TABLE_FILES[name];
  const bytes = await fetchBytes(file);
  const parsed = parseArrow(file, bytes);
  if (isIpcFileFormat(bytes)) {
    await conn.insertArrowTable(parsed, { name, create: true });
  } else {
    await conn.insertArrowFromIPCStream(bytes, { name, create: true });
  }
  const result = await conn.query(`SELECT count(*) AS n FROM "${name}"`);
  const rows = Number(result.get(0)?.toJSON().n);
  if (rows !== parsed.numRows) {
    throw new DataLoadError(file, 'corrupt', `${rows} lignes chargées sur ${parsed.numRows}`);
  }
}

/**
 * Creates the tables of {@link TABLE_FILES} (`communes`, `stats`, `services`, `origins`, `iris`,
 * `access`). Each table loads independently:
 * one bad file does not prevent the others.
 *
 * @returns the tables that failed (empty when all loaded)
 */
export async function loadTables(db: AsyncDuckDB): Promise<TableLoadFailure[]> {
  const conn = await db.connect();
  const failures: TableLoadFailure[] = [];
  try {
    for (const table of Object.keys(TABLE_FILES) as TableName[]) {
      try {
        await insertTable(conn, table);
      } catch (error) {
        failures.push({ table, file: TABLE_FILES[table], error });
      }
    }
  } finally {
    await conn.close();
  }
  return failures;
}

/** Tables made during the session (uploads), as Arrow IPC streams, to load again on a new worker. */
const sessionTables = new Map<string, Uint8Array>();

/**
 * Keeps a copy of a table created during the session (an upload): if the worker is reset or
 * crashes, {@link restoreSessionTables} creates it again on the new one, under the same name.
 */
export function rememberSessionTable(name: string, ipcStream: Uint8Array): void {
  sessionTables.set(name, ipcStream);
}

/** Forgets a session table (dropped by the user). */
export function forgetSessionTable(name: string): void {
  sessionTables.delete(name);
}

/**
 * Creates the session tables again on a new worker (no-op on the first one: none exist yet).
 * A table that fails is skipped: its values stay in the page, only SQL on it is lost.
 */
export async function restoreSessionTables(db: AsyncDuckDB): Promise<void> {
  if (sessionTables.size === 0) return;
  const conn = await db.connect();
  try {
    for (const [name, bytes] of sessionTables) {
      try {
        // insertArrowFromIPCStream may transfer the buffer to the worker: pass a copy
        await conn.insertArrowFromIPCStream(bytes.slice(), { name, create: true });
      } catch (error) {
        console.warn(`[duckdb] table ${name} not restored`, error);
      }
    }
  } finally {
    await conn.close();
  }
}
