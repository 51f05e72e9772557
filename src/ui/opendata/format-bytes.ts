import { formatNumber } from '../../domain/format/format-number';
import type { Lang } from '../../domain/types';

const UNITS: Record<Lang, readonly string[]> = {
  fr: ['octets', 'ko', 'Mo', 'Go'],
  en: ['bytes', 'kB', 'MB', 'GB'],
};

/**
 * A file size for people, in decimal units (1 ko = 1 000 octets): "176,5 ko", "1,2 Mo" in French,
 * "176.5 kB" in English. Below 1 000 bytes the exact count is given.
 */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS[lang].length - 1) {
    value /= 1000;
    unit += 1;
  }
  const decimals = unit === 0 || value >= 100 ? 0 : 1;
  return formatNumber(value, { lang, decimals, unit: UNITS[lang][unit] });
}
