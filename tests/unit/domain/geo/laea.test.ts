import { describe, expect, it } from 'vitest';
import { cellRing, laeaToLonLat } from '../../../../src/domain/geo/laea.ts';
import { readRawCsv } from '../../../../scripts/lib/raw.ts';

const rawDir = process.env.OBS41_DATA_RAW ?? `${import.meta.dirname}/../../../../../shared/data-raw`;

describe('laeaToLonLat (EPSG:3035 inverse)', () => {
  it('reproduces the EPSG Guidance Note 7-2 example: E 3 962 799.45, N 2 999 718.85 → 5° E, 50° N', () => {
    const [lon, lat] = laeaToLonLat(3962799.45, 2999718.85);
    expect(lon).toBeCloseTo(5, 7);
    expect(lat).toBeCloseTo(50, 7);
  });
  it('gives back the natural origin at the false easting/northing', () => expect(laeaToLonLat(4321000, 3210000)).toEqual([10, 52]));
  it('matches the cell centres published with the Filosofi 2021 grid (all rows, 1e-6°)', () => {
    const rows = readRawCsv(rawDir, 'filosofi-grid-1km-2021/filosofi_2021_1km_41_buffer10km.csv', ',');
    let worst = 0;
    for (const r of rows) {
      const [lon, lat] = laeaToLonLat(Number(r.x_laea) + 500, Number(r.y_laea) + 500);
      worst = Math.max(worst, Math.abs(lon - Number(r.lon)), Math.abs(lat - Number(r.lat)));
    }
    expect(rows.length).toBe(7935);
    expect(worst).toBeLessThan(1.01e-6);
  });
  it('a 1 km cell ring is closed and about 1 km on a side', () => {
    const ring = cellRing(3670000, 2757000);
    expect(ring[0]).toEqual(ring[4]);
    const dLat = (ring[3][1] - ring[0][1]) * 111.2;
    expect(dLat).toBeGreaterThan(0.98);
    expect(dLat).toBeLessThan(1.02);
  });
});
