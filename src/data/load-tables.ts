import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import { DataLoadError } from './data-load-error';
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
  } catch (error) {
    throw new DataLoadError(file, 'corrupt', error instanceof Error ? error.message : String(error));
  }
  if (table.schema.fields.length === 0) throw new DataLoadError(file, 'corrupt', 'Arrow IPC invalide');
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
