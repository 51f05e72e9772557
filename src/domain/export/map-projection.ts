import { geoConicConformal, geoDistance, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/** Mean Earth radius (km), as used by geodesic distances on the sphere. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Lambert-93's parameters (EPSG:2154: conformal conic, standard parallels 44° and 49° N, central
 * meridian 3° E) on the sphere, fitted to a box: the official projection of French maps. Like the
 * Web Mercator of the screen map it is conformal, so shapes match; north tilts by about one degree
 * over the département (see {@link northAngleDeg}).
 *
 * @param box [[x0, y0], [x1, y1]] in pixels
 * @param object what must fit in the box, with d3 winding (see rewindForD3)
 */
export function fittedLambert93(box: [[number, number], [number, number]], object: GeoPermissibleObjects): GeoProjection {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent(box, object);
}

/** Pixels per kilometre along the parallel through `at` ([lon, lat]). */
export function pxPerKm(projection: GeoProjection, at: [number, number]): number {
  const east: [number, number] = [at[0] + 0.05, at[1]];
  const a = projection(at);
  const b = projection(east);
  if (!a || !b) return Number.NaN;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / (geoDistance(at, east) * EARTH_RADIUS_KM);
}

/** Direction of north at `at`, in degrees clockwise from straight up. */
export function northAngleDeg(projection: GeoProjection, at: [number, number]): number {
  const a = projection(at);
  const b = projection([at[0], at[1] + 0.05]);
  if (!a || !b) return 0;
  return (Math.atan2(b[0] - a[0], a[1] - b[1]) * 180) / Math.PI;
}
