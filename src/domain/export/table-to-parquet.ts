import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExportTable } from './export-table';

/** Metadata written with every exported Parquet file, besides the columns. */
export interface ParquetExportInfo {
  /** Export date, YYYY-MM-DD. */
  exported: string;
  lang: string;
}

/** Prefix of the key-value metadata keys, so that they never clash with a tool's own keys. */
export const PARQUET_KEY_PREFIX = 'obs41:';

function toDouble(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

/**
 * A table as a Parquet file (hyparquet-writer, Snappy, one row group for these small tables).
 *
 * Columns are named by their `key` (language-free); `number` columns are typed DOUBLE, `string`
 * columns UTF-8 BYTE_ARRAY (commune codes stay text: "02100", "2A004"), all OPTIONAL so that a
 * missing value stays null (NaN and ±Infinity become null too). The sources, the data year, the
 * title, the notes, the column labels (JSON object key → label) and the export date go in the
 * file's key-value metadata under `obs41:` keys; `obs41:sources` and `obs41:notes` are JSON arrays.
 *
 * @returns the file bytes
 */
export function tableToParquet(table: ExportTable, info: ParquetExportInfo): ArrayBuffer {
  const columnData = table.columns.map((c) =>
    c.type === 'number'
      ? { name: c.key, data: table.rows.map((r) => toDouble(r[c.key])), type: 'DOUBLE' as const }
      : { name: c.key, data: table.rows.map((r) => toText(r[c.key])), type: 'STRING' as const },
  );
  const labels = Object.fromEntries(table.columns.map((c) => [c.key, c.label]));
  const kv: Record<string, string> = {
    title: table.title,
    sources: JSON.stringify(table.sources),
    year: table.year,
    notes: JSON.stringify(table.notes ?? []),
    columns: JSON.stringify(labels),
    exported: info.exported,
    lang: info.lang,
  };
  return parquetWriteBuffer({
    columnData,
    rowGroupSize: Math.max(1, table.rows.length),
    kvMetadata: Object.entries(kv).map(([key, value]) => ({ key: `${PARQUET_KEY_PREFIX}${key}`, value })),
  });
}
