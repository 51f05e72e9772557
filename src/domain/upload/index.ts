/** Bring your own data: validation of an uploaded CSV before and around DuckDB (pure, no DOM, no DuckDB). */
export * from './types';
export * from './limits';
export { uploadIssue, uploadMessage, type UploadErrorCode, type UploadIssue, type UploadMessageCode, type UploadNoticeCode, type UploadParams } from './messages';
export { decodePastedText, decodeUpload, type DecodeResult } from './decode-upload';
export { scanRecords, type ScanResult, type ScannedRecord } from './scan-records';
export { sniffCsv, type SniffResult } from './sniff-csv';
export { MISSING_MARKERS, parseCellNumber, type CellValue } from './parse-cell-number';
export { normaliseCodeCell, type CodeCell } from './commune-code';
export { CODE_COLUMN_KEYS, LABEL_COLUMN_KEYS, headerKey } from './column-names';
export { buildCommuneReferential, type CommuneRow } from './commune-referential';
export { validateUploadTable, type ValidateOptions } from './validate-upload-table';
export { prepareUpload, type PrepareResult } from './prepare-upload';
