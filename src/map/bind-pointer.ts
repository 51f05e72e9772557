import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CodeInsee } from '../domain/types';
import { featureCode } from './feature-id';
import { LAYERS } from './layer-ids';

export interface PointerCallbacks {
  /** Pointer over a unit of the shown level (x, y in container pixels), or over none (null). */
  onhover: (hit: { code: string; x: number; y: number } | null) => void;
  /** Click on a commune ([lon, lat] of the click), or outside any commune (null). */
  onselect: (hit: { code: CodeInsee; lngLat: [number, number] } | null) => void;
}

export interface PointerTargets {
  /** Fill layer of the shown level (communes, EPCI or territories). */
  unitLayer: () => string;
  /** Grid fill layer when visible (its cells take the pointer first), else null. */
  cellLayer: () => string | null;
  oncell: (hit: { id: string; x: number; y: number } | null) => void;
}

/**
 * Hover on the shown level's units or on the grid cells, and click selection of communes.
 * A click selects the commune under the pointer at every level (the commune fill stays
 * queryable, transparent, above the commune level).
 */
export function bindPointer(
  map: MapLibreMap,
  { onhover, onselect }: PointerCallbacks,
  { unitLayer, cellLayer, oncell }: PointerTargets,
): void {
  const canvas = map.getCanvas();
  map.on('mousemove', (e) => {
    const unit = unitLayer();
    const cell = cellLayer();
    const layers = cell ? [cell, unit] : [unit];
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const cellHit = cell ? hits.find((f) => f.layer.id === cell) : undefined;
    const cellId = featureCode(cellHit);
    if (cellId !== null) {
      oncell({ id: cellId, x: e.point.x, y: e.point.y });
      onhover(null);
      canvas.style.cursor = 'crosshair';
      return;
    }
    oncell(null);
    const code = featureCode(hits.find((f) => f.layer.id === unit));
    onhover(code === null ? null : { code, x: e.point.x, y: e.point.y });
    canvas.style.cursor = code === null ? '' : 'pointer';
  });
  map.on('mouseout', () => {
    onhover(null);
    oncell(null);
    canvas.style.cursor = '';
  });
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: [LAYERS.communesFill] });
    const code = featureCode(feature);
    onselect(code === null ? null : { code, lngLat: [e.lngLat.lng, e.lngLat.lat] });
  });
}
