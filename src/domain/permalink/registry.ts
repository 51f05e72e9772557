import { formatHash } from './format-hash';
import { parseHash } from './parse-hash';
import type { Decoded, PermalinkContext, PermalinkNotice, UrlSection } from './types';

export type HistoryMode = 'push' | 'replace' | 'none';

/** Encoder / decoder of a set of URL sections, in URL order. Pure: no DOM, no history. */
export interface PermalinkCodec {
  readonly sections: readonly UrlSection<unknown>[];
  /** Every key of every section. */
  readonly keys: ReadonlySet<string>;
  section(id: string): UrlSection<unknown> | undefined;
  /** Parameters of one section's value (only its non-default keys), in the section's key order. */
  encodeSection(id: string, value: unknown): Map<string, string>;
  /** Parameters of all sections, in registry order; a section missing from `values` is left out. */
  encode(values: ReadonlyMap<string, unknown>): Map<string, string>;
  /** `encode` written as a hash body (no `#`). */
  format(values: ReadonlyMap<string, unknown>): string;
  /** Decodes one section from the parameters of a parsed hash (its keys only). Never throws. */
  decodeSection(id: string, params: ReadonlyMap<string, string>, ctx: PermalinkContext): Decoded<unknown>;
  /** Decodes every section. Never throws. */
  decode(hash: string, ctx: PermalinkContext): { values: Map<string, unknown>; notices: PermalinkNotice[] };
  /**
   * How a change of parameters should reach the browser history: `push` when a key outside the
   * continuous ones (`replaceKeys`) changed, `replace` when only continuous keys did, `none` otherwise.
   */
  historyMode(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): HistoryMode;
}

/** The parameters of `params` that belong to `section`. */
export function sectionParams(section: UrlSection<unknown>, params: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of section.keys) {
    const value = params.get(key);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

/**
 * A registry of URL sections, so that features plug their own state into the permalink.
 *
 * @throws Error when two sections share an id or a key (a programming error, caught at start-up)
 */
export function createCodec(sections: readonly UrlSection<unknown>[]): PermalinkCodec {
  const byId = new Map<string, UrlSection<unknown>>();
  const keys = new Set<string>();
  const replaceKeys = new Set<string>();
  for (const s of sections) {
    if (byId.has(s.id)) throw new Error(`permalink: two sections named "${s.id}"`);
    byId.set(s.id, s);
    for (const key of s.keys) {
      if (keys.has(key)) throw new Error(`permalink: key "${key}" claimed twice (section "${s.id}")`);
      if (key !== key.toLowerCase()) throw new Error(`permalink: key "${key}" must be lower case`);
      keys.add(key);
    }
    for (const key of s.replaceKeys ?? []) replaceKeys.add(key);
  }

  const encodeSection = (id: string, value: unknown): Map<string, string> => {
    const section = byId.get(id);
    if (!section) return new Map();
    const encoded = section.encode(value);
    return new Map(section.keys.filter((k) => encoded[k] !== undefined).map((k) => [k, encoded[k] as string]));
  };

  const encode = (values: ReadonlyMap<string, unknown>): Map<string, string> => {
    const out = new Map<string, string>();
    for (const s of sections) {
      if (!values.has(s.id)) continue;
      for (const [k, v] of encodeSection(s.id, values.get(s.id))) out.set(k, v);
    }
    return out;
  };

  const decodeSection = (id: string, params: ReadonlyMap<string, string>, ctx: PermalinkContext): Decoded<unknown> => {
    const section = byId.get(id);
    if (!section) return { value: undefined, notices: [] };
    const own = sectionParams(section, params);
    if (own.size === 0) return { value: section.defaultValue, notices: [] };
    try {
      return section.decode(own, ctx);
    } catch {
      // a decoder must not throw; if one does, its section falls back rather than the whole link
      return { value: section.defaultValue, notices: [] };
    }
  };

  return {
    sections,
    keys,
    section: (id) => byId.get(id),
    encodeSection,
    encode,
    format: (values) => formatHash(encode(values)),
    decodeSection,
    decode(hash, ctx) {
      const parsed = parseHash(hash, keys);
      const values = new Map<string, unknown>();
      const notices: PermalinkNotice[] = [...parsed.notices];
      for (const s of sections) {
        const decoded = decodeSection(s.id, parsed.params, ctx);
        values.set(s.id, decoded.value);
        notices.push(...decoded.notices);
      }
      return { values, notices };
    },
    historyMode(previous, next) {
      let mode: HistoryMode = 'none';
      for (const key of new Set([...previous.keys(), ...next.keys()])) {
        if (previous.get(key) === next.get(key)) continue;
        if (!replaceKeys.has(key)) return 'push';
        mode = 'replace';
      }
      return mode;
    },
  };
}
