/**
 * Per-commune and per-IRIS mobility figures: nearest passenger station (by car minutes),
 * any station within 5 km, and walking access to frequent urban bus stops.
 */
import { booleanPointInPolygon } from '@turf/turf';
import { crowKm, riverSide, type LonLat } from '../../../src/domain/access/travel-time.ts';
import type { LoireData } from '../access-data.ts';
import type { Origin } from '../origins.ts';
import type { TravelTimes } from '../travel-times.ts';
import type { Station } from './stations.ts';
import { nearestWalkM, shareWithinWalk, subCellCentres, type WeightedPoint } from './walk-coverage.ts';

/** Crow-fly radius of the "station within reach" flag, km. */
export const STATION_RADIUS_KM = 5;

export interface NearestStation {
  station: Station;
  km: number;
  minutes: number;
}

/**
 * For each town centre, the station reached in the fewest car minutes under the pipeline's travel
 * times (by default the calibrated crow-fly model, crossing the Loire only at bridges; routed
 * times with $OBS41_OSM); ties go to the first station in id order. `km` is crow-fly.
 */
export function nearestStations(centres: readonly LonLat[], stations: readonly Station[], times: TravelTimes, loire: LoireData): NearestStation[] {
  if (stations.length === 0) throw new Error('nearestStations: no station');
  const located = centres.map((c) => ({ lon: c.lon, lat: c.lat, side: riverSide(c, loire.river) }));
  const m = times.matrix(located, stations as Station[]);
  return located.map((c, i) => {
    let best = 0;
    for (let j = 1; j < stations.length; j++) if (m[i * stations.length + j] < m[i * stations.length + best]) best = j;
    return { station: stations[best], km: crowKm(c, stations[best]), minutes: m[i * stations.length + best] };
  });
}

/**
 * The population points of a set of origins: 25 points per grid cell (200 m sub-cells), each with
 * 1/25 of the origin's share of its commune; an origin without a cell (commune with no populated
 * cell) is one point at its town centre.
 */
export function populationPoints(origins: readonly Origin[]): (WeightedPoint & { commune: string })[] {
  return origins.flatMap((o) => {
    if (o.cell === null) return [{ lon: o.lon, lat: o.lat, weight: o.share, commune: o.commune }];
    const pts = subCellCentres(o.cell.x, o.cell.y);
    return pts.map((p) => ({ ...p, weight: o.share / pts.length, commune: o.commune }));
  });
}

export interface WalkAccess {
  /** estimated walking metres from the centre to the nearest frequent stop */
  frequentWalkM: number;
  /** share (0–1) of the population within 500 m walking of a frequent stop; null without population */
  share500: number | null;
}

export function walkAccess(centre: LonLat, points: readonly WeightedPoint[], frequent: readonly LonLat[]): WalkAccess {
  return { frequentWalkM: nearestWalkM(centre, frequent), share500: shareWithinWalk(points, frequent) };
}

type IrisFeature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

/**
 * Splits a commune's population points between its IRIS by point-in-polygon; a point in none of
 * them (on a border, or where the IRIS outlines leave a gap) goes to the IRIS whose centre is nearest.
 */
export function pointsByIris<P extends LonLat>(points: readonly P[], iris: { code: string; centre: LonLat; feature: IrisFeature }[]): Map<string, P[]> {
  const out = new Map<string, P[]>(iris.map((i) => [i.code, []]));
  for (const p of points) {
    let hit = iris.find((i) => booleanPointInPolygon([p.lon, p.lat], i.feature as never));
    if (!hit) hit = iris.reduce((a, b) => (crowKm(p, a.centre) <= crowKm(p, b.centre) ? a : b));
    out.get(hit.code)!.push(p);
  }
  return out;
}
