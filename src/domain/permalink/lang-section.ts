import type { Lang } from '../types';
import type { PermalinkNotice, UrlSection } from './types';
import { isPermalinkHash, parseHash } from './parse-hash';
import { decodeEnum } from './value-codecs';

export const LANGS: readonly Lang[] = ['fr', 'en'];
const KEY = 'lang';

/**
 * The UI language: `lang=en`. French, the site's language, is never written, so that the default
 * view keeps an empty hash. A link without `lang` (or with an unknown one) decodes to null: "the
 * link does not say", and the app then keeps the reader's remembered language (see
 * `state/lang-preference`), French otherwise. `lang=fr` is read, and forces French.
 */
export const langSection: UrlSection<Lang | null> = {
  id: 'lang',
  keys: [KEY],
  replaceKeys: [KEY],
  defaultValue: null,
  encode: (value) => (value === null || value === 'fr' ? {} : { [KEY]: value }),
  decode: (params) => decodeLang(params),
};

function decodeLang(params: ReadonlyMap<string, string>): { value: Lang | null; notices: PermalinkNotice[] } {
  const notices: PermalinkNotice[] = [];
  const raw = params.get(KEY);
  if (raw === undefined) return { value: null, notices };
  return { value: decodeEnum(KEY, raw, LANGS, notices), notices };
}

/**
 * The language a visit starts in: the link's `lang` when it names one, else the language the
 * reader chose on an earlier visit, else French. The same rule as the permalink binding
 * (`state/permalink-bindings.ts`), read before the app mounts so that English texts can be
 * loaded first (main.ts). An in-page anchor (`#panel`) is no link: the remembered language holds.
 */
export function startLanguage(hash: string, remembered: Lang | null): Lang {
  if (!isPermalinkHash(hash)) return remembered ?? 'fr';
  const { params } = parseHash(hash, new Set([KEY]));
  return decodeLang(params).value ?? remembered ?? 'fr';
}
