import type { Map as MapLibreMap } from 'maplibre-gl';

/** First coloured choropleth on screen (the SVG of FirstPaintMap.svelte, before MapLibre). */
export const FIRST_PAINT_MARK = 'obs:first-paint';
/** MapLibre was asked for (first user input, or a view that needs it): its chunk is fetched. */
export const MAPLIBRE_START_MARK = 'obs:maplibre-start';
/** The interactive MapLibre map has painted the choropleth and replaced the SVG. */
export const MAP_READY_MARK = 'obs:map-ready';

/**
 * Marks the MapLibre map as ready: call right after its first feature-state update.
 * The next `idle` event comes after the frame that shows it (and after its tiles loaded).
 * Sets `performance.mark('obs:map-ready')` and `<html data-map-ready="done">`.
 */
export function markMapReadyOnIdle(map: MapLibreMap, done: () => void): void {
  map.once('idle', () => {
    performance.mark(MAP_READY_MARK);
    document.documentElement.dataset.mapReady = 'done';
    done();
  });
  map.triggerRepaint();
}
