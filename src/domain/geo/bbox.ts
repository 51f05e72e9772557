import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BBox } from '../types';

function visitPosition(p: Position | undefined, box: BBox): void {
  if (!Array.isArray(p)) return;
  const x = p[0];
  const y = p[1];
  if (typeof x !== 'number' || typeof y !== 'number') return;
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

/** A list of positions (a ring, a line, a multipoint), in a plain indexed loop. */
function visitPositions(list: readonly Position[] | undefined, box: BBox): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) visitPosition(list[i], box);
}

/**
 * One loop per nesting level of each geometry type, rather than a recursive walk that tests every
 * array: this runs over the 267 communes' ~100,000 points while the first map is drawn.
 */
function visitGeometry(geometry: Geometry | null | undefined, box: BBox): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      visitPosition(geometry.coordinates, box);
      break;
    case 'MultiPoint':
    case 'LineString':
      visitPositions(geometry.coordinates, box);
      break;
    case 'MultiLineString':
    case 'Polygon':
      if (Array.isArray(geometry.coordinates)) for (const ring of geometry.coordinates) visitPositions(ring, box);
      break;
    case 'MultiPolygon':
      if (Array.isArray(geometry.coordinates)) {
        for (const polygon of geometry.coordinates) {
          if (Array.isArray(polygon)) for (const ring of polygon) visitPositions(ring, box);
        }
      }
      break;
    case 'GeometryCollection':
      if (Array.isArray(geometry.geometries)) for (const g of geometry.geometries) visitGeometry(g, box);
      break;
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
