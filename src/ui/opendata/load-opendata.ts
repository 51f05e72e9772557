import { dataUrl } from '../../data/data-url';
import { fetchJson } from '../../data/fetch-data';
import { parseAccessModel, type AccessModelInfo } from '../../domain/compare/parse-access-model';
import { parseCatalog } from '../../domain/indicators/parse-catalog';
import type { IndicatorCatalog } from '../../domain/types';
import {
  parseDataManifest,
  parseSourceCatalogue,
  parseTerritorySplit,
  type DataManifest,
  type SourceEntry,
  type TerritorySplit,
} from './parse-opendata';

/** access-model.json as the methodology shows it: the model plus the trip origins. */
export interface TravelTimeMethod extends AccessModelInfo {
  /** Populated 1 km cells used as origins, and communes that start from their town centre. */
  cells: number | null;
  centres: number | null;
}

function parseTravelTimeMethod(raw: unknown): TravelTimeMethod {
  const origins = (raw as { origins?: { cells?: unknown; centres?: unknown } } | null)?.origins;
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return { ...parseAccessModel(raw), cells: count(origins?.cells), centres: count(origins?.centres) };
}

/** One file of the page: its value, or why it failed (the rest of the page still shows). */
export type Loaded<T> = { ok: true; value: T } | { ok: false; file: string; reason: string };

export interface OpenData {
  sources: Loaded<SourceEntry[]>;
  manifest: Loaded<DataManifest>;
  accessModel: Loaded<TravelTimeMethod>;
  territories: Loaded<TerritorySplit>;
  catalog: Loaded<IndicatorCatalog>;
}

async function settle<T>(file: string, parse: (raw: unknown) => T): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await fetchJson(file, parse) };
  } catch (error) {
    const reason = error instanceof Error && 'detail' in error ? String(error.detail) : String(error);
    return { ok: false, file, reason };
  }
}

/** The files the open-data page describes, each loaded independently. Never rejects. */
export async function loadOpenData(): Promise<OpenData> {
  const [sources, manifest, accessModel, territories, catalog] = await Promise.all([
    settle('sources.json', parseSourceCatalogue),
    settle('manifest.json', parseDataManifest),
    settle('access-model.json', parseTravelTimeMethod),
    settle('territoires.json', parseTerritorySplit),
    settle('indicators.json', parseCatalog),
  ]);
  return { sources, manifest, accessModel, territories, catalog };
}

/** Address of a derived file, relative to the page (works under any sub-path). */
export const fileHref = (file: string): string => dataUrl(file).href;
