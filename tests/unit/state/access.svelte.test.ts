import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { accessReport, planScenario } from '../../../src/data/access-evaluate.ts';
import { activeSites, nearestSites, parseScenario } from '../../../src/domain/access/index.ts';
import { AccessState } from '../../../src/state/access.svelte.ts';
import { realAccessModel } from '../data/access-fixture.ts';

function ready(): AccessState {
  const s = new AccessState();
  s.model = realAccessModel();
  s.loadScenario(planScenario(20, 'Test'));
  return s;
}

/** The incremental state must equal a from-scratch evaluation, and its scenario must parse. */
function expectConsistent(s: AccessState): void {
  const model = s.model;
  if (!model || !s.nearest) throw new Error('not ready');
  const parsed = parseScenario(JSON.parse(JSON.stringify(s.scenario)), model.sites);
  expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  const active = activeSites(s.scenario, model.sites);
  expect([...s.active]).toEqual(active);
  const full = nearestSites(model.matrix, active);
  expect(s.nearest.site).toEqual(full.site);
  expect(s.nearest.minutes).toEqual(full.minutes);
  expect(s.report).toEqual(accessReport(model, s.scenario));
}

describe('AccessState', () => {
  it('starts from the plan of the 12 MDS', () => {
    const s = ready();
    expect(s.active).toHaveLength(12);
    expect(s.report?.departement.beyond).toEqual(s.planReport?.departement.beyond);
    expectConsistent(s);
  });

  it('adds, moves and removes sites, keeping nearest sites equal to a full recomputation', () => {
    const s = ready();
    const nord = () => s.report?.territoires.find((g) => g.territoire === 'nord')?.beyond ?? NaN;
    const before = nord();
    expect(s.addSite('C-41149')).toBe(true);
    expect(nord()).toBeLessThan(before);
    expect(s.addSite('C-41149')).toBe(false);
    expectConsistent(s);
    expect(s.moveSite('MDS-10', 'C-41279')).toBe(true);
    expect(s.scenario.removed).toEqual(['MDS-10']);
    expect(s.scenario.added).toEqual(['C-41149', 'C-41279']);
    expectConsistent(s);
    expect(s.removeSite('C-41149')).toBe(true);
    expect(s.addSite('MDS-10')).toBe(true); // restoring drops it from `removed`
    expect(s.scenario.removed).toEqual([]);
    expectConsistent(s);
  });

  it('toggles the planned MDS without leaving invalid ids in the scenario', () => {
    const s = ready();
    s.removeSite('MDS-08');
    s.setIncludePlanned(false);
    expect(s.active).toHaveLength(7);
    expect(s.scenario.removed).toEqual([]);
    expectConsistent(s);
    s.addSite('MDS-11'); // a single planned MDS, opened on its own
    expect(s.scenario.added).toEqual(['MDS-11']);
    expectConsistent(s);
    s.setIncludePlanned(true);
    expect(s.scenario.added).toEqual([]);
    expect(s.active).toHaveLength(12);
    expectConsistent(s);
  });

  it('stays consistent over a random sequence of edits (seeded)', () => {
    const s = ready();
    const model = s.model;
    if (!model) throw new Error('no model');
    const rand = randomLcg(42);
    const ids = model.sites.map((x) => x.id);
    for (let step = 0; step < 60; step++) {
      const r = rand();
      const id = ids[Math.floor(rand() * ids.length)] as string;
      if (r < 0.4) s.addSite(id);
      else if (r < 0.7) {
        const open = s.active.map((i) => ids[i] as string);
        s.removeSite(open[Math.floor(rand() * open.length)] ?? id);
      } else if (r < 0.8) s.setIncludePlanned(!s.scenario.includePlanned);
      else if (r < 0.9) {
        const open = s.active.map((i) => ids[i] as string);
        s.moveSite(open[Math.floor(rand() * open.length)] ?? id, id);
      } else s.setThreshold(5 + Math.floor(rand() * 55));
      if (s.active.length === 0) s.reset();
      expectConsistent(s);
    }
  }, 30_000);

  it('keeps the threshold in the scenario (what a permalink saves), clamped to 1–120', () => {
    const s = ready();
    s.setThreshold(35.4);
    expect(s.scenario.thresholdMin).toBe(35);
    expect(s.planReport?.thresholdMin).toBe(35);
    s.setThreshold(500);
    expect(s.threshold).toBe(120);
  });

  it('records the update time once the map (or the panel) marks the update', () => {
    const s = ready();
    s.markUpdated();
    const n = s.updateTimes.length;
    s.addSite('C-41001');
    s.markUpdated();
    s.markUpdated(); // nothing pending: no new entry
    expect(s.updateTimes.length).toBe(n + 1);
    expect(performance.getEntriesByName('obs:access-updated').length).toBeGreaterThan(0);
  });
});
