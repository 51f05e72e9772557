import { crowKm, modelMinutes, riverSide, type Bridge, type CrowModel, type LonLat } from '../access/travel-time';

/** A service point (MDS, France services, station…) with its position. */
export interface ServicePoint extends LonLat {
  id: string;
  type: string;
  nom: string;
  /** MDS: ouverte / prevue; station: SNCF segment A, B or C; France services: kind of site. */
  statut: string;
  /** Commune name or code where the point is. */
  commune: string;
}

export interface ServiceDistance extends ServicePoint {
  /** Straight-line distance from the origin, km. */
  km: number;
  /** Model time from the origin (car, off-peak), minutes: an estimate. */
  minutes: number;
}

/**
 * Distance and estimated time from a commune's town centre to each service point, nearest first
 * (by estimated minutes, then km). Same model as the pipeline: intercept + slope × crow km, the
 * Loire being crossed at the best bridge when both ends are on opposite banks.
 *
 * @param river the Loire from upstream to downstream ([lon, lat]); empty: no crossing constraint
 */
export function servicesAround(
  origin: LonLat,
  points: readonly ServicePoint[],
  model: CrowModel,
  river: readonly [number, number][],
  bridges: readonly Bridge[],
): ServiceDistance[] {
  const hasRiver = river.length >= 2;
  const side = (p: LonLat) => (hasRiver ? riverSide(p, river as [number, number][]) : 1);
  const originSide = side(origin);
  return points
    .map((p) => ({
      ...p,
      km: crowKm(origin, p),
      minutes: modelMinutes(origin, originSide, p, side(p), model, hasRiver ? bridges : []),
    }))
    .sort((a, b) => a.minutes - b.minutes || a.km - b.km);
}
