import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLASS_STATE, COLOR_STATE, HIDDEN_CLASS } from './expressions';

/**
 * Sends class indices and class colours to the map as feature-state, touching only the
 * units whose class or colour changed since `previous` (updated in place: code → "cls|colour").
 * Units in `previous` but absent from `classes` become missing.
 *
 * @param colors one colour per class; a missing value (null) gets no colour (grey)
 * @returns number of features updated
 */
export function syncClassStates(
  map: MapLibreMap,
  source: string,
  classes: ReadonlyMap<string, number | null>,
  colors: readonly string[],
  previous: Map<string, string>,
): number {
  let updated = 0;
  const send = (code: string, cls: number, color: string | null) => {
    const key = `${cls}|${color ?? ''}`;
    if (previous.get(code) === key) return;
    map.setFeatureState({ source, id: code }, { [CLASS_STATE]: cls, [COLOR_STATE]: color });
    previous.set(code, key);
    updated++;
  };
  for (const [code, cls] of classes) {
    send(code, cls ?? -1, cls === null ? null : (colors[cls] ?? null));
  }
  for (const code of previous.keys()) {
    if (!classes.has(code)) send(code, -1, null);
  }
  return updated;
}

/**
 * Marks every unit of a level as hidden (no colour, no hatching) when another level is
 * shown, so that its layers can stay visible (transparent) and switching back costs only
 * feature-states.
 *
 * @returns number of features updated
 */
export function hideClassStates(map: MapLibreMap, source: string, previous: Map<string, string>): number {
  let updated = 0;
  const key = `${HIDDEN_CLASS}|`;
  for (const [code, current] of previous) {
    if (current === key) continue;
    map.setFeatureState({ source, id: code }, { [CLASS_STATE]: HIDDEN_CLASS, [COLOR_STATE]: null });
    previous.set(code, key);
    updated++;
  }
  return updated;
}
