// Reads the MapLibre map exposed by the app as `window.__map` (test hook).
// Functions passed to page.evaluate run in the browser: they cannot use imports, only their args.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';

type AppWindow = Window & { __map?: MapLibreMap };

/**
 * Fill colour of every rendered feature of `layerId`, as MapLibre evaluates it for drawing.
 *
 * MapLibre ≥ 6 evaluates a queried feature's `layer.paint` against that feature *and its
 * feature-state* (see `evaluateProperties` in its FeatureIndex), so `fill-color` here is the colour
 * the feature was drawn with, even though the app drives colours through `['feature-state', …]`.
 *
 * @returns feature id (commune code) → `rgba(r,g,b,a)`
 */
export function renderedFillColors(page: Page, layerId: string): Promise<Record<string, string>> {
  return page.evaluate((layer) => {
    const map = (window as AppWindow).__map;
    if (!map) throw new Error('window.__map is missing');
    const out: Record<string, string> = {};
    for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
      const color = (f.layer.paint as Record<string, unknown> | undefined)?.['fill-color'];
      if (f.id !== undefined && color !== undefined) out[String(f.id)] = String(color);
    }
    return out;
  }, layerId);
}

export function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([src, fid]) => {
      const map = (window as AppWindow).__map;
      if (!map) throw new Error('window.__map is missing');
      return map.getFeatureState({ source: src, id: fid }) as Record<string, unknown>;
    },
    [source, id] as const,
  );
}

/**
 * A point (page coordinates) inside the rendered feature `id` of `layerId`: scans a grid over the
 * feature's screen bounding box and keeps the hit closest to the box centre, so a concave commune
 * or a marker drawn on its centroid does not matter.
 */
export function interiorPoint(page: Page, layerId: string, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([layer, fid]) => {
      const map = (window as AppWindow).__map;
      if (!map) throw new Error('window.__map is missing');
      const feature = map.queryRenderedFeatures({ layers: [layer] }).find((f) => String(f.id) === fid);
      if (!feature) return null;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const visit = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
          const p = map.project([c[0], c[1]]);
          minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
          minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
        } else if (Array.isArray(c)) {
          c.forEach(visit);
        }
      };
      visit((feature.geometry as { coordinates?: unknown }).coordinates);
      if (!Number.isFinite(minX)) return null;
      const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
      let best: { x: number; y: number; d: number } | null = null;
      const steps = 15;
      for (let i = 1; i < steps; i++) {
        for (let j = 1; j < steps; j++) {
          const x = minX + ((maxX - minX) * i) / steps;
          const y = minY + ((maxY - minY) * j) / steps;
          const hit = map.queryRenderedFeatures([x, y], { layers: [layer] })[0];
          if (hit && String(hit.id) === fid) {
            const d = (x - cx) ** 2 + (y - cy) ** 2;
            if (!best || d < best.d) best = { x, y, d };
          }
        }
      }
      if (!best) return null;
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + best.x, y: rect.top + best.y };
    },
    [layerId, id] as const,
  );
}

/**
 * Colours actually on the WebGL canvas: reads the drawing buffer inside the `render` event (the
 * only moment it is readable without `preserveDrawingBuffer`), quantises to 4 bits per channel.
 *
 * @returns `#rgb` bins with their share of the canvas (0–1), most frequent first
 */
export function canvasColorShares(page: Page): Promise<Array<[string, number]>> {
  return page.evaluate(
    () =>
      new Promise<Array<[string, number]>>((resolve, reject) => {
        const map = (window as AppWindow).__map;
        if (!map) {
          reject(new Error('window.__map is missing'));
          return;
        }
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
          if (!gl) {
            reject(new Error('no WebGL context on the map canvas'));
            return;
          }
          const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
          const px = new Uint8Array(w * h * 4);
          gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
          const bins = new Map<string, number>();
          for (let i = 0; i < px.length; i += 4) {
            const key = `#${((px[i] ?? 0) >> 4).toString(16)}${((px[i + 1] ?? 0) >> 4).toString(16)}${((px[i + 2] ?? 0) >> 4).toString(16)}`;
            bins.set(key, (bins.get(key) ?? 0) + 1);
          }
          const total = w * h;
          resolve([...bins].map(([k, n]): [string, number] => [k, n / total]).sort((a, b) => b[1] - a[1]));
        });
        map.triggerRepaint();
      }),
  );
}

/** Resolves at the next `idle` of the map (all tiles loaded, no transition running). */
export function waitForMapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const map = (window as AppWindow).__map;
        if (!map) {
          reject(new Error('window.__map is missing'));
          return;
        }
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** `[data-testid=legend-class]` and `[data-testid=legend-missing]` counts. */
export async function legendCounts(page: Page): Promise<{ classes: number[]; missing: number | null }> {
  return page.evaluate(() => {
    const num = (el: Element) => Number(el.getAttribute('data-count'));
    const classes = [...document.querySelectorAll('[data-testid=legend] [data-testid=legend-class]')].map(num);
    const missingEl = document.querySelector('[data-testid=legend] [data-testid=legend-missing]');
    return { classes, missing: missingEl ? num(missingEl) : null };
  });
}

/**
 * Id of the topmost rendered feature of `layerId` under each point, the points given in page
 * (client) pixels: where the SVG first paint drew something, what MapLibre draws there.
 */
export function renderedIdsAt(page: Page, layerId: string, points: readonly { x: number; y: number }[]): Promise<Array<string | null>> {
  return page.evaluate(
    ([layer, pts]) => {
      const map = (window as AppWindow).__map;
      if (!map) throw new Error('window.__map is missing');
      const rect = map.getContainer().getBoundingClientRect();
      return pts.map(({ x, y }) => {
        const [f] = map.queryRenderedFeatures([x - rect.left, y - rect.top], { layers: [layer] });
        return f?.id === undefined ? null : String(f.id);
      });
    },
    [layerId, points] as const,
  );
}
