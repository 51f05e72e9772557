// https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#triggerrepaint
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapSnapshot {
  /** A 2D copy of the WebGL drawing buffer, in device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per kilometre at the centre of the view. */
  pxPerKm: number;
  /** Direction of north, degrees clockwise from up. */
  northDeg: number;
}

const TIMEOUT_MS = 10_000;

function once(map: MapLibreMap, event: 'idle' | 'render'): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`map '${event}' not reached`)), TIMEOUT_MS);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Copies what the map shows, without `preserveDrawingBuffer`: the WebGL drawing buffer is only
 * readable in the task that drew it, so a repaint is requested and the buffer is copied inside the
 * `render` event that follows (the frame is complete then, before the browser presents and clears
 * it). Keeping `preserveDrawingBuffer` on would cost a buffer copy on every frame, for an export
 * made once in a while. Waits for `idle` first when data or styles are still loading.
 */
export async function snapshotMap(map: MapLibreMap): Promise<MapSnapshot> {
  if (!map.loaded()) await once(map, 'idle');
  const copy = document.createElement('canvas');
  const rendered = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("map 'render' not reached")), TIMEOUT_MS);
    map.once('render', () => {
      clearTimeout(timer);
      try {
        const source = map.getCanvas();
        copy.width = source.width;
        copy.height = source.height;
        const ctx = copy.getContext('2d');
        if (!ctx) throw new Error('canvas 2D context unavailable');
        ctx.drawImage(source, 0, 0);
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  map.triggerRepaint();
  await rendered;

  const container = map.getContainer();
  const ratio = copy.width / Math.max(1, container.clientWidth);
  const x = container.clientWidth / 2;
  const y = container.clientHeight / 2;
  const dx = Math.min(50, x);
  const metres = map.unproject([x - dx, y]).distanceTo(map.unproject([x + dx, y]));
  return {
    canvas: copy,
    pxPerKm: metres > 0 ? ((2 * dx) / (metres / 1000)) * ratio : Number.NaN,
    northDeg: -map.getBearing(),
  };
}
