import { describe, expect, it } from 'vitest';
import { buildOrigins, locateCommunes, type GridCell } from '../../../scripts/lib/origins.ts';
import type { FeatureCollection } from '../../../scripts/lib/geometry.ts';

const square = (code: string, x0: number, y0: number) => ({
  type: 'Feature' as const,
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + 1, y0], [x0 + 1, y0 + 1], [x0, y0 + 1], [x0, y0]]] },
});
const communes: FeatureCollection = { type: 'FeatureCollection', features: [square('41001', 0, 47), square('41002', 1, 47)] };
const centres = new Map([['41001', { lon: 0.5, lat: 47.5 }], ['41002', { lon: 1.5, lat: 47.5 }], ['41003', { lon: 3, lat: 47.5 }]]);
const cell = (lon: number, ind: number): GridCell => ({ x: lon * 1000, y: 0, lon, lat: 47.5, ind, indSnv: ind * 20000, imputed: 0 });

describe('locateCommunes', () => {
  it('puts a point in the polygon that contains it, else at the nearest town centre', () => {
    const { codes, fallback } = locateCommunes([{ lon: 0.2, lat: 47.2 }, { lon: 1.7, lat: 47.9 }, { lon: 2.9, lat: 47.5 }], communes, centres);
    expect(codes).toEqual(['41001', '41002', '41003']);
    expect(fallback).toBe(1);
  });
});

describe('buildOrigins', () => {
  // 41001 has cells of 30 and 10 people → shares 0.75 and 0.25; 41002 one cell → 1; 41003 none → its town centre
  const origins = buildOrigins([cell(0.2, 30), cell(0.8, 10), cell(1.5, 5)], ['41001', '41001', '41002'], ['41001', '41002', '41003'], centres);
  it('shares each commune between its cells by Filosofi population', () =>
    expect(origins.map((o) => [o.commune, o.kind, o.share])).toEqual([
      ['41001', 'cell', 0.75], ['41001', 'cell', 0.25], ['41002', 'cell', 1], ['41003', 'centre', 1],
    ]));
  it('falls back to the town centre for a commune without a populated cell', () =>
    expect(origins.find((o) => o.commune === '41003')).toMatchObject({ lon: 3, lat: 47.5, cell: null }));
});
