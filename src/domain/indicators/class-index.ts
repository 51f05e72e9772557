import type { Breaks } from '../types';

/**
 * Class of a value given inner thresholds (MapLibre `step` semantics: a value equal to a
 * threshold goes to the upper class).
 *
 * @returns 0 … breaks.length, or null for a missing value
 */
export function classIndex(value: number | null, breaks: Breaks): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < breaks.length && value >= (breaks[i] as number)) i++;
  return i;
}
