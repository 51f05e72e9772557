import { describe, expect, it } from 'vitest';
import {
  fitFrame,
  fitWebMercator,
  frameProject,
  mercatorFrame,
  mercatorLat,
  mercatorLon,
  mercatorX,
  mercatorY,
  polygonPath,
  unfitFrame,
  unfitWebMercator,
  type Project,
  type Unproject,
} from '../../../../src/domain/geo/web-mercator';

describe('mercatorX / mercatorY (unit square, y growing south)', () => {
  it.each([
    [0, 0.5],
    [180, 1],
    [-180, 0],
    [90, 0.75],
  ])('x(%d°) = %d', (lon, x) => expect(mercatorX(lon)).toBeCloseTo(x, 12));

  it.each([
    // y = (180 − (180/π)·ln(tan(45° + φ/2))) / 360; at 45°: ln(tan 67.5°) = ln(2.414214) = 0.8813736, × 57.29578 = 50.49899
    [0, 0.5],
    [45, 0.359725],
    [-45, 0.640275],
    [85.051129, 0],
    [89.9, 0], // clamped like MapLibre
  ])('y(%d°) = %d', (lat, y) => expect(mercatorY(lat)).toBeCloseTo(y, 5));
});

describe('fitWebMercator', () => {
  // box [-90, -45, 90, 45]: x from 0.25 to 0.75 (0.5 wide), y from 0.359726 to 0.640274 (0.280548 high).
  // 120 × 100 px, padding 10 → inner 100 × 80; scale = min(100 / 0.5, 80 / 0.280548) = min(200, 285.2) = 200.
  const project = fitWebMercator([-90, -45, 90, 45], 120, 100, 10) as Project;

  it.each([
    [0, 0, 60, 50], // centre of the box → centre of the area
    [90, 0, 110, 50], // east edge: 60 + 0.25 × 200
    [-90, 0, 10, 50], // west edge touches the padding (width was the limiting side)
    [-90, 45, 10, 50 - 0.140274 * 200],
  ])('(%d°, %d°) → (%d, %d) px', (lon, lat, x, y) => {
    const [px, py] = project(lon, lat);
    expect(px).toBeCloseTo(x, 3);
    expect(py).toBeCloseTo(y, 3);
  });

  it.each([
    ['no room left by the padding', [0, 0, 1, 1], 40, 40, 20],
    ['an empty box', [1, 1, 1, 1], 100, 100, 0],
    ['a zero-size area', [0, 0, 1, 1], 0, 0, 0],
  ] as const)('is null for %s', (_, box, w, h, p) => {
    expect(fitWebMercator([...box], w, h, p)).toBeNull();
  });
});

describe('polygonPath', () => {
  const identity: Project = (lon, lat) => [lon, lat];

  it.each([
    ['a triangle', { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] }, 'M0,0L10,0L10,10L0,0Z'],
    [
      'a polygon with a hole (rings kept in order)',
      { type: 'Polygon', coordinates: [[[0, 0], [9, 0], [9, 9], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] },
      'M0,0L9,0L9,9L0,0ZM1,1L2,1L2,2L1,1Z',
    ],
    [
      'a multipolygon',
      { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] },
      'M0,0L1,0L1,1L0,0ZM5,5L6,5L6,6L5,5Z',
    ],
    ['rounding to 0.1 px and dropping repeated points', { type: 'Polygon', coordinates: [[[0, 0], [0.01, 0.04], [5.26, 5.24], [0, 0]]] }, 'M0,0L5.3,5.2L0,0Z'],
    ['a point (nothing to fill)', { type: 'Point', coordinates: [1, 2] }, ''],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, ''],
  ] as const)('%s', (_, geometry, d) => {
    expect(polygonPath(geometry as never, identity)).toBe(d);
  });

  it('is empty for a null geometry', () => expect(polygonPath(null, identity)).toBe(''));

  it.each([
    // (0.3, 0.2) is within 0.5 of (0, 0) on both axes: dropped; (0.9, 0.1) is 0.9 away in x: kept
    [0.5, 'M0,0L0.9,0.1L2,2L0,0Z'],
    // within 1 of (0, 0): (0.3, 0.2) and (0.9, 0.1) both dropped
    [1, 'M0,0L2,2L0,0Z'],
  ])('drops points within minStep %d of the last one kept', (minStep, d) => {
    const ring = [[0, 0], [0.3, 0.2], [0.9, 0.1], [2, 2], [0, 0]];
    expect(polygonPath({ type: 'Polygon', coordinates: [ring] }, identity, minStep)).toBe(d);
  });
});

