import { describe, expect, it } from 'vitest';
import { crowKm, modelMinutes, riverSide } from '../../../../src/domain/access/travel-time.ts';

// A river flowing west along lat 47.5 (upstream east): north bank is its right bank (+1).
const river: [number, number][] = [[2, 47.5], [1, 47.5], [0, 47.5]];
const model = { interceptMin: 3, minPerKm: 1 };

describe('crowKm', () => {
  it('one degree of latitude is 111.2 km', () => expect(crowKm({ lon: 1, lat: 47 }, { lon: 1, lat: 48 })).toBeCloseTo(111.195, 2));
  it('is symmetric and zero on the same point', () => {
    const a = { lon: 1.3, lat: 47.6 }, b = { lon: 1.06, lat: 47.8 };
    expect(crowKm(a, b)).toBeCloseTo(crowKm(b, a), 12);
    expect(crowKm(a, a)).toBe(0);
  });
});

describe('riverSide', () => {
  it.each([
    { p: { lon: 1.5, lat: 47.6 }, side: 1 },
    { p: { lon: 1.5, lat: 47.4 }, side: -1 },
    { p: { lon: 2.5, lat: 47.7 }, side: 1 }, // beyond the end: nearest segment extends the rule
  ])('$p → $side', ({ p, side }) => expect(riverSide(p, river)).toBe(side));
});

describe('modelMinutes', () => {
  const a = { lon: 1, lat: 47.6 }; // north
  const b = { lon: 1, lat: 47.4 }; // south, 22.239 km away
  const bridge = { id: 'x', lon: 1.5, lat: 47.5 };
  it('same bank: intercept + slope × crow km', () => {
    const c = { lon: 1, lat: 47.7 };
    expect(modelMinutes(a, 1, c, 1, model, [bridge])).toBeCloseTo(3 + crowKm(a, c), 10);
  });
  it('opposite banks: through the best bridge, the intercept counted once', () => {
    const near = { id: 'near', lon: 1, lat: 47.5 };
    // via the far bridge: crow(a, bridge) + crow(bridge, b); via the near one: exactly the straight line
    expect(modelMinutes(a, 1, b, -1, model, [bridge])).toBeCloseTo(3 + crowKm(a, bridge) + crowKm(bridge, b), 10);
    expect(modelMinutes(a, 1, b, -1, model, [bridge, near])).toBeCloseTo(3 + crowKm(a, b), 10);
    expect(crowKm(a, b)).toBeCloseTo(22.239, 2);
  });
});
