import type { LoadUploadResult } from './upload/load-upload';
import { runQuery } from './run-query';

/** A successful upload with the commune codes its columns are aligned on. */
export type CompositeUploadResult =
  | (Extract<LoadUploadResult, { ok: true }> & {
      /** Commune code of each value of every column (the table's `code` column, in code order). */
      codes: string[];
    })
  | Extract<LoadUploadResult, { ok: false }>;

const TABLE_NAME = /^upload_\d+$/;

/**
 * Validates an uploaded CSV and loads it into the page's DuckDB (see `uploadTable`), then reads
 * back the commune codes its values are aligned on. Nothing leaves the browser.
 *
 * @param formerNames `former` of communes-search.json, to name former communes in notices
 * @throws when DuckDB could not start
 */
export async function uploadForIndex(
  input: Uint8Array | string,
  formerNames: readonly (readonly [string, string, string])[] = [],
): Promise<CompositeUploadResult> {
  // lazy: DuckDB stays out of the page's first bundle
  const { uploadTable } = await import('./upload/browser-upload');
  const result = await uploadTable(input, {}, formerNames);
  if (!result.ok) return result;
  if (!TABLE_NAME.test(result.table)) throw new Error(`unexpected upload table ${result.table}`);
  const rows = await runQuery<{ code: unknown }>({ sql: `SELECT code FROM "${result.table}"`, params: [] });
  return { ...result, codes: rows.map((r) => String(r.code)) };
}

/** Drops an uploaded table from DuckDB. */
export async function removeIndexUpload(table: string): Promise<void> {
  const { removeUploadedTable } = await import('./upload/browser-upload');
  await removeUploadedTable(table);
}
