/**
 * Estimated car travel time from straight-line distance, calibrated on real routed times
 * (INSEE METRIC, Gironde), with the Loire crossed only at bridges. Shared by the pipeline (scripts/)
 * and the browser, so both give the same minutes.
 */
export interface LonLat {
  lon: number;
  lat: number;
}

/** time (min) = interceptMin + minPerKm × crow-fly km; errors measured on the calibration pairs. */
export interface CrowModel {
  interceptMin: number;
  minPerKm: number;
}

export interface Bridge extends LonLat {
  id: string;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function crowKm(a: LonLat, b: LonLat): number {
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Which side of a river polyline (given from upstream to downstream as [lon, lat]) a point lies on:
 * +1 = right bank (north bank for the Loire in Loir-et-Cher), −1 = left bank. Uses the nearest segment,
 * in a local equirectangular frame; a point exactly on the line counts as right bank.
 */
export function riverSide(p: LonLat, river: [number, number][]): 1 | -1 {
  const kx = Math.cos(p.lat * rad);
  let best = Infinity;
  let side: 1 | -1 = 1;
  for (let i = 0; i + 1 < river.length; i++) {
    const ax = river[i][0] * kx, ay = river[i][1];
    const bx = river[i + 1][0] * kx, by = river[i + 1][1];
    const px = p.lon * kx, py = p.lat;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const qx = ax + t * dx - px, qy = ay + t * dy - py;
    const d2 = qx * qx + qy * qy;
    if (d2 < best) {
      best = d2;
      // cross product of the flow direction with (p − a): < 0 means p is on the right of the flow
      const cross = dx * (py - ay) - dy * (px - ax);
      side = cross <= 0 ? 1 : -1;
    }
  }
  return side;
}

/**
 * Estimated minutes from `a` to `b`. Same bank: intercept + slope × crow km. Opposite banks: the best
 * bridge, intercept + slope × (crow(a, bridge) + crow(bridge, b)) — the intercept (parking, access
 * roads) counts once per trip.
 */
export function modelMinutes(
  a: LonLat,
  sideA: number,
  b: LonLat,
  sideB: number,
  model: CrowModel,
  bridges: readonly Bridge[],
): number {
  let km: number;
  if (sideA === sideB || bridges.length === 0) km = crowKm(a, b);
  else {
    km = Infinity;
    for (const br of bridges) km = Math.min(km, crowKm(a, br) + crowKm(br, b));
  }
  return model.interceptMin + model.minPerKm * km;
}
