import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS } from './layer-ids';

/**
 * Explorer layers that a page with its own map layers (access, mobility, composite index) hides
 * while it is shown and hands back on leaving. One list and one pair of functions for all pages,
 * so that a new explorer layer is hidden everywhere at once.
 */
export const EXPLORER_LAYERS_HIDDEN: readonly string[] = [
  LAYERS.communesFill,
  LAYERS.communesMissing,
  LAYERS.epciFill,
  LAYERS.epciMissing,
  LAYERS.territoiresFill,
  LAYERS.territoiresMissing,
  LAYERS.gridFill,
  LAYERS.gridImputed,
  LAYERS.communesHighlight,
  LAYERS.epciHighlight,
  LAYERS.territoiresHighlight,
  LAYERS.mdsCircle,
];

/** Page fills go under the commune outlines, so that borders stay visible. */
export const PAGE_LAYERS_BEFORE = LAYERS.communesLine;

type Visibility = 'visible' | 'none';

/**
 * Hides the explorer's layers, recording in `saved` the visibility each had, unless already
 * recorded (a second call while the page stays shown changes nothing).
 */
export function hideExplorerLayers(map: MapLibreMap, saved: Map<string, string>): void {
  for (const id of EXPLORER_LAYERS_HIDDEN) {
    if (!map.getLayer(id) || saved.has(id)) continue;
    saved.set(id, (map.getLayoutProperty(id, 'visibility') as string | undefined) ?? 'visible');
    map.setLayoutProperty(id, 'visibility', 'none');
  }
}

/** Gives the explorer's layers back the visibility recorded by {@link hideExplorerLayers}. */
export function restoreExplorerLayers(map: MapLibreMap, saved: Map<string, string>): void {
  for (const [id, v] of saved) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', v as Visibility);
  saved.clear();
}
