import type { CodeInsee } from '../types';
import type { UploadErrorCode, UploadIssue, UploadNoticeCode } from './messages';

export type UploadError = UploadIssue<UploadErrorCode>;
export type UploadNotice = UploadIssue<UploadNoticeCode>;

/** How the bytes were decoded. `text` = pasted, already a string. */
export type UploadEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'text';

export type Delimiter = ';' | ',' | '\t';

/** What the sniffing found, enough to read the text with DuckDB's `read_csv`. */
export interface CsvFormat {
  encoding: UploadEncoding;
  delimiter: Delimiter;
  /** Fields per record (from the first record). */
  columnCount: number;
  /** Physical line (1-based) where each record starts; blank lines are skipped, as DuckDB does. */
  lines: number[];
}

/**
 * The cells of a CSV as read by DuckDB (`all_varchar`), first record included (maybe a header).
 * `null` = empty cell.
 */
export interface RawTable {
  rows: (string | null)[][];
  /** Physical line of each row, same length as `rows`. */
  lines: number[];
}

/** One imported column, aligned on the communes of the referential. */
export interface UploadColumn {
  /**
   * Header text as written in the file (trimmed; control and invisible characters as spaces; at
   * most 80 characters, see MAX_COLUMN_NAME), or « colonne n » when there is none.
   */
  name: string;
  /** One value per commune, in referential (code) order; null = missing, never 0. */
  values: (number | null)[];
  /** Non-null values. */
  count: number;
  /** Values that came from a line with a former commune code. */
  remapped: number;
  /** Decimal separator seen in this column (null when all values are integers). */
  decimal: ',' | '.' | null;
}

export type UploadResult =
  | {
      ok: true;
      columns: UploadColumn[];
      notices: UploadNotice[];
      /** Name of the code column (as in the file). */
      codeColumn: string;
      /** False when the first line was data. */
      header: boolean;
    }
  | { ok: false; errors: UploadError[] };

/** The communes of the département and the former codes that now belong to them (COG 2026). */
export interface CommuneReferential {
  /** Current codes in the order of the app's tables (ascending). */
  codes: readonly CodeInsee[];
  names: ReadonlyMap<CodeInsee, string>;
  /** Former code → current code (communes nouvelles, fusions). */
  former: ReadonlyMap<CodeInsee, CodeInsee>;
  /** Former code → name of the former commune, when known (communes-search.json). */
  formerNames: ReadonlyMap<CodeInsee, string>;
}
