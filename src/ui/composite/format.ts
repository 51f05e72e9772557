import type { NormalisationMethod } from '../../domain/composite/types';
import { formatNumber } from '../../domain/format/format-number';
import { i18n } from '../../i18n/i18n.svelte';

/** Display helpers of the composite page (reactive to the UI language). Missing values show "—". */
export const fmt = (x: number | null | undefined, decimals = 0) => formatNumber(x, { lang: i18n.lang, decimals });

/** Decimals of a score: z-scores spread around 0 (±3), the other methods stay in [0, 1]. */
export const scoreDecimals = (method: NormalisationMethod) => (method === 'z-score' ? 2 : 3);

/** A value of an uploaded column: as many decimals as needed, up to 3. */
export function fmtValue(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return fmt(null);
  const decimals = Number.isInteger(x) ? 0 : Math.abs(x) >= 100 ? 1 : Math.abs(x) >= 1 ? 2 : 3;
  return fmt(x, decimals);
}

/** A share in [0, 1] as a percentage ("75 %"). */
export const fmtShare = (share: number) => formatNumber(share * 100, { lang: i18n.lang, decimals: 0, unit: '%' });

/** Today as YYYY-MM-DD in the user's time zone (the date written into an exported definition). */
export function todayIso(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** File-name-safe slug of a label: « Enfance et famille » → « enfance-et-famille ». */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'indice'
  );
}
