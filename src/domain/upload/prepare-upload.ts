import { decodePastedText, decodeUpload } from './decode-upload';
import { sniffCsv } from './sniff-csv';
import type { CsvFormat, UploadError, UploadNotice } from './types';

export type PrepareResult =
  | { ok: true; text: string; format: CsvFormat; notices: UploadNotice[] }
  | { ok: false; errors: UploadError[] };

/**
 * Everything that happens before DuckDB reads the table: size, empty file, encoding, separator and
 * line structure. The text it returns is what DuckDB reads (`read_csv` with the format found here),
 * with every line end (CRLF, CR) written as LF.
 *
 * @param input the bytes of a dropped file, or a pasted table (text)
 */
export function prepareUpload(input: Uint8Array | string): PrepareResult {
  const decoded = typeof input === 'string' ? decodePastedText(input) : decodeUpload(input);
  if (!decoded.ok) return decoded;
  // One line end for DuckDB: a file mixing CRLF, LF and CR (a CRLF inside a quoted header of an LF
  // file) stops its CSV state machine. The sniffing counts lines the same way before and after.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const sniffed = sniffCsv(text, decoded.encoding);
  if (!sniffed.ok) return sniffed;
  return { ok: true, text, format: sniffed.format, notices: decoded.notices };
}
