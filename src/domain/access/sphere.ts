import type { LonLat } from './travel-time';

/** Same radius as `crowKm` (mean Earth radius, km). */
export const SPHERE_RADIUS_KM = 6371.0088;
const rad = Math.PI / 180;

/** Unit vector of a point on the sphere, written at out[offset … offset + 2]. */
export function unitVector(p: LonLat, out: Float64Array, offset: number): void {
  const lat = p.lat * rad;
  const lon = p.lon * rad;
  const c = Math.cos(lat);
  out[offset] = c * Math.cos(lon);
  out[offset + 1] = c * Math.sin(lon);
  out[offset + 2] = Math.sin(lat);
}

/** Unit vectors of points, 3 numbers each: [x0, y0, z0, x1, …]. */
export function unitVectors(points: readonly LonLat[]): Float64Array {
  const out = new Float64Array(points.length * 3);
  points.forEach((p, i) => unitVector(p, out, 3 * i));
  return out;
}

/**
 * A lower bound of the great-circle distance (km) between two points whose unit vectors are
 * `chord` apart: the arc is never shorter than its chord (R·chord ≤ 2R·asin(chord/2)), and the
 * factor 1 − 1e-9 absorbs the rounding of `crowKm` and of the unit vectors (~1e-15 relative).
 */
export function minKmAtChord(chord: number): number {
  return SPHERE_RADIUS_KM * chord * (1 - 1e-9);
}
