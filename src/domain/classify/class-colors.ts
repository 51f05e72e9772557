import type { Direction } from '../types';
import type { ClassBreaks } from './class-breaks';
import { centrePosition } from './centre-position';
import { PALETTES, paletteColors } from './palette';
import type { PaletteId } from './palette';

/**
 * Colours for the classes of `breaks`, class 0 first (see `paletteColors` for direction
 * and centring rules).
 *
 * @param reference diverging palettes only: value to centre on, e.g. the département value
 *   in the indicator's unit; omitted or not finite → symmetric ColorBrewer colours
 * @returns `breaks.k` colours
 */
export function classColors(
  breaks: Pick<ClassBreaks, 'k' | 'thresholds' | 'min' | 'max'>,
  options: { palette: PaletteId; direction: Direction; reference?: number },
): string[] {
  const diverging = PALETTES.find((p) => p.id === options.palette)?.kind === 'diverging';
  const centre =
    diverging && options.reference !== undefined ? centrePosition(breaks, options.reference) : null;
  return paletteColors(options.palette, breaks.k, options.direction, centre);
}
