import type { Delimiter } from './types';

/** A record's position and width. */
export interface ScannedRecord {
  /** Physical line (1-based) where the record starts. */
  line: number;
  fields: number;
  /** The last field is empty and unquoted (a trailing separator, which DuckDB tolerates). */
  trailingEmpty: boolean;
}

export type ScanProblem = { kind: 'unterminated-quote' | 'bad-quote'; line: number };

export interface ScanResult {
  records: ScannedRecord[];
  problems: ScanProblem[];
}

/**
 * Splits CSV text into records **without reading values** (DuckDB reads them): only record
 * boundaries, physical line numbers and field counts, to choose the separator and to report
 * malformed lines with their number before DuckDB sees the text.
 *
 * Follows DuckDB's `read_csv` with `quote='"', escape='"'`: a field is quoted when its first
 * non-space character is `"`; `""` inside is one quote; newlines inside quotes belong to the field;
 * spaces after a closing quote are allowed, anything else is a `bad-quote`; a `"` inside an unquoted
 * field is an ordinary character; empty lines are skipped; `\n`, `\r\n` and `\r` end a line.
 * An unterminated quote would make DuckDB drop the rest of the file silently: it is reported.
 *
 * @param limit stop after this many records (for sniffing)
 */
export function scanRecords(text: string, delimiter: Delimiter, limit = Infinity): ScanResult {
  const records: ScannedRecord[] = [];
  const problems: ScanProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const endOfLine = (c: string | undefined) => c === '\n' || c === '\r';
  const consumeNewline = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line++;
  };
  while (i < n && records.length < limit) {
    if (endOfLine(text[i])) {
      consumeNewline(); // empty line
      continue;
    }
    const start = line;
    let fields = 0;
    let trailingEmpty = false;
    for (;;) {
      fields++;
      let j = i;
      while (text[j] === ' ') j++;
      if (text[j] === '"') {
        const quoteLine = line;
        j++;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            problems.push({ kind: 'unterminated-quote', line: quoteLine });
            return { records, problems };
          }
          for (let c = j; c < q; c++) {
            if (text[c] === '\n' || (text[c] === '\r' && text[c + 1] !== '\n')) line++;
          }
          if (text[q + 1] === '"') {
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        while (text[j] === ' ') j++;
        if (j < n && text[j] !== delimiter && !endOfLine(text[j])) {
          problems.push({ kind: 'bad-quote', line });
          while (j < n && text[j] !== delimiter && !endOfLine(text[j])) j++;
        }
        trailingEmpty = false;
      } else {
        j = i;
        while (j < n && text[j] !== delimiter && !endOfLine(text[j])) j++;
        trailingEmpty = j === i;
      }
      i = j;
      if (i < n && text[i] === delimiter) {
        i++;
        if (i >= n || endOfLine(text[i])) {
          // separator at the end of the line: one more, empty, field
          fields++;
          trailingEmpty = true;
          break;
        }
        continue;
      }
      break;
    }
    records.push({ line: start, fields, trailingEmpty });
    if (i < n) consumeNewline();
  }
  return { records, problems };
}
