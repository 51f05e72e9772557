import type { CodeInsee } from '../types';
import { compactKey, normalizeSearchText } from './normalize-search-text';
import type { CommuneDirectoryEntry } from './parse-communes-search';

/** A commune found by a query, with what matched. */
export interface SearchHit {
  code: CodeInsee;
  name: string;
  postcodes: readonly string[];
  /** The former commune name that matched, when the current name did not. */
  viaFormer: string | null;
  /** The postcode that matched, for a postcode query. */
  viaPostcode: string | null;
  /** Lower is better; see {@link searchCommunes}. */
  tier: number;
}

interface Key {
  key: string;
  compact: string;
  words: string[];
}

/** Entries with their search keys computed once. */
export interface SearchIndex {
  entries: readonly CommuneDirectoryEntry[];
  keys: readonly { name: Key; former: { name: string; key: Key }[] }[];
}

function keyOf(text: string): Key {
  const key = normalizeSearchText(text);
  return { key, compact: compactKey(key), words: key.split(' ').filter(Boolean) };
}

/** Precomputes the normalised names of every commune and former commune. */
export function buildSearchIndex(entries: readonly CommuneDirectoryEntry[]): SearchIndex {
  return {
    entries,
    keys: entries.map((e) => ({ name: keyOf(e.name), former: e.former.map((f) => ({ name: f.name, key: keyOf(f.name) })) })),
  };
}

/** Every query word is the start of a name word, in order ("saint aignan" in "saint aignan sur cher"). */
function wordsMatch(name: Key, query: Key): boolean {
  let from = 0;
  for (const q of query.words) {
    let found = -1;
    for (let i = from; i < name.words.length; i++) {
      if ((name.words[i] as string).startsWith(q)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    from = found + 1;
  }
  return query.words.length > 0;
}

/** 0 exact, 1 starts with the query, 2 words start with the query words, 3 contains it; null otherwise. */
function matchLevel(name: Key, query: Key): number | null {
  if (name.key === query.key || name.compact === query.compact) return 0;
  if (name.key.startsWith(query.key) || name.compact.startsWith(query.compact)) return 1;
  if (wordsMatch(name, query)) return 2;
  if (name.compact.includes(query.compact)) return 3;
  return null;
}

/** Current-name levels 0–3 and former-name levels 0–3 interleaved: an exact former name beats a partial current one. */
const NAME_TIER = [0, 1, 3, 6] as const;
const FORMER_TIER = [2, 4, 5, 7] as const;

/**
 * Communes matching a query typed by a user, best first.
 *
 * - Names: accent-, case- and punctuation-insensitive ("vendome" → Vendôme, "st aignan" →
 *   Saint-Aignan, "plessis l echelle" → Le Plessis-l'Échelle). Tiers: exact current name 0,
 *   current name starting with the query 1, exact former name 2 (Veuves → Veuzain-sur-Loire),
 *   current name whose words start with the query words 3, former name starting with the query 4,
 *   former name by words 5, current name containing the query 6, former name containing it 7.
 * - Digits (2 to 5): postcodes starting with them ("41000" → Blois and the 4 other communes of
 *   that postcode; tier 0 for an exact postcode, 1 for a prefix), and the INSEE code (tier 0).
 * Ties: shorter name first, then French alphabetical order.
 *
 * @param limit maximum number of hits (the total is in `total`)
 * @returns no hit for a blank query
 */
export function searchCommunes(index: SearchIndex, query: string, limit = 10): { hits: SearchHit[]; total: number } {
  const q = keyOf(query);
  if (q.compact === '') return { hits: [], total: 0 };
  const hits: SearchHit[] = [];
  const digits = /^[0-9]+$/.test(q.compact);
  index.entries.forEach((entry, i) => {
    const keys = index.keys[i];
    if (!keys) return;
    const base = { code: entry.code, name: entry.name, postcodes: entry.postcodes, viaFormer: null, viaPostcode: null };
    if (digits) {
      if (q.compact.length < 2) return;
      if (entry.code === q.compact) {
        hits.push({ ...base, tier: 0 });
        return;
      }
      const exact = entry.postcodes.find((p) => p === q.compact);
      const prefix = exact ?? entry.postcodes.find((p) => p.startsWith(q.compact));
      if (prefix !== undefined) hits.push({ ...base, viaPostcode: prefix, tier: exact !== undefined ? 0 : 1 });
      return;
    }
    const level = matchLevel(keys.name, q);
    let best: SearchHit | null = level === null ? null : { ...base, tier: NAME_TIER[level as 0 | 1 | 2 | 3] };
    for (const former of keys.former) {
      const l = matchLevel(former.key, q);
      if (l === null) continue;
      const tier = FORMER_TIER[l as 0 | 1 | 2 | 3];
      if (best === null || tier < best.tier) best = { ...base, viaFormer: former.name, tier };
    }
    if (best) hits.push(best);
  });
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  hits.sort((a, b) => a.tier - b.tier || a.name.length - b.name.length || collator.compare(a.name, b.name));
  return { hits: hits.slice(0, limit), total: hits.length };
}
