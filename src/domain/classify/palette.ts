import * as d3 from 'd3';
import type { Direction, Localized } from '../types';
import type { CentrePosition } from './centre-position';

export type PaletteId =
  | 'YlOrRd' | 'OrRd' | 'Reds' | 'PuBu' | 'Blues' | 'YlGnBu' | 'Purples' | 'viridis' | 'cividis'
  | 'RdBu' | 'PuOr' | 'BrBG' | 'PiYG' | 'RdYlBu' | 'RdYlGn';

export type PaletteKind = 'sequential' | 'diverging';

export interface PaletteInfo {
  id: PaletteId;
  kind: PaletteKind;
  label: Localized;
  /** Per ColorBrewer (colorbrewer2.org) or by design (viridis, cividis). */
  colorBlindSafe: boolean;
}

/** Colour of communes with no value: grey, never a class colour (hatched on the map). */
export const MISSING_COLOR = '#c8c8c8';

type Scheme = readonly (readonly string[])[];
interface Def extends PaletteInfo {
  scheme?: Scheme;
  interpolator: (t: number) => string;
  /** Reverse d3's order so that sequential runs light → dark, diverging cool → warm. */
  flip: boolean;
}

const seq = (id: PaletteId, fr: string, en: string, scheme: Scheme | undefined, interpolator: (t: number) => string, flip = false): Def =>
  ({ id, kind: 'sequential', label: { fr, en }, colorBlindSafe: true, scheme, interpolator, flip });
const div = (id: PaletteId, fr: string, en: string, scheme: Scheme, interpolator: (t: number) => string, flip: boolean, colorBlindSafe = true): Def =>
  ({ id, kind: 'diverging', label: { fr, en }, colorBlindSafe, scheme, interpolator, flip });

const DEFS: readonly Def[] = [
  seq('YlOrRd', 'Jaune – orange – rouge', 'Yellow – orange – red', d3.schemeYlOrRd, d3.interpolateYlOrRd),
  seq('OrRd', 'Orange – rouge', 'Orange – red', d3.schemeOrRd, d3.interpolateOrRd),
  seq('Reds', 'Rouges', 'Reds', d3.schemeReds, d3.interpolateReds),
  seq('PuBu', 'Violet – bleu', 'Purple – blue', d3.schemePuBu, d3.interpolatePuBu),
  seq('Blues', 'Bleus', 'Blues', d3.schemeBlues, d3.interpolateBlues),
  seq('YlGnBu', 'Jaune – vert – bleu', 'Yellow – green – blue', d3.schemeYlGnBu, d3.interpolateYlGnBu),
  seq('Purples', 'Violets', 'Purples', d3.schemePurples, d3.interpolatePurples),
  // viridis and cividis start dark: flip to run light → dark like ColorBrewer.
  seq('viridis', 'Viridis', 'Viridis', undefined, d3.interpolateViridis, true),
  seq('cividis', 'Cividis', 'Cividis', undefined, d3.interpolateCividis, true),
  // d3 puts red / brown / pink first and orange (PuOr) last: flip so warm comes last.
  div('RdBu', 'Rouge – bleu', 'Red – blue', d3.schemeRdBu, d3.interpolateRdBu, true),
  div('PuOr', 'Violet – orange', 'Purple – orange', d3.schemePuOr, d3.interpolatePuOr, false),
  div('BrBG', 'Brun – bleu-vert', 'Brown – blue-green', d3.schemeBrBG, d3.interpolateBrBG, true),
  div('PiYG', 'Rose – vert', 'Pink – green', d3.schemePiYG, d3.interpolatePiYG, true),
  div('RdYlBu', 'Rouge – jaune – bleu', 'Red – yellow – blue', d3.schemeRdYlBu, d3.interpolateRdYlBu, true),
  div('RdYlGn', 'Rouge – jaune – vert', 'Red – yellow – green', d3.schemeRdYlGn, d3.interpolateRdYlGn, true, false),
];

/** Palettes offered in the legend. Only RdYlGn is not colour-blind safe (red/green). */
export const PALETTES: readonly PaletteInfo[] = DEFS.map(({ id, kind, label, colorBlindSafe }) => ({ id, kind, label, colorBlindSafe }));

/**
 * n colours of a palette: light → dark (sequential) or cool → neutral → warm (diverging).
 * ColorBrewer arrays for 3 ≤ n ≤ 9 (sequential) or 11 (diverging); n = 1 or 2 pick the
 * middle, or both ends, of the 3-colour array; beyond, or for viridis / cividis, the
 * interpolator sampled at i/(n−1) (0.5 when n = 1).
 */
function ramp(def: Def, n: number): string[] {
  const three = def.scheme?.[3];
  let colors: string[];
  if (def.scheme?.[n]) colors = [...(def.scheme[n] as readonly string[])];
  else if (three && n === 1) colors = [three[1] as string];
  else if (three && n === 2) colors = [three[0] as string, three[2] as string];
  else colors = n === 1 ? [def.interpolator(0.5)] : d3.quantize(def.interpolator, n);
  colors = colors.map((c) => d3.color(c)?.formatHex() ?? c);
  return def.flip ? colors.reverse() : colors;
}

/**
 * One colour per class, class 0 first.
 *
 * Direction: palettes run light → dark (sequential) and cool → warm (diverging, warm =
 * red, orange, brown or pink). `higher-more-fragile` and `neutral` keep that order, so
 * darker / warmer = higher values; `higher-less-fragile` reverses it, so darker / warmer =
 * lower values = more fragile.
 *
 * Diverging centring: each class is coloured by its distance, in classes, to the centre.
 * With a centre class c, take a symmetric ramp of 2m + 1 colours, m = max(c, k−1−c);
 * class i gets ramp[m − c + i]: class c is the neutral middle, and the shorter side uses
 * the shades nearest the neutral. With a boundary (b classes below, reference on a
 * threshold or outside the data), m = max(b, k−b) and the neutral is skipped: no class is
 * neutral. Without `centre`, the centre is the middle class (k odd) or the middle boundary
 * (k even), which gives exactly ColorBrewer's k-class array.
 *
 * @param k number of classes, integer ≥ 1
 * @param centre diverging only (see `centrePosition`); ignored for sequential palettes
 * @returns k CSS hex colours "#rrggbb"
 * @throws RangeError on an unknown palette or k < 1 (programming errors)
 */
export function paletteColors(id: PaletteId, k: number, direction: Direction, centre?: CentrePosition | null): string[] {
  const def = DEFS.find((d) => d.id === id);
  if (!def) throw new RangeError(`unknown palette ${id}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
  const reversed = direction === 'higher-less-fragile';
  if (def.kind === 'sequential') {
    const colors = ramp(def, k);
    return reversed ? colors.reverse() : colors;
  }
  const at: CentrePosition =
    centre ?? (k % 2 === 1 ? { kind: 'class', index: (k - 1) / 2 } : { kind: 'boundary', below: k / 2 });
  const m = at.kind === 'class' ? Math.max(at.index, k - 1 - at.index) : Math.max(at.below, k - at.below);
  const colors = ramp(def, 2 * m + 1);
  if (reversed) colors.reverse();
  return Array.from({ length: k }, (_, i) => {
    if (at.kind === 'class') return colors[m - at.index + i] as string;
    return colors[i < at.below ? m - at.below + i : m + 1 + i - at.below] as string;
  });
}
