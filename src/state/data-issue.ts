import { DataLoadError } from '../data/data-load-error';
import { HTML_INSTEAD_OF_DATA } from '../data/fetch-data';
import type { MessageKey } from '../i18n/fr';

/** `detail` of an issue where the server sent an HTML page (usually a missing file). */
export const HTML_FALLBACK = HTML_INSTEAD_OF_DATA;

/** A data problem shown to users (role="alert"), with what it breaks. */
export interface DataIssue {
  file: string;
  kind: 'missing' | 'corrupt' | 'network';
  detail: string;
  status?: number;
  impact: MessageKey;
}

/** Turns any error thrown while loading `file` into a DataIssue. */
export function toDataIssue(file: string, error: unknown, impact: MessageKey): DataIssue {
  if (error instanceof DataLoadError) {
    return { file: error.file, kind: error.kind, detail: error.detail, status: error.status, impact };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { file, kind: 'corrupt', detail, impact };
}
