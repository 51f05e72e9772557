import type { Lang, Localized } from '../domain/types';
import { frenchText, type Dictionary, type MessageKey } from './fr';

/** The English texts once their chunk is loaded (null until then). */
let english = $state.raw<Dictionary | null>(null);
let englishLoading: Promise<void> | null = null;

/**
 * Loads the English texts (a chunk of their own, ≈ 22 KB gzip that a French visit never needs).
 * Called before mounting when the visit starts in English (main.ts), and whenever the language is
 * set to English: until the chunk is there, which takes a few milliseconds from the cache or the
 * server, texts stay French. If it cannot be loaded, the error is logged and the language goes
 * back to French (texts, `<html lang>`, the language switch and the link agree); choosing English
 * again tries again.
 */
export function loadEnglish(): Promise<void> {
  englishLoading ??= import('./en').then(
    (module) => {
      english = module.english;
    },
    (error: unknown) => {
      englishLoading = null;
      console.error('English texts could not be loaded; the app stays in French', error);
      if (i18n.lang === 'en') i18n.lang = 'fr';
      throw error;
    },
  );
  return englishLoading;
}

function text(lang: Lang, key: MessageKey): string {
  return (lang === 'en' && english ? english[key] : frenchText(key)) ?? key;
}

export type MessageParams = Record<string, string | number>;

/**
 * Current UI language. French by default; `<html lang>` follows it (see App.svelte). Setting it to
 * English loads the English texts if they are not there yet.
 */
class I18nState {
  #lang = $state<Lang>('fr');

  get lang(): Lang {
    return this.#lang;
  }

  set lang(value: Lang) {
    this.#lang = value;
    if (value === 'en' && !english) loadEnglish().catch(() => undefined);
  }
}

export const i18n = new I18nState();

function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Translates a UI key in the current language; reactive in templates and `$derived`. */
export function t(key: MessageKey, params?: MessageParams): string {
  return fill(text(i18n.lang, key), params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Translates a plural pair (`base.one` / `base.other`) for a count, `{n}` being the count. */
export function tn(base: 'legend.communes', n: number, shown: string = String(n)): string {
  let rules = pluralRules.get(i18n.lang);
  if (!rules) {
    rules = new Intl.PluralRules(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB');
    pluralRules.set(i18n.lang, rules);
  }
  const key: MessageKey = rules.select(n) === 'one' ? `${base}.one` : `${base}.other`;
  return t(key, { n: shown });
}

/** Picks the current language from a data label ({ fr, en }). */
export function localize(text: Localized): string {
  return text[i18n.lang] || text.fr;
}
