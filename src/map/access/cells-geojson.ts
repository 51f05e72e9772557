import type { FeatureCollection, Polygon } from 'geojson';
import { cellRing } from '../../domain/geo/laea';

/**
 * The 1 km cells as true squares (EPSG:3035 corners unprojected), feature id = origin index so that
 * colours go through feature-state. Origins without a cell (NaN corner) are left out.
 */
export function cellsGeoJson(cellX: Float64Array, cellY: Float64Array): FeatureCollection<Polygon> {
  const features: FeatureCollection<Polygon>['features'] = [];
  for (let o = 0; o < cellX.length; o++) {
    const x = cellX[o] as number;
    const y = cellY[o] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    features.push({ type: 'Feature', id: o, properties: {}, geometry: { type: 'Polygon', coordinates: [cellRing(x, y)] } });
  }
  return { type: 'FeatureCollection', features };
}
