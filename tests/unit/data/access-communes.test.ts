import { describe, expect, it } from 'vitest';
import { classOf, communeCatchment, communeFca, communeMeanMinutes, quantileThresholds, timeClass } from '../../../src/data/access-communes.ts';
import { buildAccessModel } from '../../../src/data/access-evaluate.ts';
import type { AccessData } from '../../../src/data/access-files.ts';
import { nearestSites } from '../../../src/domain/access/index.ts';

describe('timeClass (map classes ≤ 10, 10–20, 20–30, > 30 min)', () => {
  it.each([
    { t: 0, c: 0 },
    { t: 10, c: 0 },
    { t: 10.01, c: 1 },
    { t: 20, c: 1 },
    { t: 29.9, c: 2 },
    { t: 30.5, c: 3 },
    { t: Infinity, c: 3 },
  ])('$t min → class $c', ({ t, c }) => expect(timeClass(t)).toBe(c));
});

describe('quantileThresholds / classOf', () => {
  it('splits values into k classes of about equal size', () => {
    const th = quantileThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(th).toEqual([3, 5, 7, 9]);
    expect([1, 2, 3, 10].map((v) => classOf(v, th))).toEqual([0, 0, 1, 4]);
  });
  it('ignores missing values and collapses ties', () => {
    expect(quantileThresholds([null, 2, 2, 2, NaN], 5)).toEqual([]);
    expect(quantileThresholds([], 5)).toEqual([]);
  });
});

// two communes: 41001 (o0, o1), 41002 (o2); sites s0, s1
const data: AccessData = {
  origins: [
    { id: 'a', commune: '41001', territoire: 'nord', lon: 0, lat: 0, side: 1, pop: 100, pop_75p: 0, fam_mono: 0, chom_1564: 0 },
    { id: 'b', commune: '41001', territoire: 'nord', lon: 0, lat: 0, side: 1, pop: 300, pop_75p: 0, fam_mono: 0, chom_1564: 0 },
    { id: 'c', commune: '41002', territoire: 'nord', lon: 0, lat: 0, side: 1, pop: 50, pop_75p: 0, fam_mono: 0, chom_1564: 0 },
  ],
  sites: [
    { id: 'MDS-A', type: 'mds', nom: 'A', commune: '41001', statut: 'ouverte', precision: '', lon: 0, lat: 0, side: 1 },
    { id: 'MDS-B', type: 'mds', nom: 'B', commune: '41002', statut: 'ouverte', precision: '', lon: 0, lat: 0, side: 1 },
  ],
  model: { method: 'osm' } as AccessData['model'],
  cellX: new Float64Array(3),
  cellY: new Float64Array(3),
  // site-major: s0 → 5, 20, 30 ; s1 → 15, 10, 4
  dense: Float32Array.from([5, 20, 30, 15, 10, 4]),
};

describe('commune views of the cell figures', () => {
  const model = buildAccessModel(data);
  const nearest = nearestSites(model.matrix, [0, 1]);
  it('weights the mean time by population', () => {
    // 41001: (100 × 5 + 300 × 10) / 400
    expect(communeMeanMinutes(model, nearest).get('41001')).toBeCloseTo(3500 / 400, 10);
  });
  it('gives each commune the site serving most of its people', () => {
    expect([...communeCatchment(model, nearest)]).toEqual([
      ['41001', 1],
      ['41002', 1],
    ]);
  });
  it('computes 2SFCA scores per 100,000 inhabitants', () => {
    const fca = communeFca(model, [0, 1], 60);
    // d0 = 60: every pair counts with weight 1 up to 20 min, 0.66 up to 40: R0 = 1/(100 + 300·0.66 + 50·0.66)…
    expect(fca.get('41001')).toBeGreaterThan(0);
    const total = [...fca].reduce((a, [code, v]) => a + (v ?? 0) * (code === '41001' ? 400 : 50), 0);
    expect(total).toBeCloseTo(200_000, 6); // Σ P·A = Σ capacities (2 sites) × 100,000
  });
});
