import type { CodeInsee } from '../types';
import { CODE_COLUMN_KEYS, LABEL_COLUMN_KEYS, headerKey } from './column-names';
import { normaliseCodeCell } from './commune-code';
import { CODE_COLUMN_MIN_SHARE, MAX_COLUMN_NAME, MAX_LISTED } from './limits';
import { uploadIssue } from './messages';
import { parseCellNumber, type CellValue } from './parse-cell-number';
import type { CommuneReferential, RawTable, UploadColumn, UploadError, UploadNotice, UploadResult } from './types';

export interface ValidateOptions {
  /**
   * Codes that are neither a current nor a former commune of the département:
   * `error` (default) stops the upload and lists them; `ignore` drops those lines with a notice
   * (for a regional file).
   */
  unknownCodes?: 'error' | 'ignore';
}

/** Cell text quoted in a message: one line, at most 60 characters. Plain text, never HTML. */
function preview(cell: string | null): string {
  const flat = (cell ?? '').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/**
 * A header as a column name: control and invisible formatting characters (line breaks, bidi
 * overrides, zero-width spaces) become spaces, runs of spaces one space; at most
 * {@link MAX_COLUMN_NAME} characters (then `…`). Plain text, never HTML.
 */
function headerText(cell: string | null): { text: string; length: number } {
  const flat = (cell ?? '').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return { text: chars.length > MAX_COLUMN_NAME ? `${chars.slice(0, MAX_COLUMN_NAME - 1).join('')}…` : flat, length: chars.length };
}

/** A code the referential knows, as a current or a former commune. */
function knownCode(cell: string | null, ref: CommuneReferential): boolean {
  const c = normaliseCodeCell(cell);
  return c.kind === 'code' && (ref.names.has(c.code) || ref.former.has(c.code));
}

/**
 * The code column: the first column named like one ({@link CODE_COLUMN_KEYS}), otherwise the first
 * column whose non-empty cells are at least 90 % known commune codes (current or former). In the
 * second case, the first row is data (no header) when its cell is itself a known code.
 */
function findCodeColumn(
  rows: readonly (readonly (string | null)[])[],
  ref: CommuneReferential,
): { index: number; header: boolean; byContent: boolean } | null {
  const first = rows[0] ?? [];
  const byName = first.findIndex((h) => CODE_COLUMN_KEYS.has(headerKey(h ?? '')));
  if (byName !== -1) return { index: byName, header: true, byContent: false };
  for (let j = 0; j < first.length; j++) {
    const header = !knownCode(first[j] ?? null, ref);
    let filled = 0;
    let known = 0;
    for (let r = header ? 1 : 0; r < rows.length; r++) {
      const cell = rows[r]?.[j] ?? null;
      if ((cell ?? '').trim() === '') continue;
      filled++;
      if (knownCode(cell, ref)) known++;
    }
    if (filled > 0 && known / filled >= CODE_COLUMN_MIN_SHARE) return { index: j, header, byContent: true };
  }
  return null;
}

interface ValueColumn {
  index: number;
  name: string;
  cells: CellValue[];
}

/** Keeps the line errors of the first {@link MAX_LISTED} lines, then counts the other lines. */
function capByLine(errors: UploadError[]): UploadError[] {
  const sorted = errors
    .map((e, order) => ({ e, order }))
    .sort((a, b) => Number(a.e.params.line) - Number(b.e.params.line) || a.order - b.order)
    .map((x) => x.e);
  const lines = [...new Set(sorted.map((e) => Number(e.params.line)))];
  if (lines.length <= MAX_LISTED) return sorted;
  const kept = new Set(lines.slice(0, MAX_LISTED));
  return [
    ...sorted.filter((e) => kept.has(Number(e.params.line))),
    uploadIssue('more-lines', { count: lines.length - MAX_LISTED }),
  ];
}

/**
 * Validates the cells of an uploaded table (as DuckDB read them) and aligns each value column on
 * the communes of the département.
 *
 * - Code column: see {@link findCodeColumn}; codes are trimmed, 4 digits get their leading zero.
 * - Former codes (COG: `anciens_codes`) are replaced by the current commune, each with a notice;
 *   codes unknown to the referential are errors (or ignored lines, see {@link ValidateOptions}).
 * - Two lines on the same commune after that replacement are an error: values are never added up.
 * - Label columns (nom, libellé…) and columns with no number at all (only text, whatever it looks
 *   like: formulas and markup included) are not imported, with a notice. Every other column is a value column: each cell must be empty, a
 *   missing-value marker, or a number ({@link parseCellNumber}); empty = missing, never 0.
 * - Errors list the first {@link MAX_LISTED} offending lines (with their physical line number).
 *
 * @param raw the cells, first row possibly a header
 * @param ref communes of the département, in the order of the result's values
 */
export function validateUploadTable(raw: RawTable, ref: CommuneReferential, options: ValidateOptions = {}): UploadResult {
  const { rows, lines } = raw;
  if (rows.length === 0) return { ok: false, errors: [uploadIssue('empty-file')] };
  const found = findCodeColumn(rows, ref);
  if (!found) return { ok: false, errors: [uploadIssue(rows.length === 1 ? 'no-rows' : 'no-code-column')] };
  const { index: codeIndex, header } = found;
  const start = header ? 1 : 0;
  if (rows.length <= start) return { ok: false, errors: [uploadIssue('no-rows')] };

  const notices: UploadNotice[] = [];
  const width = rows[0]?.length ?? 0;
  const headerCell = (j: number) => (header ? headerText(rows[0]?.[j] ?? null).text : '');
  const codeColumn = header ? headerCell(codeIndex) : `colonne ${codeIndex + 1}`;
  if (!header) notices.push(uploadIssue('no-header'));
  else if (found.byContent) notices.push(uploadIssue('code-column-by-content', { column: codeColumn }));

  // value columns
  const columns: ValueColumn[] = [];
  const errors: UploadError[] = [];
  for (let j = 0; j < width; j++) {
    if (j === codeIndex) continue;
    const title = headerCell(j);
    if (header && LABEL_COLUMN_KEYS.has(headerKey(title))) {
      notices.push(uploadIssue('label-column-ignored', { column: title }));
      continue;
    }
    const cells = rows.slice(start).map((row) => parseCellNumber(row[j] ?? null));
    const numbers = cells.filter((c) => c.kind === 'number').length;
    const errorsHere = cells.filter((c) => c.kind === 'error');
    if (title === '' && numbers === 0 && errorsHere.length === 0) continue; // trailing separator artefact
    const name = title === '' ? `colonne ${j + 1}` : title;
    // no number and nothing number-like (NaN, 1e400): a text column, never imported, so never interpreted
    const textOnly = errorsHere.every((c) => c.kind === 'error' && c.code !== 'not-finite' && c.code !== 'too-large');
    if (numbers === 0 && errorsHere.length > 0 && textOnly) {
      notices.push(uploadIssue('text-column-ignored', { column: name }));
      continue;
    }
    if (header && title === '') notices.push(uploadIssue('unnamed-column', { position: j + 1, column: name }));
    const length = header ? headerText(rows[0]?.[j] ?? null).length : 0;
    if (length > MAX_COLUMN_NAME) notices.push(uploadIssue('long-column-name', { position: j + 1, length, column: name }));
    columns.push({ index: j, name, cells });
  }
  const seenNames = new Map<string, string>();
  for (const c of columns) {
    const key = c.name.toLowerCase();
    if (seenNames.has(key)) errors.push(uploadIssue('duplicate-column', { column: c.name }));
    seenNames.set(key, c.name);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (columns.length === 0) return { ok: false, errors: [uploadIssue('no-value-column')] };

  // codes
  const lineErrors: UploadError[] = [];
  const targets: (CodeInsee | null)[] = []; // per data row, the current commune, or null when skipped
  const fromCodes: (CodeInsee | null)[] = [];
  const ignoredUnknown: CodeInsee[] = [];
  const padded: { from: string; to: string }[] = [];
  const remapNotices: UploadNotice[] = [];
  for (let r = start; r < rows.length; r++) {
    const row = rows[r] as (string | null)[];
    const line = lines[r] as number;
    const cell = normaliseCodeCell(row[codeIndex] ?? null);
    let target: CodeInsee | null = null;
    let from: CodeInsee | null = null;
    if (cell.kind === 'empty') {
      if (row.some((c) => (c ?? '').trim() !== '')) lineErrors.push(uploadIssue('missing-code', { line }));
    } else if (cell.kind === 'invalid') {
      lineErrors.push(uploadIssue('invalid-code', { line, value: preview(row[codeIndex] ?? null) }));
    } else {
      if (cell.padded) padded.push({ from: (row[codeIndex] ?? '').trim(), to: cell.code });
      from = cell.code;
      if (ref.names.has(cell.code)) target = cell.code;
      else if (ref.former.has(cell.code)) {
        target = ref.former.get(cell.code) as CodeInsee;
        const formerName = ref.formerNames.get(cell.code);
        remapNotices.push(uploadIssue('remapped-code', {
          line, from: cell.code, to: target, name: ref.names.get(target) ?? '', ...(formerName ? { formerName } : {}),
        }));
      } else if (options.unknownCodes === 'ignore') ignoredUnknown.push(cell.code);
      else lineErrors.push(uploadIssue('unknown-code', { line, code: cell.code }));
    }
    targets.push(target);
    fromCodes.push(from);
    // cell errors, reported for every line that is not skipped, whatever its code
    const skipped = cell.kind === 'empty' || (from !== null && target === null && options.unknownCodes === 'ignore');
    if (skipped) continue;
    for (const column of columns) {
      const value = column.cells[r - start] as CellValue;
      if (value.kind === 'error') {
        lineErrors.push(uploadIssue(value.code, { line, column: column.name, value: preview(row[column.index] ?? null) }));
      }
    }
  }

  // duplicates after remapping
  const rowsOf = new Map<CodeInsee, number[]>();
  targets.forEach((t, k) => {
    if (t !== null) rowsOf.set(t, [...(rowsOf.get(t) ?? []), k]);
  });
  const duplicateErrors: UploadError[] = [];
  for (const [code, ks] of [...rowsOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (ks.length < 2) continue;
    const remapped = ks
      .filter((k) => fromCodes[k] !== code)
      .map((k) => `${fromCodes[k]} → ${code}`);
    duplicateErrors.push(uploadIssue('duplicate-code', {
      code, name: ref.names.get(code) ?? '', count: ks.length,
      lines: ks.map((k) => lines[k + start]).join(', '),
      ...(remapped.length ? { remapped: [...new Set(remapped)].join(', ') } : {}),
    }));
  }
  if (lineErrors.length > 0 || duplicateErrors.length > 0) {
    const dup = duplicateErrors.slice(0, MAX_LISTED);
    if (duplicateErrors.length > MAX_LISTED) dup.push(uploadIssue('more-codes', { count: duplicateErrors.length - MAX_LISTED }));
    return { ok: false, errors: [...capByLine(lineErrors), ...dup] };
  }

  // aligned values
  const position = new Map(ref.codes.map((c, i) => [c, i]));
  const result: UploadColumn[] = columns.map((column) => {
    const values: (number | null)[] = ref.codes.map(() => null);
    let count = 0;
    let remapped = 0;
    const decimals = new Set<',' | '.'>();
    const markers = new Map<string, number>();
    targets.forEach((t, k) => {
      if (t === null) return;
      const cell = column.cells[k] as CellValue;
      if (cell.kind === 'number') {
        values[position.get(t) as number] = cell.value;
        count++;
        if (fromCodes[k] !== t) remapped++;
        if (cell.decimal) decimals.add(cell.decimal);
      } else if (cell.kind === 'missing' && cell.marker !== null) {
        markers.set(cell.marker, (markers.get(cell.marker) ?? 0) + 1);
      }
    });
    if (decimals.size === 2) notices.push(uploadIssue('mixed-decimal', { column: column.name }));
    else if (decimals.has(',')) notices.push(uploadIssue('decimal-comma', { column: column.name }));
    if (markers.size > 0) {
      notices.push(uploadIssue('missing-markers', {
        column: column.name,
        count: [...markers.values()].reduce((a, b) => a + b, 0),
        markers: [...markers.keys()].map((m) => `« ${m} »`).join(', '),
      }));
    }
    const decimal = decimals.size === 2 ? null : decimals.has(',') ? ',' : decimals.has('.') ? '.' : null;
    return { name: column.name, values, count, remapped, decimal };
  });

  if (padded.length > 0) {
    notices.push(uploadIssue('padded-codes', { count: padded.length, from: padded[0]!.from, to: padded[0]!.to }));
  }
  notices.push(...remapNotices);
  if (ignoredUnknown.length > 0) {
    const listed = ignoredUnknown.slice(0, MAX_LISTED).join(', ') + (ignoredUnknown.length > MAX_LISTED ? ', …' : '');
    notices.push(uploadIssue('unknown-codes-ignored', { count: ignoredUnknown.length, codes: listed }));
  }
  const absent = ref.codes.length - rowsOf.size;
  if (absent > 0) notices.push(uploadIssue('communes-absent', { count: absent, total: ref.codes.length }));
  return { ok: true, columns: result, notices, codeColumn, header };
}
