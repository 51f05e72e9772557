import type { AccessSite } from '../access/scenario';

/** What a section needs from the loaded data before its value can be checked. */
export type ContextNeed = 'indicators' | 'communes' | 'sites';

/** Whitelists the decoders check identifiers against (loaded data, never the URL). */
export interface PermalinkContext {
  /** Indicator ids of the catalogue. */
  indicatorIds: ReadonlySet<string>;
  /** INSEE codes of the communes. */
  communeCodes: ReadonlySet<string>;
  /** Sites of the access model (MDS and candidate town centres). */
  sites: readonly AccessSite[];
}

/**
 * Why part of a link was ignored:
 * - `truncated`: the link was longer than the cap, its end was dropped;
 * - `too-many`: more parameters than the cap, the rest were dropped;
 * - `unknown-key`: no section reads this parameter;
 * - `repeated`: a parameter appears twice, the first value is kept;
 * - `undecodable`: broken percent-encoding (`%E2%8`);
 * - `too-long`: the value exceeds the cap of its parameter;
 * - `invalid`: not a value this parameter accepts (wrong type, unknown word);
 * - `out-of-range`: a number outside its bounds (`detail` gives them);
 * - `unknown-id`: an indicator, commune or site that does not exist;
 * - `conflict`: valid on its own, not with the rest of the link.
 */
export type NoticeCode =
  | 'truncated'
  | 'too-many'
  | 'unknown-key'
  | 'repeated'
  | 'undecodable'
  | 'too-long'
  | 'invalid'
  | 'out-of-range'
  | 'unknown-id'
  | 'conflict';

/**
 * One thing ignored in a link. `key` and `value` are display-safe excerpts (see `displayExcerpt`):
 * short, without control or bidi characters. They are meant for text nodes only, never HTML.
 */
export interface PermalinkNotice {
  code: NoticeCode;
  key: string;
  value: string | null;
  /** Bounds or limit, already formatted (`3–9`, `80`). */
  detail: string | null;
}

export interface Decoded<T> {
  value: T;
  notices: PermalinkNotice[];
}

/**
 * One part of the app state in the URL. `decode` never throws: anything it cannot accept falls
 * back to the default value with a notice. `encode` writes only the keys whose value differs from
 * the default, so that the default view has an empty hash.
 *
 * Methods (not function properties) on purpose: their parameters are bivariant, so a
 * `UrlSection<Scenario>` fits in a `UrlSection<unknown>[]` registry.
 */
export interface UrlSection<T> {
  readonly id: string;
  /** Parameter names, lower case, unique across the registry. */
  readonly keys: readonly string[];
  /** Loaded data the decoder checks against; absent = decodable at once. */
  readonly needs?: readonly ContextNeed[];
  /** Keys that change continuously (map moves, sliders, typing): replaceState instead of pushState. */
  readonly replaceKeys?: readonly string[];
  readonly defaultValue: T;
  encode(value: T): Partial<Record<string, string>>;
  /** @param params this section's keys present in the URL, already percent-decoded */
  decode(params: ReadonlyMap<string, string>, ctx: PermalinkContext): Decoded<T>;
}

/** The value type of a section. */
export type SectionValue<S> = S extends UrlSection<infer T> ? T : never;
