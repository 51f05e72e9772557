import { describe, expect, it } from 'vitest';
import { servicesAround, type ServicePoint } from '../../../../src/domain/compare/services-around';

const model = { interceptMin: 3, minPerKm: 1 };
/** A river along latitude 47.5 flowing west: north bank = right bank. */
const river: [number, number][] = [[2, 47.5], [1, 47.5]];
const point = (id: string, lon: number, lat: number): ServicePoint => ({ id, type: 'mds', nom: id, statut: 'ouverte', commune: '', lon, lat });

describe('servicesAround', () => {
  it('sorts by estimated minutes; km is the great-circle distance', () => {
    const origin = { lon: 1.5, lat: 47.6 };
    const list = servicesAround(origin, [point('far', 1.5, 47.9), point('near', 1.5, 47.65)], model, [], []);
    expect(list.map((s) => s.id)).toEqual(['near', 'far']);
    expect(list[0]?.km).toBeCloseTo(5.56, 1); // 0.05° of latitude ≈ 5.56 km
    expect(list[0]?.minutes).toBeCloseTo(3 + (list[0]?.km ?? 0), 10);
  });
  it('a point across the river is reached through the best bridge', () => {
    const origin = { lon: 1.5, lat: 47.52 };
    const across = point('across', 1.5, 47.48); // 4.4 km straight, but on the other bank
    const sameBank = point('same', 1.5, 47.58); // 6.7 km on the same bank
    const bridge = { id: 'b', lon: 1.2, lat: 47.5 };
    const list = servicesAround(origin, [across, sameBank], model, river, [bridge]);
    expect(list.map((s) => s.id)).toEqual(['same', 'across']);
    expect(list[1]?.km).toBeCloseTo(4.45, 1);
    expect(list[1]?.minutes).toBeGreaterThan(40); // detour of ~2 × 23 km via the bridge
  });
  it('without a river line, crossings are ignored', () => {
    const origin = { lon: 1.5, lat: 47.52 };
    const list = servicesAround(origin, [point('across', 1.5, 47.48)], model, [], [{ id: 'b', lon: 1.2, lat: 47.5 }]);
    expect(list[0]?.minutes).toBeCloseTo(3 + (list[0]?.km ?? 0), 10);
  });
});
