import { DataFormatError } from '../domain/data-format-error';
import { fetchJson } from './fetch-data';

/**
 * The data version of `manifest.json` (a hash of the derived files), written into exported index
 * definitions so that an index can be reproduced on the same data.
 *
 * @throws DataLoadError when the file is missing or has no version
 */
export const loadDataVersion = (): Promise<string> =>
  fetchJson('manifest.json', (raw) => {
    const v = (raw as { version?: unknown } | null)?.version;
    if (typeof v !== 'string' || !/^[0-9a-f]{6,64}$/.test(v)) throw new DataFormatError('version : empreinte hexadécimale attendue');
    return v;
  });
