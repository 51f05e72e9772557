import { forgetSessionTable, rememberSessionTable } from '../load-tables';
import { withEngine } from '../start-engine';
import type { ValidateOptions } from '../../domain/upload/validate-upload-table';
import type { CommuneReferential } from '../../domain/upload/types';
import { loadCommuneReferential } from './load-commune-referential';
import { dropUpload, loadUpload, type LoadUploadResult } from './load-upload';
import { asyncUploadEngine, type UploadEngine } from './upload-engine';

let referentialPromise: Promise<CommuneReferential> | null = null;

/** The upload operations on the app's DuckDB; created tables are kept to survive a worker reset. */
function withUploadEngine<T>(run: (engine: UploadEngine) => Promise<T>): Promise<T> {
  return withEngine(async (db) => {
    const conn = await db.connect();
    try {
      const engine = asyncUploadEngine(db, conn);
      return await run({
        ...engine,
        insertArrowIPC: async (bytes, name) => {
          // a copy: DuckDB's worker takes the buffer it is given
          const copy = bytes.slice();
          await engine.insertArrowIPC(bytes, name);
          rememberSessionTable(name, copy);
        },
      });
    } finally {
      await conn.close();
    }
  });
}

/**
 * Validates a dropped file (or pasted table) and loads it into the app's DuckDB as `upload_<n>`.
 * Everything happens in this page: the data is never sent anywhere.
 *
 * @param formerNames optional `former` of `communes-search.json`, to name former communes in notices
 * @throws when DuckDB could not start, or its `communes` table (the referential) is missing
 */
export function uploadTable(
  input: Uint8Array | string,
  options: ValidateOptions = {},
  formerNames: readonly (readonly [string, string, string])[] = [],
): Promise<LoadUploadResult> {
  return withUploadEngine(async (engine) => {
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
  forgetSessionTable(table);
  return withUploadEngine((engine) => dropUpload(engine, table));
}
