import { MAX_COLUMNS, MAX_LISTED, SNIFF_RECORDS } from './limits';
import { uploadIssue } from './messages';
import { scanRecords, type ScannedRecord } from './scan-records';
import type { CsvFormat, Delimiter, UploadEncoding, UploadError } from './types';

/** Tried in this order; on a tie the first wins (a tab is rarely data, `;` is the French default). */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

export type SniffResult = { ok: true; format: CsvFormat } | { ok: false; errors: UploadError[] };

/** A record fits when it has the header's width, or one more empty field (trailing separator). */
const fits = (r: ScannedRecord, width: number) => r.fields === width || (r.fields === width + 1 && r.trailingEmpty);

/**
 * Chooses the separator among tab, `;` and `,` and checks the structure of every line.
 *
 * Choice: for each separator, the first {@link SNIFF_RECORDS} records are split (quotes respected);
 * the width is that of the first record and must be ≥ 2; the separator whose records most often
 * have that width wins (ties: tab, then `;`, then `,`). So `12,5` in a `;` file is not taken for two
 * fields: the header line has no comma, and `,` gives inconsistent widths.
 *
 * Then every record must have the first record's width (a trailing separator is tolerated, as
 * DuckDB does); the first {@link MAX_LISTED} offending lines are listed.
 *
 * @param text decoded text, without BOM
 * @param encoding recorded in the format
 */
export function sniffCsv(text: string, encoding: UploadEncoding): SniffResult {
  let best: { delimiter: Delimiter; width: number; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const { records } = scanRecords(text, delimiter, SNIFF_RECORDS);
    const width = records[0]?.fields ?? 0;
    if (width < 2) continue;
    const score = records.filter((r) => fits(r, width)).length / records.length;
    if (!best || score > best.score) best = { delimiter, width, score };
  }
  if (!best) return { ok: false, errors: [uploadIssue('single-column')] };
  const { delimiter, width } = best;
  if (width > MAX_COLUMNS) return { ok: false, errors: [uploadIssue('too-many-columns', { count: width })] };

  const { records, problems } = scanRecords(text, delimiter);
  const errors: UploadError[] = problems.map((p) => uploadIssue(p.kind, { line: p.line }));
  for (const r of records) {
    if (!fits(r, width)) {
      errors.push(uploadIssue('wrong-field-count', { line: r.line, found: r.fields, expected: width, delimiter }));
    }
  }
  if (errors.length > 0) {
    errors.sort((a, b) => Number(a.params.line) - Number(b.params.line));
    const listed = errors.slice(0, MAX_LISTED);
    if (errors.length > MAX_LISTED) listed.push(uploadIssue('more-lines', { count: errors.length - MAX_LISTED }));
    return { ok: false, errors: listed };
  }
  return { ok: true, format: { encoding, delimiter, columnCount: width, lines: records.map((r) => r.line) } };
}
