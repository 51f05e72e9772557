import type { FeatureCollection, Point } from 'geojson';
import { stationService } from '../../domain/mobility/station-service';
import type { MobilityStop } from '../../domain/mobility/types';

/** Passenger stations as points, properties `{ id, name, service, inDept }` (service: see stationService). */
export function stationsGeoJson(stops: readonly MobilityStop[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: stops
      .filter((s) => s.kind === 'gare')
      .map((s) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
        properties: { id: s.id, name: s.name, service: stationService(s), inDept: s.inDept },
      })),
  };
}

/** Frequent urban bus stops as points, properties `{ id, name, network }`. */
export function busGeoJson(stops: readonly MobilityStop[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: stops
      .filter((s) => s.kind === 'bus' && s.frequent === true)
      .map((s) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
        properties: { id: s.id, name: s.name, network: s.network },
      })),
  };
}
