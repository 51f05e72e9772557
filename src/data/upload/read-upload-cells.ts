import { uploadIssue } from '../../domain/upload/messages';
import type { CsvFormat, RawTable, UploadError } from '../../domain/upload/types';
import { rawColumn, readCsvSql, uploadFileName } from './read-csv-sql';
import type { UploadEngine } from './upload-engine';

let fileCounter = 0;

export type ReadCellsResult = { ok: true; table: RawTable } | { ok: false; errors: UploadError[] };

/**
 * Reads the cells of a sniffed CSV text with DuckDB's `read_csv` (all text), then forgets the file.
 * The text stays in the page's memory: nothing is sent anywhere.
 *
 * DuckDB and the sniffing must agree on the records; if they do not (or DuckDB refuses the text),
 * the upload fails with `csv-unreadable` rather than guessing which line is which.
 */
export async function readUploadCells(engine: UploadEngine, text: string, format: CsvFormat): Promise<ReadCellsResult> {
  const file = uploadFileName(++fileCounter);
  await engine.registerFileText(file, text);
  let rows: Record<string, unknown>[];
  try {
    rows = await engine.query(readCsvSql(file, format.delimiter, format.columnCount));
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { ok: false, errors: [uploadIssue('csv-unreadable', { detail })] };
  } finally {
    await engine.dropFile(file);
  }
  if (rows.length !== format.lines.length) {
    return {
      ok: false,
      errors: [uploadIssue('csv-unreadable', { detail: `${rows.length} lignes lues par DuckDB, ${format.lines.length} attendues` })],
    };
  }
  const cells = rows.map((row) =>
    Array.from({ length: format.columnCount }, (_, k) => {
      const v = row[rawColumn(k)];
      return v === null || v === undefined ? null : String(v);
    }),
  );
  return { ok: true, table: { rows: cells, lines: format.lines } };
}
