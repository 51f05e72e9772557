import { getDb } from '../db';
import { startQueryEngine } from '../start-engine';
import type { ValidateOptions } from '../../domain/upload/validate-upload-table';
import type { CommuneReferential } from '../../domain/upload/types';
import { loadCommuneReferential } from './load-commune-referential';
import { dropUpload, loadUpload, type LoadUploadResult } from './load-upload';
import { asyncUploadEngine, type UploadEngine } from './upload-engine';

let referentialPromise: Promise<CommuneReferential> | null = null;

async function withEngine<T>(run: (engine: UploadEngine) => Promise<T>): Promise<T> {
  await startQueryEngine();
  const db = await getDb();
  const conn = await db.connect();
  try {
    return await run(asyncUploadEngine(db, conn));
  } finally {
    await conn.close();
  }
}

/**
 * Validates a dropped file (or pasted table) and loads it into the app's DuckDB as `upload_<n>`.
 * Everything happens in this page: the data is never sent anywhere.
 *
 * @param formerNames optional `former` of `communes-search.json`, to name former communes in notices
 * @throws when DuckDB could not start (the caller shows the engine error)
 */
export function uploadTable(
  input: Uint8Array | string,
  options: ValidateOptions = {},
  formerNames: readonly (readonly [string, string, string])[] = [],
): Promise<LoadUploadResult> {
  return withEngine(async (engine) => {
    if (!referentialPromise) {
      referentialPromise = loadCommuneReferential(engine, formerNames);
      referentialPromise.catch(() => {
        referentialPromise = null;
      });
    }
    return loadUpload(engine, input, await referentialPromise, options);
  });
}

/** Removes an uploaded table from the app's DuckDB. */
export function removeUploadedTable(table: string): Promise<void> {
  return withEngine((engine) => dropUpload(engine, table));
}
