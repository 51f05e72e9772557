import type { Geometry, Position } from 'geojson';
import type { BBox } from '../types';

/** Web Mercator (EPSG:3857) on the unit square, as MapLibre: x, y ∈ [0, 1], y growing south. */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export type Project = (lon: number, lat: number) => [number, number];
/** Screen pixel → [lon, lat] degrees: the inverse of a `Project`. */
export type Unproject = (x: number, y: number) => [number, number];

/** Inverse of `mercatorX`. */
export function mercatorLon(x: number): number {
  return x * 360 - 180;
}

/** Inverse of `mercatorY` (within MapLibre's latitude clamp). */
export function mercatorLat(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
}

interface Frame {
  scale: number;
  cx: number;
  cy: number;
}

function frameOf(box: BBox, width: number, height: number, padding: number): Frame | null {
  const [west, south, east, north] = box;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  if (!(innerW > 0 && innerH > 0 && x1 > x0 && y1 > y0)) return null;
  return { scale: Math.min(innerW / (x1 - x0), innerH / (y1 - y0)), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

/**
 * Screen projection that frames `box` ([west, south, east, north], degrees) in a `width` × `height`
 * pixel area with `padding` on each side, centred, as MapLibre's `fitBounds(box, { padding })`
 * does (no bearing, no pitch): the SVG map and the MapLibre map then show the same frame.
 *
 * @returns null when the area is too small for the padding or the box is empty
 */
export function fitWebMercator(box: BBox, width: number, height: number, padding: number): Project | null {
  const f = frameOf(box, width, height, padding);
  if (!f) return null;
  const { scale, cx, cy } = f;
  return (lon, lat) => [width / 2 + (mercatorX(lon) - cx) * scale, height / 2 + (mercatorY(lat) - cy) * scale];
}

/** The inverse of `fitWebMercator` with the same arguments: where a click on the SVG map falls. */
export function unfitWebMercator(box: BBox, width: number, height: number, padding: number): Unproject | null {
  const f = frameOf(box, width, height, padding);
  if (!f) return null;
  const { scale, cx, cy } = f;
  return (x, y) => [mercatorLon(cx + (x - width / 2) / scale), mercatorLat(cy + (y - height / 2) / scale)];
}

const round = (v: number): number => Math.round(v * 10) / 10;

function ringPath(ring: readonly Position[], project: Project): string {
  let d = '';
  let last = '';
  for (const [lon, lat] of ring) {
    if (lon === undefined || lat === undefined) continue;
    const [x, y] = project(lon, lat);
    const point = `${round(x)},${round(y)}`;
    if (point === last) continue; // sub-pixel steps add bytes, not detail
    d += (d === '' ? 'M' : 'L') + point;
    last = point;
  }
  return d === '' ? '' : `${d}Z`;
}

/**
 * SVG path data of a polygon geometry, projected and rounded to 0.1 px; consecutive points that
 * round to the same place are dropped. Rings are kept as they are: draw with `fill-rule: evenodd`
 * so holes stay holes whatever their winding. Points and lines give an empty string.
 */
export function polygonPath(geometry: Geometry | null, project: Project): string {
  if (geometry === null) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => ringPath(ring, project)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((ring) => ringPath(ring, project))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => polygonPath(g, project)).join('');
    default:
      return '';
  }
}
