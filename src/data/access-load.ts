import { DataFormatError } from '../domain/data-format-error';
import { buildAccessModel, type AccessModel } from './access-evaluate';
import { accessDataFromFiles, ACCESS_FILES, parseAccessModelFile } from './access-files';
import { DataLoadError } from './data-load-error';
import { fetchBytes, fetchJson } from './fetch-data';

/**
 * Downloads the access page's files (no DuckDB: the page works even if the engine fails) and
 * builds the time matrix, with the same conversion as the CLI (`accessDataFromFiles`).
 *
 * @throws DataLoadError naming the file at fault
 */
export async function loadAccessModel(): Promise<AccessModel> {
  const [originsBytes, sitesBytes, modelRaw] = await Promise.all([
    fetchBytes(ACCESS_FILES.origins),
    fetchBytes(ACCESS_FILES.sites),
    fetchJson(ACCESS_FILES.model, (raw) => (parseAccessModelFile(raw), raw)),
  ]);
  const { matrixFile } = parseAccessModelFile(modelRaw);
  const matrixBytes = matrixFile ? await fetchBytes(matrixFile) : null;
  try {
    return buildAccessModel(accessDataFromFiles(originsBytes, sitesBytes, modelRaw, matrixBytes));
  } catch (error) {
    if (error instanceof DataFormatError) {
      const file = Object.values(ACCESS_FILES).find((f) => error.detail.startsWith(f)) ?? matrixFile ?? ACCESS_FILES.origins;
      // the detail starts with the file name (« sites.arrow : … »): the message names the file once
      const detail = error.detail.startsWith(`${file} : `) ? error.detail.slice(file.length + 3) : error.detail;
      throw new DataLoadError(file, 'corrupt', detail);
    }
    throw error;
  }
}
