import { MAX_UPLOAD_BYTES } from './limits';
import { uploadIssue } from './messages';
import type { UploadEncoding, UploadError, UploadNotice } from './types';

export type DecodeResult =
  | { ok: true; text: string; encoding: UploadEncoding; notices: UploadNotice[] }
  | { ok: false; errors: UploadError[] };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Windows-1252 characters of bytes 0x80–0x9F (WHATWG table; 81, 8D, 8F, 90, 9D stay as they are). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * `TextDecoder('windows-1252')`, made exact everywhere: browsers follow the WHATWG table, but
 * Node ≤ 22 decodes this label as ISO-8859-1 and turns € or the apostrophe ’ into C1 controls.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/**
 * Turns the bytes of a dropped file into text, before any parsing.
 *
 * Order of checks: size (≤ {@link MAX_UPLOAD_BYTES}), empty, spreadsheet or binary content, then the
 * encoding: a UTF-16 byte-order mark (Excel's « Texte Unicode »); else UTF-8 (with or without BOM)
 * when the bytes are valid UTF-8 (`TextDecoder('utf-8', { fatal: true })`); else Windows-1252, the
 * usual encoding of French CSV files saved by Excel (every byte sequence decodes, so this never fails).
 *
 * @param bytes the whole file
 * @returns the text without BOM, or errors with French messages
 */
export function decodeUpload(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, errors: [uploadIssue('file-too-large', { bytes: bytes.length })] };
  if (bytes.length === 0) return { ok: false, errors: [uploadIssue('empty-file')] };
  // xlsx / ods are zip archives; xls is an OLE compound file
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, errors: [uploadIssue('spreadsheet-file')] };
  }
  let text: string;
  let encoding: UploadEncoding;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    if (bytes.subarray(0, 65536).includes(0)) return { ok: false, errors: [uploadIssue('binary-file')] };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM
      encoding = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 'utf-8-bom' : 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.trim() === '') return { ok: false, errors: [uploadIssue('empty-file')] };
  const notices =
    encoding === 'windows-1252' || encoding === 'utf-16le' || encoding === 'utf-16be'
      ? [uploadIssue('encoding', { encoding })]
      : [];
  return { ok: true, text, encoding, notices };
}

/**
 * The same checks for a pasted table (already text): size of its UTF-8 form, empty.
 */
export function decodePastedText(text: string): DecodeResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_UPLOAD_BYTES) return { ok: false, errors: [uploadIssue('file-too-large', { bytes })] };
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, errors: [uploadIssue('empty-file')] };
  return { ok: true, text: clean, encoding: 'text', notices: [] };
}
