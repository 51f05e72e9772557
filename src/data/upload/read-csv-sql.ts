import type { Delimiter } from '../../domain/upload/types';

/** Name of the k-th column of the raw read: c0, c1, … (the header, if any, is read as data). */
export const rawColumn = (k: number): string => `c${k}`;

/**
 * SQL reading a registered CSV with DuckDB, every cell as text and nothing guessed: the separator
 * and the number of columns come from the TypeScript sniffing (`sniffCsv`), the header line is
 * returned as the first row (`header=false`) so that its text is kept exactly as written.
 * Numbers are **not** converted here: `parseCellNumber` is the only number parser.
 *
 * @param file a name from {@link uploadFileName} (generated, never user text)
 * @param delimiter from a whitelist of three characters
 * @param columnCount ≥ 1
 */
export function readCsvSql(file: string, delimiter: Delimiter, columnCount: number): string {
  if (!/^upload_\d+\.csv$/.test(file)) throw new Error(`invalid upload file name: ${JSON.stringify(file)}`);
  if (![';', ',', '\t'].includes(delimiter)) throw new Error(`invalid delimiter: ${JSON.stringify(delimiter)}`);
  if (!Number.isInteger(columnCount) || columnCount < 1) throw new Error(`invalid column count: ${columnCount}`);
  const columns = Array.from({ length: columnCount }, (_, k) => `'${rawColumn(k)}': 'VARCHAR'`).join(', ');
  return (
    `SELECT * FROM read_csv('${file}', delim='${delimiter}', quote='"', escape='"', header=false, ` +
    `auto_detect=false, all_varchar=true, parallel=false, null_padding=false, columns={${columns}})`
  );
}

/** Name under which an upload's text is registered, then dropped. */
export const uploadFileName = (n: number): string => `upload_${n}.csv`;
