import type { Lang } from '../types';

const NBSP = '\u00a0';

/**
 * English labels of the French units of the catalogue (`indicators.json`); other units ("%", "€",
 * "min", "km") are shown as given in both languages.
 */
const EN_LABELS: Readonly<Record<string, string>> = {
  'hab./km²': 'inhab./km²',
  'hab.': 'inhab.',
  'pour 10 000 hab.': 'per 10,000 inhab.',
  'pour 10\u00a0000 hab.': 'per 10,000 inhab.',
  'pour 100 000 hab.': 'per 100,000 inhab.',
  'pour 100\u00a0000 hab.': 'per 100,000 inhab.',
  indice: 'index',
};

/** A unit as shown alone (a legend's "Unit: …", a table header, an export column) in `lang`. */
export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? (EN_LABELS[unit] ?? unit) : unit;
}

/**
 * Where a unit goes: English writes "12.3%" and "€12", French "12,3 %" and "12 €" (no-break
 * space U+00A0, as Intl.NumberFormat('fr-FR') does for % and €).
 */
export function unitPosition(unit: string, lang: Lang): 'prefix' | 'suffix' | 'attached' | 'none' {
  if (unit === '') return 'none';
  if (lang === 'en' && unit === '€') return 'prefix';
  if (lang === 'en' && (unit === '%' || unit === '‰')) return 'attached';
  return 'suffix';
}

/**
 * Adds a unit to an already formatted number.
 *
 * @param number formatted number, possibly starting with "-" (goes before "€" in English)
 * @param unit display unit ("%", "€", "hab./km²", "min"…), "" for none
 */
export function withUnit(number: string, unit: string, lang: Lang): string {
  const label = unitLabel(unit, lang);
  switch (unitPosition(unit, lang)) {
    case 'none':
      return number;
    case 'prefix':
      return number.startsWith('-') ? `-${label}${number.slice(1)}` : `${label}${number}`;
    case 'attached':
      return `${number}${label}`;
    case 'suffix':
      return `${number}${NBSP}${label}`;
  }
}
