import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BBox } from '../types';

function visit(coords: unknown, box: BBox): void {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  if (Array.isArray(coords)) for (const c of coords) visit(c, box);
}

function visitGeometry(geometry: Geometry | null, box: BBox): void {
  if (geometry === null) return;
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) visitGeometry(g, box);
  } else {
    visit(geometry.coordinates, box);
  }
}

/**
 * Bounding box of a feature or a collection, in degrees.
 *
 * @returns [west, south, east, north], or null when there is no coordinate
 */
export function bbox(input: Feature | FeatureCollection): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const features = input.type === 'FeatureCollection' ? input.features : [input];
  for (const f of features) visitGeometry(f.geometry, box);
  return Number.isFinite(box[0]) ? box : null;
}

/** Centre of a bounding box, [lon, lat] in degrees (not a centroid: good enough for anchoring a tooltip). */
export function bboxCenter(box: BBox): [number, number] {
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}
