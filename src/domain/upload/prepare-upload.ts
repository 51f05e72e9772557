import { decodePastedText, decodeUpload } from './decode-upload';
import { sniffCsv } from './sniff-csv';
import type { CsvFormat, UploadError, UploadNotice } from './types';

export type PrepareResult =
  | { ok: true; text: string; format: CsvFormat; notices: UploadNotice[] }
  | { ok: false; errors: UploadError[] };

/**
 * Everything that happens before DuckDB reads the table: size, empty file, encoding, separator and
 * line structure. The text it returns is what DuckDB reads (`read_csv` with the format found here).
 *
 * @param input the bytes of a dropped file, or a pasted table (text)
 */
export function prepareUpload(input: Uint8Array | string): PrepareResult {
  const decoded = typeof input === 'string' ? decodePastedText(input) : decodeUpload(input);
  if (!decoded.ok) return decoded;
  const sniffed = sniffCsv(decoded.text, decoded.encoding);
  if (!sniffed.ok) return sniffed;
  return { ok: true, text: decoded.text, format: sniffed.format, notices: decoded.notices };
}
