import type { Lang } from '../types';
import type { PermalinkNotice, UrlSection } from './types';
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
  decode(params) {
    const notices: PermalinkNotice[] = [];
    const raw = params.get(KEY);
    if (raw === undefined) return { value: null, notices };
    return { value: decodeEnum(KEY, raw, LANGS, notices), notices };
  },
};
