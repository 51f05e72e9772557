import { DataFormatError } from '../data-format-error';
import type { Localized } from '../types';

export interface SourceInfo {
  id: string;
  publisher: string | null;
  title: Localized | null;
}

function toLocalized(v: unknown): Localized | null {
  if (typeof v === 'string') return { fr: v, en: v };
  if (typeof v === 'object' && v !== null && typeof (v as Localized).fr === 'string') {
    const { fr, en } = v as Partial<Localized>;
    return { fr: fr as string, en: typeof en === 'string' ? en : (fr as string) };
  }
  return null;
}

function toSource(id: unknown, v: unknown): SourceInfo | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const key = typeof o.id === 'string' ? o.id : id;
  if (typeof key !== 'string') return null;
  return {
    id: key,
    publisher: typeof o.publisher === 'string' ? o.publisher : null,
    title: toLocalized(o.title ?? o.label ?? o.name),
  };
}

/**
 * Reads the source list of `manifest.json` (or `sources.json`): `sources` may be an
 * array of `{ id, publisher, title: { fr, en } }` or an object keyed by id.
 * Unreadable entries are skipped; only a missing `sources` field is an error.
 *
 * @throws DataFormatError when there is no `sources` field
 */
export function parseSources(raw: unknown): ReadonlyMap<string, SourceInfo> {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  if (typeof sources !== 'object' || sources === null) {
    throw new DataFormatError('champ « sources » attendu');
  }
  const entries: [unknown, unknown][] = Array.isArray(sources)
    ? sources.map((s) => [undefined, s])
    : Object.entries(sources);
  const result = new Map<string, SourceInfo>();
  for (const [id, v] of entries) {
    const source = toSource(id, v);
    if (source) result.set(source.id, source);
  }
  return result;
}
