import { geoArea } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindForD3 } from '../../../../src/domain/compare/rewind-for-d3';

/** A 0.01° square near Blois, counter-clockwise (RFC 7946), as in iris.geojson. */
const ccw: [number, number][] = [[1.3, 47.58], [1.31, 47.58], [1.31, 47.59], [1.3, 47.59], [1.3, 47.58]];
const feature = (coordinates: [number, number][][]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });

describe('rewindForD3', () => {
  it('d3 reads an RFC 7946 ring as the whole sphere minus the square', () => {
    expect(geoArea(feature([ccw]))).toBeGreaterThan(2 * Math.PI);
  });
  it('flips it into a small polygon', () => {
    const fixed = rewindForD3(feature([ccw]));
    expect(geoArea(fixed)).toBeLessThan(1e-6);
    expect(geoArea(fixed)).toBeGreaterThan(0);
  });
  it('keeps a clockwise ring as it is', () => {
    const cw = [...ccw].reverse();
    expect(rewindForD3(feature([cw])).geometry.coordinates[0]).toEqual(cw);
  });
  it('fixes each polygon of a MultiPolygon', () => {
    const shifted = ccw.map(([x, y]) => [x + 0.1, y] as [number, number]);
    const multi: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[ccw], [[...shifted].reverse()]] },
    };
    const fixed = rewindForD3(multi);
    expect(geoArea(fixed)).toBeLessThan(1e-6);
  });
});
