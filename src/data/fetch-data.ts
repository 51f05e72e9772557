import { DataFormatError } from '../domain/data-format-error';
import { dataUrl } from './data-url';
import { DataLoadError } from './data-load-error';

/** Marker detail used when a static server answers a missing file with index.html. */
export const HTML_INSTEAD_OF_DATA = 'html';

async function fetchOk(file: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (error) {
    throw new DataLoadError(file, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const kind = response.status === 404 || response.status === 410 ? 'missing' : 'network';
    throw new DataLoadError(file, kind, `HTTP ${response.status}`, response.status);
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DataLoadError(file, 'missing', HTML_INSTEAD_OF_DATA, response.status);
  }
  return response;
}

/**
 * Downloads and validates a JSON file from `public/data/`.
 *
 * @param parse validator; a DataFormatError it throws becomes a `corrupt` DataLoadError
 * @throws DataLoadError for every failure (never a raw TypeError or SyntaxError)
 */
export async function fetchJson<T>(
  file: string,
  parse: (raw: unknown) => T,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetchOk(file, signal);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DataLoadError(file, 'corrupt', 'JSON invalide');
  }
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof DataFormatError) throw new DataLoadError(file, 'corrupt', error.detail);
    throw error;
  }
}

/**
 * Downloads a binary file (Arrow IPC) from `public/data/`.
 *
 * @throws DataLoadError when missing, empty or unreachable
 */
export async function fetchBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetchOk(file, signal);
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    throw new DataLoadError(file, 'network', error instanceof Error ? error.message : String(error));
  }
  if (buffer.byteLength === 0) throw new DataLoadError(file, 'corrupt', 'fichier vide');
  return new Uint8Array(buffer);
}
