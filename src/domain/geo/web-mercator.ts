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

/**
 * The inverse of `fitWebMercator` with the same arguments. Like `fitWebMercator`, a reference
 * computed from the box alone: the unit tests check the SVG map's own placement (`fitFrame`,
 * `unfitFrame`) against both.
 */
export function unfitWebMercator(box: BBox, width: number, height: number, padding: number): Unproject | null {
  const f = frameOf(box, width, height, padding);
  if (!f) return null;
  const { scale, cx, cy } = f;
  return (x, y) => [mercatorLon(cx + (x - width / 2) / scale), mercatorLat(cy + (y - height / 2) / scale)];
}

const round = (v: number): number => Math.round(v * 10) / 10;

function ringPath(ring: readonly Position[], project: Project, minStep: number): string {
  let d = '';
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  for (const [lon, lat] of ring) {
    if (lon === undefined || lat === undefined) continue;
    const [px, py] = project(lon, lat);
    const x = round(px);
    const y = round(py);
    // sub-pixel steps add bytes and drawing work, not detail
    if (Math.abs(x - lastX) <= minStep && Math.abs(y - lastY) <= minStep) continue;
    d += (d === '' ? 'M' : 'L') + x + ',' + y;
    lastX = x;
    lastY = y;
  }
  return d === '' ? '' : `${d}Z`;
}

/**
 * A drawing frame for `box` ([west, south, east, north], degrees): Web Mercator with its origin at
 * the box's north-west corner, scaled so that the box's larger side spans `size` units. Paths
 * projected once into it fit any screen size with one affine transform (`fitFrame`), so a resize
 * never re-projects the geometry.
 */
export interface MercatorFrame {
  readonly x0: number;
  readonly y0: number;
  /** Frame units per Web Mercator unit. */
  readonly k: number;
  /** Size of the box in frame units. */
  readonly width: number;
  readonly height: number;
}

export function mercatorFrame(box: BBox, size = 1000): MercatorFrame | null {
  const [west, south, east, north] = box;
  const x0 = mercatorX(west);
  const y0 = mercatorY(north);
  const w = mercatorX(east) - x0;
  const h = mercatorY(south) - y0;
  if (!(w > 0 && h > 0 && size > 0)) return null;
  const k = size / Math.max(w, h);
  return { x0, y0, k, width: w * k, height: h * k };
}

/** (lon, lat) → frame units. */
export function frameProject(frame: MercatorFrame): Project {
  const { x0, y0, k } = frame;
  return (lon, lat) => [(mercatorX(lon) - x0) * k, (mercatorY(lat) - y0) * k];
}

/** Screen position of a frame point: `[tx + scale · u, ty + scale · v]` px. */
export interface ScreenFit {
  readonly scale: number;
  readonly tx: number;
  readonly ty: number;
}

/**
 * The transform that shows the frame's box in a `width` × `height` px area with `padding`, centred:
 * the same placement as `fitWebMercator` (and MapLibre's `fitBounds`) for the same box.
 *
 * @returns null when the area is too small for the padding
 */
export function fitFrame(frame: MercatorFrame, width: number, height: number, padding: number): ScreenFit | null {
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  if (!(innerW > 0 && innerH > 0)) return null;
  const scale = Math.min(innerW / frame.width, innerH / frame.height);
  return { scale, tx: (width - frame.width * scale) / 2, ty: (height - frame.height * scale) / 2 };
}

/**
 * Where a screen point of a frame placed by `fit` falls, in degrees: the inverse of `frameProject`
 * followed by the fit's transform. The SVG map inverts clicks with the very placement it draws
 * with, so the two cannot disagree.
 */
export function unfitFrame(frame: MercatorFrame, fit: ScreenFit): Unproject {
  const { x0, y0, k } = frame;
  const { scale, tx, ty } = fit;
  return (x, y) => [mercatorLon(x0 + (x - tx) / scale / k), mercatorLat(y0 + (y - ty) / scale / k)];
}

/**
 * SVG path data of a polygon geometry, projected and rounded to 0.1 unit; a point within `minStep`
 * units (on both axes) of the last point kept is dropped (0: only points that round to the same
 * place). Rings are kept as they are: draw with `fill-rule: evenodd` so holes stay holes whatever
 * their winding. Points and lines give an empty string.
 */
export function polygonPath(geometry: Geometry | null, project: Project, minStep = 0): string {
  if (geometry === null) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => ringPath(ring, project, minStep)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((ring) => ringPath(ring, project, minStep))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => polygonPath(g, project, minStep)).join('');
    default:
      return '';
  }
}
