/**
 * The 500 m share on a hand-made one-cell fixture. The cell's lower-left corner is (x, y) in
 * EPSG:3035; its 25 sample points sit at (x + 100 + 200 i, y + 100 + 200 j). With a stop on the
 * corner, the crow distances are √((100 + 200 i)² + (100 + 200 j)²): 141 m for (0, 0), 316 m for
 * (1, 0) and (0, 1), 424 m for (1, 1), 510 m and more for the rest. 500 m on foot = 400 m crow-fly
 * (detour 1.25), so 3 points of 25 are within reach: 12 % of the cell's people.
 */
import { describe, expect, it } from 'vitest';
import { crowKm } from '../../../src/domain/access/travel-time.ts';
import { laeaToLonLat } from '../../../src/domain/geo/laea.ts';
import { populationPoints } from '../../../scripts/lib/mobility/commune-mobility.ts';
import { nearestWalkM, shareWithinWalk, subCellCentres, WALK_DETOUR } from '../../../scripts/lib/mobility/walk-coverage.ts';
import type { Origin } from '../../../scripts/lib/origins.ts';

const x = 3_680_000;
const y = 2_760_000; // a cell near Blois
const at = (ex: number, ny: number) => {
  const [lon, lat] = laeaToLonLat(ex, ny);
  return { lon, lat };
};
const cell: Origin = {
  id: 'G3680-2760', kind: 'cell', commune: '41018', ...at(x + 500, y + 500), share: 0.4,
  cell: { x, y, ...at(x + 500, y + 500), ind: 1000, indSnv: 0, imputed: 0 },
};

describe('subCellCentres', () => {
  const pts = subCellCentres(x, y);
  it('gives 25 points, 200 m apart, the first 141 m from the corner', () => {
    expect(pts).toHaveLength(25);
    expect(crowKm(pts[0], pts[1]) * 1000).toBeCloseTo(200, 0);
    expect(crowKm(pts[0], pts[5]) * 1000).toBeCloseTo(200, 0);
    expect(crowKm(at(x, y), pts[0]) * 1000).toBeCloseTo(141.4, 0);
  });
});

describe('shareWithinWalk on one cell', () => {
  const points = populationPoints([cell]);
  const cases = [
    { name: 'stop on the lower-left corner: 3 of 25 points', stops: [at(x, y)], expected: 3 / 25 },
    // offsets to the points are ±100, ±300, +500 m on each axis: 4 points at 141 m, 8 at 316 m, then 424 m and more
    { name: 'stop at (x + 400, y + 400): 12 of 25 points', stops: [at(x + 400, y + 400)], expected: 12 / 25 },
    { name: 'stops on two opposite corners: 6 of 25', stops: [at(x, y), at(x + 1000, y + 1000)], expected: 6 / 25 },
    { name: 'stop 2 km away: nobody', stops: [at(x + 3000, y + 500)], expected: 0 },
    { name: 'no stop at all: nobody (0, not null)', stops: [], expected: 0 },
  ];
  it.each(cases)('$name', ({ stops, expected }) => expect(shareWithinWalk(points, stops)).toBeCloseTo(expected, 12));
  it('spreads the origin share evenly over the 25 points', () => {
    expect(points).toHaveLength(25);
    expect(points.every((p) => Math.abs(p.weight - 0.4 / 25) < 1e-15 && p.commune === '41018')).toBe(true);
  });
  it('returns null, not 0, when the points weigh nothing', () =>
    expect(shareWithinWalk(points.map((p) => ({ ...p, weight: 0 })), [at(x, y)])).toBeNull());
  it('uses one point at the town centre for an origin without a cell', () =>
    expect(populationPoints([{ ...cell, kind: 'centre', cell: null, share: 1 }])).toEqual([{ lon: cell.lon, lat: cell.lat, weight: 1, commune: '41018' }]));
});

describe('nearestWalkM', () => {
  it('is 1.25 × the crow distance to the nearest stop', () => {
    const p = at(x + 500, y + 500);
    const stops = [at(x + 500, y + 1300), at(x + 500, y + 900)];
    expect(nearestWalkM(p, stops)).toBeCloseTo(WALK_DETOUR * crowKm(p, stops[1]) * 1000, 9);
    expect(nearestWalkM(p, stops)).toBeCloseTo(500, -1);
  });
  it('is Infinity without stops', () => expect(nearestWalkM(at(x, y), [])).toBe(Infinity));
});
