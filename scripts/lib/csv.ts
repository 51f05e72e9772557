/**
 * Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends, a UTF-8 BOM.
 * The raw INSEE and SNCF files use `;`, the ANCT and datas.fun files use `,`.
 * Returns one record per line keyed by the header; fails loudly on a ragged line.
 */
export interface CsvOptions {
  separator: string;
  /** header names supplied by the caller when the file has none (the IRIS file) */
  header?: string[];
  /** label used in error messages */
  source?: string;
}

export function parseCsvRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field === '') inQuotes = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (inQuotes) throw new Error('unterminated quoted field at end of file');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function parseCsv(text: string, opts: CsvOptions): Record<string, string>[] {
  const rows = parseCsvRows(text, opts.separator);
  const header = opts.header ?? rows.shift();
  if (!header || header.length === 0) throw new Error(`${opts.source ?? 'CSV'}: empty file, no header line`);
  return rows.map((r, n) => {
    if (r.length !== header.length) {
      throw new Error(
        `${opts.source ?? 'CSV'}: line ${n + (opts.header ? 1 : 2)} has ${r.length} fields, the header has ${header.length}`,
      );
    }
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h.trim()] = r[k]));
    return rec;
  });
}
