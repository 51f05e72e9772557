import { formatNumber } from './format-number';
import type { NumberFormatOptions } from './format-number';
import { MISSING_VALUE } from './missing-label';
import { unitPosition } from './unit';

/**
 * Legend label of a class: "12,3 – 45,6 %" (fr), "12.3 – 45.6%" (en).
 *
 * The dash is an en dash (U+2013) after a no-break space (so a wrapped line never starts
 * with it) and before a normal space. A suffix unit is written once, after the upper
 * bound; a prefix unit (English "€") on both bounds: "€12 – €45". When both bounds look
 * the same at this precision the label is a single value ("7 %").
 *
 * @param lo lower bound, hi upper bound, in the indicator's unit
 * @returns "—" if either bound is missing or not finite
 */
export function formatRange(lo: number | null, hi: number | null, options: NumberFormatOptions): string {
  if (lo === null || hi === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return MISSING_VALUE;
  const unit = options.unit ?? '';
  const bare = { ...options, unit: '' };
  const [a, b] = [formatNumber(lo, bare), formatNumber(hi, bare)];
  if (a === b) return formatNumber(lo, options);
  if (unitPosition(unit, options.lang) === 'prefix') {
    return `${formatNumber(lo, options)}\u00a0– ${formatNumber(hi, options)}`;
  }
  return `${a}\u00a0– ${formatNumber(hi, options)}`;
}
