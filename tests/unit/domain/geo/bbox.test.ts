import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bbox, bboxCenter } from '../../../../src/domain/geo/bbox';

const feature = (geometry: Geometry | null): Feature => ({ type: 'Feature', properties: {}, geometry: geometry as Geometry });

describe('bbox', () => {
  it.each([
    { name: 'point', g: { type: 'Point', coordinates: [1.3, 47.6] }, expected: [1.3, 47.6, 1.3, 47.6] },
    { name: 'line', g: { type: 'LineString', coordinates: [[0, 1], [2, -1], [1, 3]] }, expected: [0, -1, 2, 3] },
    {
      name: 'polygon with a hole (the hole cannot widen it)',
      g: { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] },
      expected: [0, 0, 4, 4],
    },
    {
      name: 'multipolygon: both parts count',
      g: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, -2], [6, -2], [6, 7], [5, -2]]]] },
      expected: [0, -2, 6, 7],
    },
    {
      name: 'geometry collection',
      g: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [-3, 2] }, { type: 'MultiPoint', coordinates: [[8, 9]] }] },
      expected: [-3, 2, 8, 9],
    },
  ] as Array<{ name: string; g: Geometry; expected: number[] }>)('$name', ({ g, expected }) => {
    expect(bbox(feature(g))).toEqual(expected);
  });

  it('spans every feature of a collection and skips null geometries', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [feature({ type: 'Point', coordinates: [1, 1] }), feature(null), feature({ type: 'Point', coordinates: [-1, 5] })],
    };
    expect(bbox(fc)).toEqual([-1, 1, 1, 5]);
  });

  it('is null without any coordinate, and ignores malformed positions', () => {
    expect(bbox({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(bbox(feature({ type: 'LineString', coordinates: [] }))).toBeNull();
    const broken = { type: 'LineString', coordinates: [[Number.NaN as unknown as number], ['x', 2], [3, 4]] } as unknown as Geometry;
    expect(bbox(feature(broken))).toEqual([3, 4, 3, 4]);
  });

  it('centre of a box', () => {
    expect(bboxCenter([0, 10, 4, 20])).toEqual([2, 15]);
  });
});
