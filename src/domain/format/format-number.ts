import type { Lang } from '../types';
import { MISSING_VALUE } from './missing-label';
import { withUnit } from './unit';

export interface NumberFormatOptions {
  lang: Lang;
  /** Fixed number of fraction digits, integer 0…20; default 1. */
  decimals?: number;
  /** Display unit ("%", "€", "hab./km²", "min"…); default none. */
  unit?: string;
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** Intl formatter for fixed decimals, cached (constructing one is slow). */
export function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats a value for display with Intl.NumberFormat: fr-FR gives a decimal comma and a
 * narrow no-break space (U+202F) between thousands ("12 345,7"); en-GB "12,345.7".
 * The value is already in its unit: 12.3 with "%" gives "12,3 %" (not 1 230 %).
 *
 * Rounding is Intl's (half away from zero). A value that rounds to zero is shown without
 * sign ("0,0", never "-0,0").
 *
 * @param value null, undefined, NaN and ±Infinity (missing or secret statistique) → "—"
 * @throws RangeError from Intl when decimals is outside 0…20
 */
export function formatNumber(value: number | null | undefined, options: NumberFormatOptions): string;
/** @deprecated positional form kept for existing callers: use `formatNumber(value, { lang, decimals })`. */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string;
export function formatNumber(
  value: number | null | undefined,
  optionsOrDecimals: NumberFormatOptions | number,
  lang?: Lang,
): string {
  const options: NumberFormatOptions =
    typeof optionsOrDecimals === 'number'
      ? { lang: lang ?? 'fr', decimals: optionsOrDecimals }
      : optionsOrDecimals;
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  const decimals = options.decimals ?? 1;
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return withUnit(numberFormat(options.lang, decimals).format(rounded), options.unit ?? '', options.lang);
}

/** @deprecated kept for existing callers: use `formatNumber(value, { lang, decimals, unit })`. */
export function formatValue(value: number | null, decimals: number, unit: string, lang: Lang): string {
  return formatNumber(value, { lang, decimals, unit });
}
