// Readers of the JSON files the open-data page shows in full (sources.json, manifest.json,
// territoires.json). Pure; they could move to src/domain/opendata/ if another page needs them.
import { DataFormatError } from '../../domain/data-format-error';
import type { Localized } from '../../domain/types';

export interface SourceEntry {
  id: string;
  title: Localized;
  publisher: string;
  year: string;
  licence: string;
  /** Official addresses (never fetched by the app). */
  urls: string[];
  derived: Localized | null;
}

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string | null;
  rows: number | null;
}

export interface DataManifest {
  version: string;
  files: ManifestFile[];
  /** Withheld (secret statistique) values per column, e.g. { MED21: 9 }. */
  withheld: Record<string, number>;
}

export interface TerritorySplit {
  assumption: boolean;
  note: Localized | null;
  territories: { code: string; label: Localized }[];
  rule: string;
  byArrondissement: Record<string, string>;
  overrides: Record<string, string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function localized(v: unknown): Localized | null {
  if (typeof v === 'string') return { fr: v, en: v };
  if (isObj(v) && typeof v.fr === 'string') return { fr: v.fr, en: typeof v.en === 'string' ? v.en : v.fr };
  return null;
}

const isHttpUrl = (u: unknown): u is string => typeof u === 'string' && /^https?:\/\//.test(u);

/**
 * `sources.json`: every dataset the app uses. Entries without an id or a title are skipped;
 * only addresses starting with http(s):// are kept (they become links).
 *
 * @throws DataFormatError when `sources` is not an array
 */
export function parseSourceCatalogue(raw: unknown): SourceEntry[] {
  const sources = isObj(raw) ? raw.sources : undefined;
  if (!Array.isArray(sources)) throw new DataFormatError('champ « sources » (tableau) attendu');
  const entries: SourceEntry[] = [];
  for (const s of sources) {
    if (!isObj(s) || typeof s.id !== 'string') continue;
    const title = localized(s.title);
    if (!title) continue;
    const urls = Array.isArray(s.urls) ? s.urls.filter(isHttpUrl) : isHttpUrl(s.url) ? [s.url] : [];
    entries.push({
      id: s.id,
      title,
      publisher: typeof s.publisher === 'string' ? s.publisher : '',
      year: typeof s.year === 'number' || typeof s.year === 'string' ? String(s.year) : '',
      licence: typeof s.licence === 'string' ? s.licence : '',
      urls: [...new Set(urls)],
      derived: localized(s.derived),
    });
  }
  return entries;
}

/**
 * `manifest.json`: data version and the derived files with their sizes.
 *
 * @throws DataFormatError when `version` or `files` is missing
 */
export function parseDataManifest(raw: unknown): DataManifest {
  if (!isObj(raw) || typeof raw.version !== 'string' || !Array.isArray(raw.files)) {
    throw new DataFormatError('objet { version, files } attendu');
  }
  const files: ManifestFile[] = [];
  for (const f of raw.files) {
    if (!isObj(f) || typeof f.name !== 'string' || typeof f.bytes !== 'number') continue;
    // Only plain file names: they become `data/<name>` links.
    if (!/^[\w.-]+$/.test(f.name)) continue;
    files.push({
      name: f.name,
      bytes: f.bytes,
      sha256: typeof f.sha256 === 'string' ? f.sha256 : null,
      rows: typeof f.rows === 'number' ? f.rows : null,
    });
  }
  const withheld: Record<string, number> = {};
  if (isObj(raw.withheld)) {
    for (const [column, n] of Object.entries(raw.withheld)) if (typeof n === 'number') withheld[column] = n;
  }
  return { version: raw.version, files, withheld };
}

const stringRecord = (v: unknown): Record<string, string> =>
  isObj(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

/**
 * `territoires.json`: the nord / centre / sud split and its rule.
 *
 * @throws DataFormatError when `territories` is not an array
 */
export function parseTerritorySplit(raw: unknown): TerritorySplit {
  if (!isObj(raw) || !Array.isArray(raw.territories)) throw new DataFormatError('champ « territories » attendu');
  const territories: TerritorySplit['territories'] = [];
  for (const t of raw.territories) {
    const label = isObj(t) ? localized(t.label) : null;
    if (isObj(t) && typeof t.code === 'string' && label) territories.push({ code: t.code, label });
  }
  return {
    assumption: raw.assumption === true,
    note: localized(raw.note),
    territories,
    rule: typeof raw.rule === 'string' ? raw.rule : '',
    byArrondissement: stringRecord(raw.byArrondissement),
    overrides: stringRecord(raw.overrides),
  };
}

export type LicenceKind = 'licence-ouverte' | 'odbl' | 'unspecified' | 'public-facts';

/** What kind of attribution a licence text from sources.json calls for. */
export function licenceKind(licence: string): LicenceKind {
  if (/odbl/i.test(licence)) return 'odbl';
  if (/^\s*non précisée|^\s*not specified/i.test(licence)) return 'unspecified';
  if (/faits publics/i.test(licence)) return 'public-facts';
  if (/licence ouverte|etalab|open licen[cs]e/i.test(licence)) return 'licence-ouverte';
  return 'unspecified';
}

/** True when the licence text itself says it is still to be checked. */
export const licenceToCheck = (licence: string): boolean => /à vérifier|to be checked/i.test(licence);