describe('mercatorFrame / frameProject / fitFrame', () => {
  // box [-90, -45, 90, 45]: 0.5 × 0.280548 Web Mercator units; size 1000 → k = 2000 units per
  // Mercator unit, frame 1000 × 561.097. In 120 × 100 px with padding 10: scale = min(100 / 1000,
  // 80 / 561.097) = 0.1; tx = (120 − 100) / 2 = 10; ty = (100 − 56.1097) / 2 = 21.945.
  const box = [-90, -45, 90, 45] as [number, number, number, number];
  const frame = mercatorFrame(box, 1000);

  it('frames the box with its larger side at `size` units', () => {
    expect(frame?.k).toBeCloseTo(2000, 6);
    expect(frame?.width).toBeCloseTo(1000, 6);
    expect(frame?.height).toBeCloseTo(561.097, 2);
  });

  it('fits the frame like fitWebMercator places the same box', () => {
    const fit = fitFrame(frame!, 120, 100, 10);
    expect(fit?.scale).toBeCloseTo(0.1, 9);
    expect(fit?.tx).toBeCloseTo(10, 9);
    expect(fit?.ty).toBeCloseTo(21.945, 3);
    const toFrame = frameProject(frame!);
    const direct = fitWebMercator(box, 120, 100, 10) as Project;
    for (const [lon, lat] of [[0, 0], [90, 0], [-90, 45], [12.5, -30]] as const) {
      const [u, v] = toFrame(lon, lat);
      const [x, y] = direct(lon, lat);
      expect(fit!.tx + fit!.scale * u).toBeCloseTo(x, 9);
      expect(fit!.ty + fit!.scale * v).toBeCloseTo(y, 9);
    }
  });

  it('unfitFrame inverts the fit: the same degrees as unfitWebMercator, and back to the point', () => {
    const fit = fitFrame(frame!, 120, 100, 10)!;
    const back = unfitFrame(frame!, fit);
    const reference = unfitWebMercator(box, 120, 100, 10) as Unproject;
    // the centre of the area is the centre of the box; (110, 50) px its east edge (table above)
    expect(back(60, 50)[0]).toBeCloseTo(0, 9);
    expect(back(60, 50)[1]).toBeCloseTo(0, 9);
    expect(back(110, 50)[0]).toBeCloseTo(90, 9);
    const toFrame = frameProject(frame!);
    for (const [lon, lat] of [[0, 0], [45, 20], [-90, 45], [12.5, -30]] as const) {
      const [u, v] = toFrame(lon, lat);
      const [x, y] = [fit.tx + fit.scale * u, fit.ty + fit.scale * v];
      const [l, p] = back(x, y);
      expect(l).toBeCloseTo(lon, 9);
      expect(p).toBeCloseTo(lat, 9);
      const [rl, rp] = reference(x, y);
      expect(l).toBeCloseTo(rl, 9);
      expect(p).toBeCloseTo(rp, 9);
    }
  });

  it.each([
    ['an empty box', () => mercatorFrame([1, 1, 1, 1])],
    ['no room left by the padding', () => fitFrame(frame!, 40, 40, 20)],
  ])('is null for %s', (_, make) => expect(make()).toBeNull());
});

describe('mercatorLon / mercatorLat invert mercatorX / mercatorY', () => {
  it.each([
    [0.5, 0],
    [0.75, 90],
    [0, -180],
  ])('lon(%d) = %d°', (x, lon) => expect(mercatorLon(x)).toBeCloseTo(lon, 12));

  it.each([
    // the values of the forward table above, read backwards
    [0.5, 0],
    [0.359725, 45],
    [0.640275, -45],
  ])('lat(%d) = %d°', (y, lat) => expect(mercatorLat(y)).toBeCloseTo(lat, 3));
});

describe('unfitWebMercator', () => {
  const box = [-90, -45, 90, 45] as [number, number, number, number];
  const unproject = unfitWebMercator(box, 120, 100, 10) as Unproject;

  it.each([
    [60, 50, 0, 0], // centre of the area → centre of the box
    [110, 50, 90, 0], // the east edge found by the forward table
    [10, 50 - 0.140274 * 200, -90, 45],
  ])('(%d, %d) px → (%d°, %d°)', (x, y, lon, lat) => {
    const [l, p] = unproject(x, y);
    expect(l).toBeCloseTo(lon, 3);
    expect(p).toBeCloseTo(lat, 3);
  });

  it('round-trips the Loir-et-Cher frame to within a metre', () => {
    const loirEtCher = [0.58, 47.19, 2.25, 48.13] as [number, number, number, number];
    const project = fitWebMercator(loirEtCher, 800, 600, 24) as Project;
    const back = unfitWebMercator(loirEtCher, 800, 600, 24) as Unproject;
    const [x, y] = project(1.3359, 47.5861); // Blois
    const [lon, lat] = back(x, y);
    expect(lon).toBeCloseTo(1.3359, 5);
    expect(lat).toBeCloseTo(47.5861, 5);
  });

  it('is null where the forward projection is', () => {
    expect(unfitWebMercator([0, 0, 1, 1], 40, 40, 20)).toBeNull();
  });
});
