import type { Map as MapLibreMap } from 'maplibre-gl';

export const FIRST_PAINT_MARK = 'obs:first-paint';

/**
 * Marks the first choropleth paint: call right after the first feature-state update.
 * The next `idle` event comes after the frame that shows it (and after its tiles loaded).
 * Sets `performance.mark('obs:first-paint')` and `<html data-first-paint="done">`.
 */
export function markFirstPaintOnIdle(map: MapLibreMap, done: () => void): void {
  map.once('idle', () => {
    performance.mark(FIRST_PAINT_MARK);
    document.documentElement.dataset.firstPaint = 'done';
    done();
  });
  map.triggerRepaint();
}
