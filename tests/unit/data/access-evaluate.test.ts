import { describe, expect, it } from 'vitest';
import { accessReport, buildAccessModel, planScenario, servedBy, toAccessSite } from '../../../src/data/access-evaluate.ts';
import type { AccessData } from '../../../src/data/access-files.ts';
import type { OriginRow, SiteRow } from '../../../src/data/access-inputs.ts';
import { activeSites, nearestSites, withSiteAdded } from '../../../src/domain/access/index.ts';
import { realAccessModel } from './access-fixture.ts';

const origin = (id: string, territoire: string, pop: number, pop_75p = 0): OriginRow => ({
  id, commune: `410${id}`, territoire, lon: 1, lat: 47, side: 1, pop, pop_75p, fam_mono: 0, chom_1564: 0,
});
const site = (id: string, type: SiteRow['type'], statut: string): SiteRow => ({
  id, type, nom: id, commune: '41000', statut, precision: '', lon: 1, lat: 47, side: 1,
});

// 3 origins × 3 sites, site-major: s0 open MDS, s1 planned MDS, s2 candidate
//        s0  s1  s2
//   o0:  10  30   5     nord   100
//   o1:  25  12  40     nord    50
//   o2:  40  35  15     sud    200
const tiny: AccessData = {
  origins: [origin('01', 'nord', 100, 10), origin('02', 'nord', 50, 5), origin('03', 'sud', 200, 1)],
  sites: [site('MDS-A', 'mds', 'ouverte'), site('MDS-B', 'mds', 'prevue'), site('C-41003', 'commune', 'candidat')],
  model: { method: 'osm' } as AccessData['model'],
  cellX: new Float64Array(3),
  cellY: new Float64Array(3),
  dense: Float32Array.from([10, 25, 40, 30, 12, 35, 5, 40, 15]),
};

describe('accessReport', () => {
  const model = buildAccessModel(tiny);

  it('maps sites to the domain: MDS with their status, town centres as candidates', () => {
    expect(model.sites).toEqual([
      { id: 'MDS-A', kind: 'mds', status: 'ouverte' },
      { id: 'MDS-B', kind: 'mds', status: 'prevue' },
      { id: 'C-41003', kind: 'candidate', status: null },
    ]);
    expect(toAccessSite(tiny.sites[2] as SiteRow).kind).toBe('candidate');
  });

  it('reports the plan (open + planned MDS) per territory', () => {
    const r = accessReport(model, planScenario(20));
    // plan: minutes 10, 12, 35 → o2 beyond
    expect(r.departement).toMatchObject({ population: 350, beyond: 200, meanMinutes: (1000 + 600 + 7000) / 350 });
    expect(r.territoires.map((g) => [g.territoire, g.population, g.beyond])).toEqual([
      ['nord', 150, 0],
      ['centre', 0, 0],
      ['sud', 200, 200],
    ]);
    expect(r.sites.map((s) => [s.id, s.served])).toEqual([
      ['MDS-A', 100],
      ['MDS-B', 250],
    ]);
    expect(r.method).toBe('osm');
  });

  it('weights by a fragile population on request', () => {
    const r = accessReport(model, planScenario(20), { weight: 'pop_75p' });
    expect(r.weight).toBe('pop_75p');
    expect(r.departement.population).toBe(16);
    expect(r.departement.beyond).toBe(1);
  });

  it('gives the same figures from incrementally updated nearest sites', () => {
    const s = { ...planScenario(20), added: ['C-41003'] };
    const before = nearestSites(model.matrix, activeSites(planScenario(), model.sites));
    const inc = withSiteAdded(model.matrix, before, 2);
    expect(accessReport(model, s, { nearest: inc })).toEqual(accessReport(model, s));
  });
});

describe('accessReport on the shipped data', () => {
  const model = realAccessModel();
  it('serves every inhabitant once, population and fragile populations alike', () => {
    const plan = accessReport(model, planScenario());
    expect(plan.sites).toHaveLength(12);
    const nearest = nearestSites(model.matrix, activeSites(planScenario(), model.sites));
    for (const w of ['pop', 'pop_75p', 'fam_mono', 'chom_1564'] as const) {
      const total = model.weights[w].reduce((a, b) => a + b, 0);
      expect(servedBy(model, nearest, w).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    }
  });
});
