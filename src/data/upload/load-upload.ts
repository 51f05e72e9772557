import { Float64, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import { prepareUpload } from '../../domain/upload/prepare-upload';
import type { CommuneReferential, CsvFormat, UploadColumn, UploadError, UploadNotice } from '../../domain/upload/types';
import { validateUploadTable, type ValidateOptions } from '../../domain/upload/validate-upload-table';
import { readUploadCells } from './read-upload-cells';
import { sqlColumnNames } from './sql-column-names';
import type { UploadEngine } from './upload-engine';

/** An imported column and its name in the DuckDB table. */
export interface LoadedColumn extends UploadColumn {
  /** Column of the DuckDB table, safe for `column()` in `src/data/queries/sql.ts`. */
  sqlName: string;
}

export type LoadUploadResult =
  | {
      ok: true;
      /** DuckDB table `upload_<n>`: `code` (every commune, in code order) + one DOUBLE per column. */
      table: string;
      columns: LoadedColumn[];
      notices: UploadNotice[];
      codeColumn: string;
      header: boolean;
      format: CsvFormat;
    }
  | { ok: false; errors: UploadError[] };

const TABLE_NAME = /^upload_\d+$/;

// Columns are built from their buffers with `makeData`, not with `vectorFromArray`: Arrow's builders
// compile their null test with `new Function`, which the app's Content-Security-Policy (no
// 'unsafe-eval') refuses in the browser.

/** A Utf8 vector of strings (no nulls). */
function utf8Vector(values: readonly string[]): Vector {
  const encoder = new TextEncoder();
  const parts = values.map((v) => encoder.encode(v));
  const valueOffsets = new Int32Array(values.length + 1);
  parts.forEach((p, i) => (valueOffsets[i + 1] = (valueOffsets[i] as number) + p.length));
  const data = new Uint8Array(valueOffsets[values.length] as number);
  parts.forEach((p, i) => data.set(p, valueOffsets[i] as number));
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data }));
}

/** A Float64 vector; null stays null (validity bitmap, least significant bit first). */
function float64Vector(values: readonly (number | null)[]): Vector {
  const data = new Float64Array(values.length);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) {
      nullCount++;
      return;
    }
    data[i] = v;
    nullBitmap[i >> 3] = (nullBitmap[i >> 3] as number) | (1 << (i & 7));
  });
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap, data }));
}

let tableCounter = 0;

/**
 * Validates an uploaded table and loads it into DuckDB as table `upload_<n>`.
 *
 * 1. `prepareUpload` (TypeScript): size ≤ 5 Mo, empty file, encoding, separator, line structure;
 * 2. DuckDB `read_csv(…, all_varchar=true)` reads the cells as text ({@link readUploadCells});
 * 3. `validateUploadTable` (TypeScript): code column, codes, former codes, duplicates, numbers;
 * 4. only then a new table is created, from an Arrow stream of the validated values (the shipped
 *    tables `communes`, `stats`, `services` are never touched).
 *
 * The table lives in DuckDB's in-memory database, for the session: nothing leaves the browser and
 * nothing is stored. It is a regular table, not `CREATE TEMP`, because DuckDB temporary tables are
 * private to one connection and the app's queries each open their own; {@link dropUpload} removes it.
 *
 * @param input the bytes of a dropped file or a pasted table
 * @param referential from `loadCommuneReferential`
 */
export async function loadUpload(
  engine: UploadEngine,
  input: Uint8Array | string,
  referential: CommuneReferential,
  options: ValidateOptions = {},
): Promise<LoadUploadResult> {
  const prepared = prepareUpload(input);
  if (!prepared.ok) return prepared;
  const read = await readUploadCells(engine, prepared.text, prepared.format);
  if (!read.ok) return read;
  const validated = validateUploadTable(read.table, referential, options);
  if (!validated.ok) return validated;

  const sqlNames = sqlColumnNames(validated.columns.map((c) => c.name));
  const vectors: Record<string, Vector> = { code: utf8Vector(referential.codes) };
  validated.columns.forEach((c, k) => {
    vectors[sqlNames[k] as string] = float64Vector(c.values);
  });
  const table = `upload_${++tableCounter}`;
  await engine.insertArrowIPC(tableToIPC(new Table(vectors), 'stream'), table);
  return {
    ok: true,
    table,
    columns: validated.columns.map((c, k) => ({ ...c, sqlName: sqlNames[k] as string })),
    notices: [...prepared.notices, ...validated.notices],
    codeColumn: validated.codeColumn,
    header: validated.header,
    format: prepared.format,
  };
}

/** Removes an uploaded table (only `upload_<n>` names are accepted). */
export async function dropUpload(engine: UploadEngine, table: string): Promise<void> {
  if (!TABLE_NAME.test(table)) throw new Error(`not an upload table: ${JSON.stringify(table)}`);
  await engine.query(`DROP TABLE IF EXISTS "${table}"`);
}
