import { tableFromIPC, type Table } from 'apache-arrow';
import { DataFormatError } from '../domain/data-format-error';
import { accessInputsFromTables, type AccessInputs, type AccessModelFile } from './access-inputs';
import { ARROW_UNREADABLE } from './data-load-error';

/** The files of `public/data/` the access page reads (see data/README.md). */
export const ACCESS_FILES = {
  origins: 'origins.arrow',
  sites: 'sites.arrow',
  model: 'access-model.json',
} as const;

/** Inputs of the access page plus what the map needs: the lower-left corner of each 1 km cell. */
export interface AccessData extends AccessInputs {
  /** EPSG:3035 easting of each origin's cell, metres (lower-left corner), NaN if the origin is not a cell. */
  cellX: Float64Array;
  /** EPSG:3035 northing, metres (lower-left corner). */
  cellY: Float64Array;
  /** Routed times (method `osm`), site-major Float32 `[s * nOrigins + o]`; null for the crow-fly model. */
  dense: Float32Array | null;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks the shape of `access-model.json` (the fields the app reads).
 *
 * @throws DataFormatError naming the first bad field
 */
export function parseAccessModelFile(raw: unknown): AccessModelFile & { matrixFile: string | null } {
  const o = raw as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null) throw new DataFormatError('objet JSON attendu');
  if (o.method !== 'crow-calibrated' && o.method !== 'osm') throw new DataFormatError('method');
  const model = o.model as Record<string, unknown> | undefined;
  if (!model || !isNum(model.interceptMin) || !isNum(model.minPerKm)) throw new DataFormatError('model');
  const cal = o.calibration as Record<string, unknown> | undefined;
  for (const k of ['n', 'maxKm', 'maeMin', 'medianRelError', 'p90AbsErrorMin']) {
    if (!cal || !isNum(cal[k])) throw new DataFormatError(`calibration.${k}`);
  }
  const loire = o.loire as Record<string, unknown> | undefined;
  if (!loire || !Array.isArray(loire.bridges) || !Array.isArray(loire.river)) throw new DataFormatError('loire');
  (loire.bridges as unknown[]).forEach((b, i) => {
    const br = b as Record<string, unknown>;
    if (typeof br.id !== 'string' || !isNum(br.lon) || !isNum(br.lat)) throw new DataFormatError(`loire.bridges[${i}]`);
  });
  const matrixFile = o.matrixFile ?? null;
  if (matrixFile !== null && typeof matrixFile !== 'string') throw new DataFormatError('matrixFile');
  if (o.method === 'osm' && matrixFile === null) throw new DataFormatError('matrixFile (méthode osm sans matrice)');
  return { ...(o as unknown as AccessModelFile), matrixFile };
}

const REQUIRED = {
  [ACCESS_FILES.origins]: ['id', 'commune', 'territoire', 'lon', 'lat', 'side', 'pop', 'pop_75p', 'fam_mono', 'chom_1564'],
  [ACCESS_FILES.sites]: ['id', 'type', 'nom', 'commune', 'statut', 'precision', 'lon', 'lat', 'side'],
} as const;

/** Parses an Arrow IPC file and checks the columns the access page reads. */
function arrow(file: typeof ACCESS_FILES.origins | typeof ACCESS_FILES.sites, bytes: Uint8Array): Table {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch {
    throw new DataFormatError(`${file} : ${ARROW_UNREADABLE}`);
  }
  // garbage bytes give an empty table rather than an error
  if (table.schema.fields.length === 0) throw new DataFormatError(`${file} : ${ARROW_UNREADABLE}`);
  const missing = REQUIRED[file].filter((c) => !table.getChild(c));
  if (missing.length > 0) throw new DataFormatError(`${file} : colonnes manquantes ${missing.join(', ')}`);
  return table;
}

function floatColumn(table: Table, name: string): Float64Array {
  const v = table.getChild(name);
  const out = new Float64Array(table.numRows).fill(NaN);
  if (!v) return out;
  for (let i = 0; i < table.numRows; i++) {
    const x = v.get(i) as unknown;
    if (typeof x === 'number') out[i] = x;
  }
  return out;
}

/**
 * Raw bytes of `origins.arrow` and `sites.arrow`, the parsed `access-model.json` and, for the `osm`
 * method, the bytes of the shipped matrix → the access inputs. Shared by the browser
 * (`access-load.ts`) and the CLI (`scripts/coverage.ts`): both convert the files the same way.
 *
 * @throws DataFormatError on an unreadable table, a missing column or a matrix of the wrong size
 */
export function accessDataFromFiles(
  originsBytes: Uint8Array,
  sitesBytes: Uint8Array,
  modelRaw: unknown,
  matrixBytes: Uint8Array | null = null,
): AccessData {
  const model = parseAccessModelFile(modelRaw);
  const origins = arrow(ACCESS_FILES.origins, originsBytes);
  const sites = arrow(ACCESS_FILES.sites, sitesBytes);
  let inputs: AccessInputs;
  try {
    inputs = accessInputsFromTables(origins, sites, model);
  } catch (error) {
    throw new DataFormatError(error instanceof Error ? error.message : String(error));
  }
  let dense: Float32Array | null = null;
  if (model.method === 'osm') {
    if (!matrixBytes) throw new DataFormatError(`${model.matrixFile ?? 'matrice'} manquante`);
    const expected = inputs.origins.length * inputs.sites.length;
    if (matrixBytes.byteLength !== expected * 4) {
      throw new DataFormatError(`${model.matrixFile}: ${matrixBytes.byteLength / 4} valeurs pour ${expected} attendues`);
    }
    // copy: the bytes may not be 4-byte aligned
    dense = new Float32Array(matrixBytes.slice().buffer);
  }
  return { ...inputs, cellX: floatColumn(origins, 'x_laea'), cellY: floatColumn(origins, 'y_laea'), dense };
}
