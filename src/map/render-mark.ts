import type { Map as MapLibreMap } from 'maplibre-gl';

/** Set after each map update, once MapLibre reports `idle` (scripts/bench.ts waits for it). */
export const RENDER_MARK = 'obs:render';

/**
 * Returns a function to call after each change sent to the map (feature-states, paint,
 * visibility): the next `idle` (after the frame that shows it) sets
 * `performance.mark('obs:render')`. Changes made before that idle share one mark.
 */
export function renderMarker(map: MapLibreMap): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    map.once('idle', () => {
      pending = false;
      performance.mark(RENDER_MARK);
    });
    map.triggerRepaint();
  };
}
