import type { CompositeUploadResult } from '../data/composite-upload';
import { MAX_UPLOAD_BYTES } from '../domain/upload/limits';
import { uploadIssue } from '../domain/upload/messages';
import type { UploadError, UploadNotice } from '../domain/upload/types';
import type { CodeInsee } from '../domain/types';

/** Where uploads go: DuckDB in the browser by default; tests pass a fake. */
export interface Uploader {
  upload(input: Uint8Array | string): Promise<CompositeUploadResult>;
  remove(table: string): Promise<void>;
}

/** One numeric column of an upload, usable on the map, in the fiche and in the composite index. */
export interface UploadedColumn {
  /** Id inside the composite index and the map layer choice: `import:<sql name>`, unique in the session. */
  id: string;
  /** Header as written in the file. */
  name: string;
  /** DuckDB table and column. */
  table: string;
  sqlName: string;
  /** File name (or the pasted-table label) it came from. */
  source: string;
  /** Value per commune code; a commune absent from the file has null (never 0). */
  values: ReadonlyMap<CodeInsee, number | null>;
  /** Communes with a value. */
  count: number;
  decimal: ',' | '.' | null;
}

export interface UploadEntry {
  table: string;
  source: string;
  columns: readonly UploadedColumn[];
  notices: readonly UploadNotice[];
}

export type UploadPhase = 'idle' | 'loading';

/** Prefix of the ids of uploaded columns. */
export const UPLOAD_ID_PREFIX = 'import:';

const browserUploader = (formerNames: () => readonly (readonly [string, string, string])[]): Uploader => ({
  upload: async (input) => (await import('../data/composite-upload')).uploadForIndex(input, formerNames()),
  remove: async (table) => (await import('../data/composite-upload')).removeIndexUpload(table),
});

/**
 * Tables the user brought (CSV file or pasted text), kept in this page only (DuckDB in memory):
 * they never leave the browser and are gone on reload.
 *
 * A failed upload never touches what is already loaded: `entries` is only replaced after a
 * successful load, and the failure goes to `errors` (or `failure` when DuckDB itself failed).
 */
export class UploadsState {
  entries = $state.raw<readonly UploadEntry[]>([]);
  phase = $state<UploadPhase>('idle');
  /** Why the last upload was refused (validation), first offending lines first. */
  errors = $state.raw<readonly UploadError[]>([]);
  /** Technical failure of the last attempt (DuckDB could not start…), as text. */
  failure = $state<string | null>(null);
  /** Name of the last file refused, for the alert. */
  failedSource = $state<string | null>(null);
  /** Notices of the last accepted upload. */
  lastNotices = $state.raw<readonly UploadNotice[]>([]);

  /** Every uploaded column, in upload order. */
  columns: readonly UploadedColumn[] = $derived(this.entries.flatMap((e) => e.columns));
  byId: ReadonlyMap<string, UploadedColumn> = $derived(new Map(this.columns.map((c) => [c.id, c])));

  readonly #uploader: Uploader;

  /**
   * @param uploader defaults to DuckDB in this page
   * @param formerNames read when a file is loaded (`former` of communes-search.json), for notices
   */
  constructor(uploader?: Uploader, formerNames: () => readonly (readonly [string, string, string])[] = () => []) {
    this.#uploader = uploader ?? browserUploader(formerNames);
  }

  /**
   * Validates and loads a table. Never rejects.
   *
   * @param input file bytes or pasted text
   * @param source file name shown to the user
   * @returns true when the table was loaded
   */
  async add(input: Uint8Array | string, source: string): Promise<boolean> {
    if (this.phase === 'loading') return false;
    this.phase = 'loading';
    this.failure = null;
    this.errors = [];
    this.failedSource = null;
    try {
      const result = await this.#uploader.upload(input);
      if (!result.ok) {
        this.errors = result.errors;
        this.failedSource = source;
        return false;
      }
      const used = new Set(this.columns.map((c) => c.id));
      const columns = result.columns.map((c): UploadedColumn => {
        let id = `${UPLOAD_ID_PREFIX}${c.sqlName}`;
        for (let k = 2; used.has(id); k++) id = `${UPLOAD_ID_PREFIX}${c.sqlName}_${k}`;
        used.add(id);
        const values = new Map<CodeInsee, number | null>();
        result.codes.forEach((code, i) => values.set(code, c.values[i] ?? null));
        return { id, name: c.name, table: result.table, sqlName: c.sqlName, source, values, count: c.count, decimal: c.decimal };
      });
      this.entries = [...this.entries, { table: result.table, source, columns, notices: result.notices }];
      this.lastNotices = result.notices;
      return true;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.failedSource = source;
      return false;
    } finally {
      this.phase = 'idle';
    }
  }

  /**
   * A dropped or chosen file: refused at once (without reading it) above the size limit.
   */
  async addFile(file: File): Promise<boolean> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.failure = null;
      this.errors = [uploadIssue('file-too-large', { bytes: file.size })];
      this.failedSource = file.name;
      return false;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      this.errors = [];
      this.failure = error instanceof Error ? error.message : String(error);
      this.failedSource = file.name;
      return false;
    }
    return this.add(bytes, file.name);
  }

  /** Removes an upload (its table is dropped from DuckDB; the columns disappear everywhere). */
  async remove(table: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.table !== table);
    if (this.entries.length === 0) this.lastNotices = [];
    try {
      await this.#uploader.remove(table);
    } catch (error) {
      // the columns are already gone from the app; a table left in memory goes with the page
      console.warn('[upload]', error);
    }
  }

  dismissErrors(): void {
    this.errors = [];
    this.failure = null;
    this.failedSource = null;
  }
}
