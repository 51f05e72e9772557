import { interpolateBlues, interpolateYlOrRd } from 'd3';
import type { Direction } from '../types';

/** Colour of units with no value: grey, never one of the class colours (hatched on the map). */
export const MISSING_COLOR = '#c8c8c8';

/**
 * Temporary sequential palette, used until `src/domain/classify/` provides one.
 * Colour-blind safe ColorBrewer ramps: YlOrRd for fragility (darker = more fragile,
 * reversed for `higher-less-fragile`), Blues for neutral indicators (darker = higher).
 *
 * @param n number of classes (≥ 1)
 * @returns n CSS colours, class 0 first
 */
export function localPalette(n: number, direction: Direction): string[] {
  const interpolate = direction === 'neutral' ? interpolateBlues : interpolateYlOrRd;
  // Skip the palest end (too close to the background) and the darkest tip.
  const [from, to] = direction === 'neutral' ? [0.25, 0.95] : [0.12, 0.95];
  const colors = Array.from({ length: n }, (_, i) =>
    interpolate(n === 1 ? (from + to) / 2 : from + ((to - from) * i) / (n - 1)),
  );
  return direction === 'higher-less-fragile' ? colors.reverse() : colors;
}
