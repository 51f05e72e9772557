import type { Lang } from '../types';
import { fixedFormat, type NumberFormatter } from './fixed-format';
import { MISSING_VALUE } from './missing-label';
import { withUnit } from './unit';

export interface NumberFormatOptions {
  lang: Lang;
  /** Fixed number of fraction digits, integer 0…10 (others are brought into range); default 1. */
  decimals?: number;
  /** Display unit ("%", "€", "hab./km²", "min"…); default none. */
  unit?: string;
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, NumberFormatter>();

/** Most fraction digits shown: far more than any figure needs, short of float noise (Intl allows 20). */
export const MAX_DECIMALS = 10;

/**
 * Fraction digits as an integer in 0…{@link MAX_DECIMALS}. Anything else (a corrupt catalogue's
 * `decimals: 25`, `-1`, `1.5`, NaN) is brought into range instead of throwing Intl's RangeError
 * on every render.
 */
export function safeDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 1;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
}

/** Beyond this absolute value a number is written in scientific notation ("1,5E16"): no 300-digit labels. */
export const SCIENTIFIC_FROM = 1e15;

/**
 * Formatter for fixed decimals (brought into 0…10, see {@link safeDecimals}), cached. Its output is
 * Intl.NumberFormat's for fr-FR / en-GB, computed without Intl ({@link fixedFormat}): the first
 * Intl object of a page loads ICU's data in one long task, which the start-up no longer pays.
 */
export function numberFormat(lang: Lang, decimals: number): NumberFormatter {
  decimals = safeDecimals(decimals);
  const key = `${lang}|${decimals}`;
  let format = cache.get(key);
  if (!format) {
    format = fixedFormat(lang, decimals);
    cache.set(key, format);
  }
  return format;
}

const plain = new Map<Lang, Intl.NumberFormat>();

/**
 * Intl formatter for a number quoted as it is (up to 6 decimals, none added), as in messages about
 * a user's input; built on first use and cached (the first Intl object of a page loads ICU's data).
 */
export function plainNumberFormat(lang: Lang): Intl.NumberFormat {
  let format = plain.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 });
    plain.set(lang, format);
  }
  return format;
}

const scientific = new Map<Lang, Intl.NumberFormat>();

function scientificFormat(lang: Lang): Intl.NumberFormat {
  let format = scientific.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { notation: 'scientific', maximumFractionDigits: 2 });
    scientific.set(lang, format);
  }
  return format;
}

/**
 * Formats a value for display as Intl.NumberFormat does (see {@link numberFormat}): fr-FR gives a decimal comma and a
 * narrow no-break space (U+202F) between thousands ("12 345,7"); en-GB "12,345.7".
 * The value is already in its unit: 12.3 with "%" gives "12,3 %" (not 1 230 %).
 *
 * Rounding is Intl's (half away from zero on the shortest decimal form). A value that rounds to zero is shown without
 * sign ("0,0", never "-0,0"). Beyond ±10¹⁵ (never a real figure of the observatory: a hostile or
 * broken input) the value is written in scientific notation, "1,5E308", never as 309 digits.
 * Never prints "NaN" or "Infinity", never throws: decimals outside 0…10 are brought into range.
 *
 * @param value null, undefined, NaN and ±Infinity (missing or secret statistique) → "—"
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
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING_VALUE;
  const decimals = safeDecimals(options.decimals ?? 1);
  if (Math.abs(value) >= SCIENTIFIC_FROM) {
    return withUnit(scientificFormat(options.lang).format(value), options.unit ?? '', options.lang);
  }
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return withUnit(numberFormat(options.lang, decimals).format(rounded), options.unit ?? '', options.lang);
}

/** @deprecated kept for existing callers: use `formatNumber(value, { lang, decimals, unit })`. */
export function formatValue(value: number | null, decimals: number, unit: string, lang: Lang): string {
  return formatNumber(value, { lang, decimals, unit });
}
