import { DataFormatError } from '../domain/data-format-error';
import { dataUrl } from './data-url';
import { DataLoadError } from './data-load-error';

/** Marker detail used when a static server answers a missing file with index.html. */
export const HTML_INSTEAD_OF_DATA = 'html';

/** Downloads started by `fetchEarly`, each taken over by the first `fetchOk` of its file. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts downloading data files before the app mounts (main.ts): the network works while the
 * app's first tasks run. The first `fetchJson` / `fetchBytes` of each file (without an abort
 * signal) takes the response over, with the same checks and error messages; later ones fetch
 * again (a retry is a new request).
 */
export function fetchEarly(files: readonly string[]): void {
  for (const file of files) {
    if (early.has(file)) continue;
    const pending = fetch(dataUrl(file));
    pending.catch(() => {}); // reported by the fetchOk that takes it over
    early.set(file, pending);
  }
}

async function fetchOk(file: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  const pending = signal ? undefined : early.get(file);
  early.delete(file);
  try {
    response = await (pending ?? fetch(dataUrl(file), { signal }));
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
