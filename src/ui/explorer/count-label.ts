import { formatNumber } from '../../domain/format/format-number';
import type { Lang } from '../../domain/types';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/fr';

export type CountKind = 'commune' | 'epci' | 'territoire' | 'cell';

const rules = new Map<Lang, Intl.PluralRules>();

/** "12 communes", "1 EPCI", "3 territoires", "4 451 carreaux" in the current language. */
export function countLabel(kind: CountKind, n: number): string {
  let r = rules.get(i18n.lang);
  if (!r) {
    r = new Intl.PluralRules(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB');
    rules.set(i18n.lang, r);
  }
  const form = r.select(n) === 'one' ? 'one' : 'other';
  return t(`explorer.count.${kind}.${form}` as MessageKey, { n: formatNumber(n, 0, i18n.lang) });
}
