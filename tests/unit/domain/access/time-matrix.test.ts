import { describe, expect, it } from 'vitest';
import { cachedTimeMatrix } from '../../../../src/domain/access/cached-time-matrix.ts';
import { modelTimeMatrix } from '../../../../src/domain/access/model-time-matrix.ts';
import { denseTimeMatrix, functionTimeMatrix, timeColumn } from '../../../../src/domain/access/time-matrix.ts';
import { crowKm, modelMinutes } from '../../../../src/domain/access/travel-time.ts';

describe('denseTimeMatrix', () => {
  // 2 origins × 3 sites, site-major: column s = data[2s .. 2s+1]
  const data = Float32Array.from([1, 2, 3, 4, 5, 6]);
  const m = denseTimeMatrix(2, 3, data);
  it.each([
    { o: 0, s: 0, t: 1 },
    { o: 1, s: 0, t: 2 },
    { o: 0, s: 1, t: 3 },
    { o: 1, s: 2, t: 6 },
  ])('time($o, $s) = $t', ({ o, s, t }) => expect(m.time(o, s)).toBe(t));
  it('column(s) is a view on the data, not a copy', () => {
    const d = Float32Array.from([1, 2, 3, 4]);
    const col = denseTimeMatrix(2, 2, d).column!(1);
    expect([...col]).toEqual([3, 4]);
    d[2] = 9;
    expect(col[0]).toBe(9);
  });
  it('rejects data of the wrong length', () => expect(() => denseTimeMatrix(2, 3, new Float32Array(5))).toThrow(RangeError));
});

describe('timeColumn', () => {
  it('fills a float32 column from a matrix without one', () => {
    const m = functionTimeMatrix(3, 2, (o, s) => 0.1 + o + 10 * s);
    expect(m.column).toBeUndefined();
    // 0.1 is not a float32: the column holds fround(0.1), fround(1.1), fround(2.1) for site 0
    expect([...timeColumn(m, 0)]).toEqual([Math.fround(0.1), Math.fround(1.1), Math.fround(2.1)]);
    expect(timeColumn(m, 1)[2]).toBe(Math.fround(12.1)); // 0.1 + o=2 + 10 × s=1
  });
});

describe('cachedTimeMatrix', () => {
  const counting = (nOrigins: number, nSites: number) => {
    const calls = { n: 0 };
    const m = cachedTimeMatrix(nOrigins, nSites, (o, s) => {
      calls.n++;
      return o * 100 + s;
    });
    return { m, calls };
  };
  it('computes a whole column on first use, then only looks up', () => {
    const { m, calls } = counting(5, 4);
    expect(calls.n).toBe(0);
    expect(m.time(3, 2)).toBe(302);
    expect(calls.n).toBe(5); // one column = nOrigins calls
    expect(m.time(0, 2)).toBe(2);
    expect(m.time(4, 2)).toBe(402);
    expect(calls.n).toBe(5);
    expect(m.time(1, 0)).toBe(100);
    expect(calls.n).toBe(10);
    expect(m.filledColumns).toBe(2);
  });
  it('grows by one site at the cost of one column', () => {
    const { m, calls } = counting(5, 4);
    m.column(0);
    const s = m.addSites(1);
    expect(s).toBe(4);
    expect(m.nSites).toBe(5);
    expect(m.time(2, s)).toBe(204);
    expect(calls.n).toBe(10);
  });
  it.each([-1, 4, 1.5])('refuses site %s', (s) => expect(() => counting(2, 4).m.time(0, s)).toThrow(RangeError));
});

describe('modelTimeMatrix', () => {
  const model = { interceptMin: 3, minPerKm: 1 };
  const bridges = [{ id: 'b', lon: 1.5, lat: 47.5 }];
  const origins = [{ lon: 1, lat: 47.6, side: 1 }];
  const sites = [
    { lon: 1, lat: 47.7, side: 1 }, // same bank: 3 + crow km
    { lon: 1, lat: 47.4, side: -1 }, // other bank: through the bridge
  ];
  const m = modelTimeMatrix(origins, sites, model, bridges);
  it('same bank: intercept + crow km, rounded to float32', () =>
    expect(m.time(0, 0)).toBe(Math.fround(3 + crowKm(origins[0]!, sites[0]!))));
  it('opposite banks: the detour through the bridge', () => {
    expect(m.time(0, 1)).toBe(Math.fround(modelMinutes(origins[0]!, 1, sites[1]!, -1, model, bridges)));
    expect(m.time(0, 1)).toBeGreaterThan(3 + crowKm(origins[0]!, sites[1]!) + 1);
  });
});
