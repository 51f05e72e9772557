import { DataFormatError } from '../domain/data-format-error';
import { joinCommuneMobility, parseIrisBus, parseStops, type PlainRow } from '../domain/mobility/parse-mobility';
import { parseMobilityNotes, type MobilityNotes } from '../domain/mobility/parse-notes';
import { parseTimeModel, type TimeModel } from '../domain/mobility/parse-time-model';
import type { CommuneMobility, IrisBus, MobilityStop } from '../domain/mobility/types';
import { ARROW_UNREADABLE, DataLoadError } from './data-load-error';
import { fetchBytes, fetchJson } from './fetch-data';

/** The files of `public/data/` the mobility page reads (see data/README.md). */
export const MOBILITY_FILES = {
  access: 'access.arrow',
  mobility: 'mobility.arrow',
  iris: 'mobility-iris.arrow',
  stops: 'stops.arrow',
  notes: 'mobility-notes.json',
  model: 'access-model.json',
  stats: 'commune-stats.json',
} as const;

/** Everything the page needs to list and map the gaps. */
export interface MobilityCore {
  communes: CommuneMobility[];
  model: TimeModel;
}

/** Optional parts: the page works without them and says what is missing. */
export interface MobilityExtras {
  notes: MobilityNotes | null;
  stops: MobilityStop[] | null;
  iris: IrisBus[] | null;
}

/** Rows of an Arrow IPC file (apache-arrow is imported lazily: not on the first paint). */
async function arrowRows(file: string): Promise<PlainRow[]> {
  const bytes = await fetchBytes(file);
  const { tableFromIPC } = await import('apache-arrow');
  let table;
  try {
    table = tableFromIPC(bytes);
  } catch {
    throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  }
  if (table.schema.fields.length === 0) throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  const names = table.schema.fields.map((f) => f.name);
  const vectors = names.map((n) => table.getChild(n));
  const rows: PlainRow[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((n, k) => (row[n] = vectors[k]?.get(i) ?? null));
    rows[i] = row;
  }
  return rows;
}

/** Runs a parser; its DataFormatError becomes a `corrupt` DataLoadError naming the file. */
function parsed<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DataFormatError) throw new DataLoadError(file, 'corrupt', error.detail);
    throw error;
  }
}

/**
 * Per-commune access times, rail and bus figures joined to the census counts, and the travel-time
 * model.
 *
 * @throws DataLoadError when a file is missing, unreadable or has an unexpected shape
 */
export async function loadMobilityCore(): Promise<MobilityCore> {
  const [access, mobility, stats, model] = await Promise.all([
    arrowRows(MOBILITY_FILES.access),
    arrowRows(MOBILITY_FILES.mobility),
    fetchJson(MOBILITY_FILES.stats, (raw) => raw),
    fetchJson(MOBILITY_FILES.model, parseTimeModel),
  ]);
  const communes = parsed(MOBILITY_FILES.mobility, () => joinCommuneMobility(access, mobility, stats));
  return { communes, model };
}

export const loadMobilityNotes = () => fetchJson(MOBILITY_FILES.notes, parseMobilityNotes);
export const loadStops = async () => {
  const rows = await arrowRows(MOBILITY_FILES.stops);
  return parsed(MOBILITY_FILES.stops, () => parseStops(rows));
};
export const loadIrisBus = async () => {
  const rows = await arrowRows(MOBILITY_FILES.iris);
  return parsed(MOBILITY_FILES.iris, () => parseIrisBus(rows));
};
