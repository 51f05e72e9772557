import { geoArea } from 'd3';
import type { Feature, Geometry, Polygon } from 'geojson';

type Rings = Polygon['coordinates'];

/** Flips the rings of one polygon when d3 would read it as covering more than a hemisphere. */
function fixPolygon(coordinates: Rings): Rings {
  if (geoArea({ type: 'Polygon', coordinates }) <= 2 * Math.PI) return coordinates;
  return coordinates.map((ring) => [...ring].reverse());
}

/**
 * d3-geo reads polygon rings on the sphere: an exterior ring must be clockwise, the reverse of
 * RFC 7946 GeoJSON. Read the other way round, a small polygon becomes "the whole Earth but this
 * polygon" and fills the drawing. This flips, polygon by polygon, any one whose spherical area
 * exceeds a hemisphere (https://github.com/d3/d3-geo#spherical-polygons). Other geometries are
 * returned unchanged.
 *
 * @returns a copy of the feature with d3-friendly winding
 */
export function rewindForD3<G extends Geometry, P>(feature: Feature<G, P>): Feature<G, P> {
  const g = feature.geometry as Geometry;
  let geometry: Geometry = g;
  if (g.type === 'Polygon') geometry = { ...g, coordinates: fixPolygon(g.coordinates) };
  else if (g.type === 'MultiPolygon') geometry = { ...g, coordinates: g.coordinates.map(fixPolygon) };
  return { ...feature, geometry: geometry as G };
}
