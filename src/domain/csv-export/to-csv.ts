import type { Lang } from '../types';
import { neutraliseCell, neutraliseUnquotedPiece } from './neutralise-cell';

export interface CsvColumn {
  /** Key of the value in each row. */
  key: string;
  /** Header text. */
  label: string;
}

export interface CsvOptions {
  /** `fr`: `;` separator and decimal comma (Excel in French); `en`: `,` and decimal point. */
  lang: Lang;
  /** One `# Source : …` line each, e.g. "INSEE, recensement de la population 2022 (Licence Ouverte 2.0)". */
  sources: readonly string[];
  /** Extra `# …` lines after the sources (what the table is, a query text…). */
  notes?: readonly string[];
}

/** UTF-8 byte order mark: Excel then reads the file as UTF-8 (accents). */
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

const SEPARATOR: Record<Lang, string> = { fr: ';', en: ',' };
const SOURCE_PREFIX: Record<Lang, string> = { fr: '# Source : ', en: '# Source: ' };

/**
 * A number as a spreadsheet reads it: every digit kept, no thousands separator, decimal comma in
 * French. NaN and ±Infinity are empty (missing), −0 is "0".
 */
function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  const text = Object.is(value, -0) ? '0' : String(value);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** Text of one cell before quoting; numbers are never neutralised (a minus sign is not a formula). */
function cellText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  return neutraliseAllPieces(text, 'cell');
}

/** RFC 4180: a field with the separator, a quote, CR or LF is quoted, its quotes doubled. */
function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every piece of `text` a spreadsheet could take for a cell: what follows a `;`, a `,` or a tab
 * too, because a spreadsheet set to another separator than the file's cuts the line there, and
 * quoting does not help then (the quote is in the middle of its field). The head is neutralised
 * with {@link neutraliseCell} unless `head` says otherwise (a `#` comment line).
 */
function neutraliseAllPieces(text: string, head: 'cell' | 'comment'): string {
  // the head first: its apostrophe also shields a text that starts with a separator (« \t=1+1 »)
  const [first = '', ...rest] = (head === 'cell' ? neutraliseCell(text) : text).split(/(?=[;,\t])/);
  return [first, ...rest.map((piece) => piece[0] + neutraliseUnquotedPiece(piece.slice(1)))].join('');
}

/**
 * A `#` line: line breaks become spaces, and each piece a spreadsheet would split off at a
 * separator (`;`, `,` or tab) is neutralised too, quotes included (a comment line is not quoted,
 * so that it still starts with `#`; a piece starting with `"` would open a quoted field).
 */
function commentLine(text: string): string {
  return neutraliseAllPieces(text.replace(/[\r\n]+/g, ' '), 'comment');
}

/**
 * Rows to CSV text, ready to save as a `.csv` file.
 *
 * Layout: a UTF-8 BOM, then one `# Source : …` line per source and one `# …` line per note, then
 * the header row and the data rows (CRLF line ends, RFC 4180 quoting). The sources are comment
 * lines *before* the header so that they travel with the data and are the first thing seen in a
 * spreadsheet; tools skip them with `comment='#'` (pandas, R `read.csv(comment.char = '#')`) or by
 * skipping that many lines (pandas `skiprows`, when a cell may contain `#`).
 *
 * Values: numbers with every digit and no thousands separator (`;` + decimal comma in French,
 * `,` + decimal point in English); null, undefined, NaN and ±Infinity as empty cells (missing or
 * secret statistique, never 0); booleans as true / false; dates as ISO 8601; other objects as JSON.
 * Text cells (and header labels) starting with = + - @ tab CR or LF get a leading apostrophe
 * (formula-injection neutralisation, see {@link neutraliseCell}), and so does any piece of them
 * after a `;`, `,` or tab (for a spreadsheet set to another separator); numbers never do.
 *
 * @param columns the columns to write, in order; a key absent from a row gives an empty cell
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, unknown>[],
  options: CsvOptions,
): string {
  const separator = SEPARATOR[options.lang];
  const lines: string[] = [
    ...options.sources.map((source) => commentLine(`${SOURCE_PREFIX[options.lang]}${source}`)),
    ...(options.notes ?? []).map((note) => commentLine(`# ${note}`)),
    columns.map((c) => quote(neutraliseAllPieces(c.label, 'cell'), separator)).join(separator),
    ...rows.map((row) => columns.map((c) => quote(cellText(row[c.key], options.lang), separator)).join(separator)),
  ];
  return CSV_BOM + lines.join(EOL) + EOL;
}
