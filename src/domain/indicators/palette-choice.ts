import type { BreakMethod } from '../classify/class-breaks';
import { PALETTES, type PaletteId, type PaletteInfo } from '../classify/palette';
import type { Indicator } from '../types';

/** Palettes shown to users: only the colour-blind safe ones. */
export const SAFE_PALETTES: readonly PaletteInfo[] = PALETTES.filter((p) => p.colorBlindSafe);

/**
 * A change indicator (population change…): `(num / den − 1) × 100`, so 0 means "no change"
 * and both signs are meaningful.
 */
export function isChangeIndicator(indicator: Pick<Indicator, 'kind' | 'offset'>): boolean {
  return indicator.kind === 'ratio' && indicator.offset !== 0;
}

/**
 * Whether a diverging palette (centred on the département value) makes sense: standard
 * deviations around that value, indicators without a fragile end (`neutral`), or change
 * indicators. Otherwise a sequential palette (darker = more fragile) is the honest choice.
 */
export function divergingAllowed(
  indicator: Pick<Indicator, 'kind' | 'offset' | 'direction'>,
  method: BreakMethod,
): boolean {
  return method === 'std-dev' || indicator.direction === 'neutral' || isChangeIndicator(indicator);
}

/** Default palette: YlOrRd for fragility indicators, Blues for neutral ones. */
export function defaultPalette(indicator: Pick<Indicator, 'direction'>): PaletteId {
  return indicator.direction === 'neutral' ? 'Blues' : 'YlOrRd';
}

/**
 * The palette actually used: the requested one if it is offered for this indicator and
 * method, else the default sequential one.
 *
 * @param requested null = automatic
 */
export function resolvePalette(
  requested: PaletteId | null,
  indicator: Pick<Indicator, 'kind' | 'offset' | 'direction'>,
  method: BreakMethod,
): PaletteId {
  const info = requested === null ? undefined : SAFE_PALETTES.find((p) => p.id === requested);
  if (!info) return defaultPalette(indicator);
  if (info.kind === 'diverging' && !divergingAllowed(indicator, method)) return defaultPalette(indicator);
  return info.id;
}

/** The palettes offered for this indicator and method, sequential first. */
export function offeredPalettes(
  indicator: Pick<Indicator, 'kind' | 'offset' | 'direction'>,
  method: BreakMethod,
): PaletteInfo[] {
  const diverging = divergingAllowed(indicator, method);
  return SAFE_PALETTES.filter((p) => p.kind === 'sequential' || diverging);
}
