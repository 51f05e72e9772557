import { color, interpolateRgbBasis, quantize } from 'd3';
import type { Direction, Localized } from '../types';
import type { CentrePosition } from './centre-position';
import { SCHEMES, VIRIDIS } from './schemes.generated';

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
  /** Continuous form, built on first use (see {@link interpolatorOf}). */
  interpolator: () => (t: number) => string;
  /** Reverse d3's order so that sequential runs light → dark, diverging cool → warm. */
  flip: boolean;
}

/**
 * The colours are d3-scale-chromatic's, copied by scripts/gen-palette-schemes.ts (and checked
 * against d3 by the unit tests): importing d3-scale-chromatic would build all its schemes and
 * interpolators in the start-up. The interpolators are d3's: `interpolateRgbBasis` of the largest
 * ColorBrewer array, viridis by step over its 256 colours, cividis by its polynomial.
 */
const basis = (scheme: Scheme) => () => interpolateRgbBasis(scheme[scheme.length - 1] as string[]);

function viridis(t: number): string {
  const i = Math.max(0, Math.min(255, Math.floor(t * 256)));
  return `#${VIRIDIS.slice(6 * i, 6 * i + 6)}`;
}

/** d3-scale-chromatic's cividis (ISC licence), after Nuñez, Anderton and Renslow (2018). */
function cividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  return (
    'rgb(' +
    Math.max(0, Math.min(255, Math.round(-4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))))))) +
    ', ' +
    Math.max(0, Math.min(255, Math.round(32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))))))) +
    ', ' +
    Math.max(0, Math.min(255, Math.round(81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))))))) +
    ')'
  );
}

const seq = (id: PaletteId, fr: string, en: string, scheme: Scheme | undefined, interpolator: () => (t: number) => string, flip = false): Def =>
  ({ id, kind: 'sequential', label: { fr, en }, colorBlindSafe: true, scheme, interpolator, flip });
const div = (id: PaletteId, fr: string, en: string, scheme: Scheme, flip: boolean, colorBlindSafe = true): Def =>
  ({ id, kind: 'diverging', label: { fr, en }, colorBlindSafe, scheme, interpolator: basis(scheme), flip });
const brewer = (id: PaletteId, fr: string, en: string, scheme: Scheme): Def => seq(id, fr, en, scheme, basis(scheme));

const DEFS: readonly Def[] = [
  brewer('YlOrRd', 'Jaune – orange – rouge', 'Yellow – orange – red', SCHEMES.YlOrRd),
  brewer('OrRd', 'Orange – rouge', 'Orange – red', SCHEMES.OrRd),
  brewer('Reds', 'Rouges', 'Reds', SCHEMES.Reds),
  brewer('PuBu', 'Violet – bleu', 'Purple – blue', SCHEMES.PuBu),
  brewer('Blues', 'Bleus', 'Blues', SCHEMES.Blues),
  brewer('YlGnBu', 'Jaune – vert – bleu', 'Yellow – green – blue', SCHEMES.YlGnBu),
  brewer('Purples', 'Violets', 'Purples', SCHEMES.Purples),
  // viridis and cividis start dark: flip to run light → dark like ColorBrewer.
  seq('viridis', 'Viridis', 'Viridis', undefined, () => viridis, true),
  seq('cividis', 'Cividis', 'Cividis', undefined, () => cividis, true),
  // d3 puts red / brown / pink first and orange (PuOr) last: flip so warm comes last.
  div('RdBu', 'Rouge – bleu', 'Red – blue', SCHEMES.RdBu, true),
  div('PuOr', 'Violet – orange', 'Purple – orange', SCHEMES.PuOr, false),
  div('BrBG', 'Brun – bleu-vert', 'Brown – blue-green', SCHEMES.BrBG, true),
  div('PiYG', 'Rose – vert', 'Pink – green', SCHEMES.PiYG, true),
  div('RdYlBu', 'Rouge – jaune – bleu', 'Red – yellow – blue', SCHEMES.RdYlBu, true),
  div('RdYlGn', 'Rouge – jaune – vert', 'Red – yellow – green', SCHEMES.RdYlGn, true, false),
];

const interpolators = new Map<PaletteId, (t: number) => string>();
function interpolatorOf(def: Def): (t: number) => string {
  let f = interpolators.get(def.id);
  if (!f) interpolators.set(def.id, (f = def.interpolator()));
  return f;
}

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
  const exact = def.scheme?.[n];
  if (exact && exact.length === n) colors = [...exact];
  else if (three && n === 1) colors = [three[1] as string];
  else if (three && n === 2) colors = [three[0] as string, three[2] as string];
  else colors = n === 1 ? [interpolatorOf(def)(0.5)] : quantize(interpolatorOf(def), n);
  colors = colors.map((c) => color(c)?.formatHex() ?? c);
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
