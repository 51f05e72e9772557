import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CodeInsee } from '../domain/types';
import { CLASS_STATE } from './expressions';

/**
 * Sends class indices to the map as feature-state, touching only the units whose class
 * changed since `previous` (which is updated in place).
 *
 * @returns number of features updated
 */
export function syncClassStates(
  map: MapLibreMap,
  source: string,
  classes: ReadonlyMap<CodeInsee, number | null>,
  previous: Map<CodeInsee, number>,
): number {
  let updated = 0;
  for (const [code, cls] of classes) {
    const next = cls ?? -1;
    if (previous.get(code) === next) continue;
    map.setFeatureState({ source, id: code }, { [CLASS_STATE]: next });
    previous.set(code, next);
    updated++;
  }
  for (const code of previous.keys()) {
    if (!classes.has(code)) {
      map.setFeatureState({ source, id: code }, { [CLASS_STATE]: -1 });
      previous.set(code, -1);
      updated++;
    }
  }
  return updated;
}
