import type { Lang } from '../types';

const NBSP = '\u00a0';

/** English labels of French units; other units are shown as given in both languages. */
const EN_LABELS: Readonly<Record<string, string>> = { 'hab./km²': 'inhab./km²', 'hab.': 'inhab.' };

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
  const label = lang === 'en' ? (EN_LABELS[unit] ?? unit) : unit;
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
