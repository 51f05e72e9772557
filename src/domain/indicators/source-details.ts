import { DataFormatError } from '../data-format-error';
import type { Localized } from '../types';

/** What the indicator information panel shows about a source (from `sources.json`). */
export interface SourceDetails {
  id: string;
  publisher: string | null;
  title: Localized | null;
  licence: string | null;
  /** Official page or download address. */
  url: string | null;
  year: number | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function localized(v: unknown): Localized | null {
  if (typeof v === 'string') return { fr: v, en: v };
  if (typeof v !== 'object' || v === null) return null;
  const { fr, en } = v as Partial<Record<string, unknown>>;
  if (typeof fr !== 'string') return null;
  return { fr, en: typeof en === 'string' ? en : fr };
}

/** Only http(s) addresses are turned into links. */
function safeUrl(v: unknown): string | null {
  const s = text(v);
  return s !== null && /^https?:\/\//i.test(s) ? s : null;
}

/**
 * Reads `sources.json` (`{ sources: [{ id, title, publisher, year, licence, url }] }`, or an
 * object keyed by id). Unreadable entries are skipped.
 *
 * @throws DataFormatError when there is no `sources` field
 */
export function parseSourceDetails(raw: unknown): ReadonlyMap<string, SourceDetails> {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  if (typeof sources !== 'object' || sources === null) throw new DataFormatError('champ « sources » attendu');
  const entries: [unknown, unknown][] = Array.isArray(sources)
    ? sources.map((s) => [undefined, s])
    : Object.entries(sources);
  const out = new Map<string, SourceDetails>();
  for (const [key, v] of entries) {
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    const id = text(o.id) ?? text(key);
    if (id === null) continue;
    out.set(id, {
      id,
      publisher: text(o.publisher),
      title: localized(o.title ?? o.label ?? o.name),
      licence: text(o.licence ?? o.license),
      url: safeUrl(o.url),
      year: typeof o.year === 'number' && Number.isFinite(o.year) ? o.year : null,
    });
  }
  return out;
}
