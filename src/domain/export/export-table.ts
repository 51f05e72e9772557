import { toCsv } from '../csv-export/to-csv';
import type { Lang } from '../types';

/** `number` columns are written as Parquet DOUBLE, `string` columns (codes too) as UTF-8 text. */
export type ExportColumnType = 'string' | 'number';

export interface ExportColumn {
  /** Key of the value in each row; also the Parquet column name (stable, language-free). */
  key: string;
  /** Header in the UI language (CSV header; kept in the Parquet metadata). */
  label: string;
  type: ExportColumnType;
}

/** A table as shown on screen, ready to be saved as CSV or Parquet. */
export interface ExportTable {
  /** What the table is, for the file name: ["donnees", "taux-pauvrete", "commune"]. */
  name: readonly string[];
  /** One line saying what the table holds, in the UI language. */
  title: string;
  columns: readonly ExportColumn[];
  /** Missing values are null (secret statistique, not published): never 0. */
  rows: readonly Record<string, unknown>[];
  /** One line per source, each with its year ("INSEE – Filosofi 2021"). */
  sources: readonly string[];
  /** Year (or years) of the data, e.g. "2021" or "2011, 2016, 2022". */
  year: string;
  /** Extra lines: method, caveats. */
  notes?: readonly string[];
}

/** Words of the CSV comment lines, in the UI language. */
export interface ExportTableWords {
  /** "Année des données : {year}" with the year filled in by the caller's template. */
  year: string;
  /** "Exporté le 2026-11-23 depuis l'Observatoire…" */
  exported: string;
}

/**
 * A table as CSV text ({@link toCsv}): BOM, `# Source : …` lines, then `# title`, `# year`, the
 * notes and the export line, then the header and the rows (`;` and decimal comma in French).
 */
export function tableToCsv(table: ExportTable, lang: Lang, words: ExportTableWords): string {
  return toCsv(table.columns, table.rows, {
    lang,
    sources: table.sources,
    notes: [table.title, words.year, ...(table.notes ?? []), words.exported],
  });
}
