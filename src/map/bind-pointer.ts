import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CodeInsee } from '../domain/types';
import { featureCode } from './feature-id';
import { LAYERS } from './layer-ids';

export interface PointerCallbacks {
  /** Pointer over a commune (x, y in container pixels), or left the communes (null). */
  onhover: (hit: { code: CodeInsee; x: number; y: number } | null) => void;
  /** Click on a commune ([lon, lat] of the click), or outside any commune (null). */
  onselect: (hit: { code: CodeInsee; lngLat: [number, number] } | null) => void;
}

/** Hover (mousemove) and click selection on the commune fill layer. */
export function bindPointer(map: MapLibreMap, { onhover, onselect }: PointerCallbacks): void {
  const canvas = map.getCanvas();
  map.on('mousemove', LAYERS.communesFill, (e) => {
    const code = featureCode(e.features?.[0]);
    if (code === null) return;
    onhover({ code, x: e.point.x, y: e.point.y });
    canvas.style.cursor = 'pointer';
  });
  map.on('mouseleave', LAYERS.communesFill, () => {
    onhover(null);
    canvas.style.cursor = '';
  });
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: [LAYERS.communesFill] });
    const code = featureCode(feature);
    onselect(code === null ? null : { code, lngLat: [e.lngLat.lng, e.lngLat.lat] });
  });
}
