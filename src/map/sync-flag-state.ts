import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Moves a boolean feature-state flag (`hover`, `selected`) from one feature to another.
 *
 * @returns the id now flagged, to pass back as `previous` next time
 */
export function syncFlagState(
  map: MapLibreMap,
  source: string,
  key: string,
  previous: string | null,
  next: string | null,
): string | null {
  if (previous === next) return next;
  if (previous !== null) map.setFeatureState({ source, id: previous }, { [key]: false });
  if (next !== null) map.setFeatureState({ source, id: next }, { [key]: true });
  return next;
}
