import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../../src/domain/access/compare-scenarios.ts';
import { accessFigures, evaluateScenario, type AccessContext } from '../../../../src/domain/access/evaluate-scenario.ts';
import { weightedGini } from '../../../../src/domain/access/gini.ts';
import { withSiteAdded, withSiteRemoved } from '../../../../src/domain/access/nearest.ts';
import type { Scenario } from '../../../../src/domain/access/scenario.ts';
import { theilIndex } from '../../../../src/domain/access/theil.ts';
import { denseTimeMatrix } from '../../../../src/domain/access/time-matrix.ts';
import { randomInstance } from './random-instance.ts';

// The nearest.test.ts matrix:     s0 (MDS a)  s1 (MDS b)  s2 (candidate)   weight  territory
//                           o0:       10          20            5            100     nord
//                           o1:       15          15           30             50     nord
//                           o2:       40          12           12            200     sud
//                           o3:        8          25            ∞             10     sud
const ctx: AccessContext = {
  matrix: denseTimeMatrix(4, 3, Float32Array.from([10, 15, 40, 8, 20, 15, 12, 25, 5, 30, 12, Infinity])),
  sites: [
    { id: 'mds-a', kind: 'mds', status: 'ouverte' },
    { id: 'mds-b', kind: 'mds', status: 'ouverte' },
    { id: 'c-41003', kind: 'candidate', status: null },
  ],
  weights: [100, 50, 200, 10],
  groups: ['nord', 'nord', 'sud', 'sud'],
  order: ['nord', 'sud'],
};
// A: {s0, s1} → minutes 10, 15 (tie → s0), 12, 8; sites 0, 0, 1, 0
const a: Scenario = { name: 'Actuel', added: [], removed: [], includePlanned: false, thresholdMin: 12 };
// B: {s1, s2} → minutes 5, 15, 12, 25; sites 2, 1, 1, 1
const b: Scenario = { ...a, name: 'Déplacer a', added: ['c-41003'], removed: ['mds-a'] };

describe('evaluateScenario', () => {
  const fa = evaluateScenario(a, ctx);
  it('uses the scenario’s active sites', () => {
    expect(fa.active).toEqual([0, 1]);
    expect([...fa.nearest.minutes]).toEqual([10, 15, 12, 8]);
  });
  it.each([
    // nord: o1 (15 > 12) beyond; mean (100·10 + 50·15)/150 = 1750/150
    { group: 'nord', i: 0, beyond: 50, share: 1 / 3, mean: 1750 / 150, p90: 15 },
    // sud: none beyond (12 ≤ 12); mean (200·12 + 10·8)/210 = 2480/210; P90: cumulative 10 (8), 210 (12) ≥ 189 → 12
    { group: 'sud', i: 1, beyond: 0, share: 0, mean: 2480 / 210, p90: 12 },
  ])('$group', ({ i, group, beyond, share, mean, p90 }) => {
    const g = fa.groups[i]!;
    expect(g.group).toBe(group);
    expect(g.beyondWeight).toBe(beyond);
    expect(g.shareBeyond).toBeCloseTo(share, 12);
    expect(g.meanMinutes).toBeCloseTo(mean, 12);
    expect(g.p90Minutes).toBe(p90);
  });
  it('Gini of nord is 2/21 (gini.test.ts), of sud 16,000 / (2·210·2480)', () => {
    // sud: [12 (200), 8 (10)]: Σ|…| = 2·200·10·4 = 16,000; 2 W² μ = 2·210·2480
    expect(fa.groups[0]!.gini).toBeCloseTo(2 / 21, 12);
    expect(fa.groups[1]!.gini).toBeCloseTo(16000 / (2 * 210 * 2480), 12);
  });
  it('overall Theil and its split', () => {
    expect(fa.overall.theil).toBeCloseTo(theilIndex([10, 15, 12, 8], [100, 50, 200, 10])!, 14);
    expect(fa.theil!.between + fa.theil!.within).toBeCloseTo(fa.overall.theil!, 12);
  });
  it('load per site: s0 serves o0, o1, o3 = 160; s1 serves o2 = 200', () => expect([...fa.load]).toEqual([160, 200, 0]));
  it('the incremental path gives the same figures as a fresh evaluation', () => {
    // A → B: close s0 (its origins o0, o1, o3 go to s1), then open s2
    const n = withSiteAdded(ctx.matrix, withSiteRemoved(ctx.matrix, fa.nearest, [1], 0), 2);
    const { scenario: _s, active: _a, nearest, ...fresh } = evaluateScenario(b, ctx);
    expect(n).toEqual(nearest);
    expect(accessFigures(n, ctx, 12)).toEqual(fresh);
  });
});

describe('compareScenarios', () => {
  const c = compareScenarios(a, b, ctx);
  it('département first, then territories in order', () => expect(c.rows.map((r) => r.group)).toEqual([null, 'nord', 'sud']));
  it.each([
    // overall: beyond 50 → 60 (o3 now 25 min); mean 4230/360 → 3900/360
    { row: 0, metric: 'beyondWeight' as const, before: 50, after: 60, delta: 10 },
    { row: 0, metric: 'shareBeyond' as const, before: 50 / 360, after: 60 / 360, delta: 10 / 360 },
    { row: 0, metric: 'meanMinutes' as const, before: 4230 / 360, after: 3900 / 360, delta: -330 / 360 },
    { row: 0, metric: 'p90Minutes' as const, before: 15, after: 15, delta: 0 },
    // nord: o0 10 → 5 min; beyond unchanged (o1 stays at 15)
    { row: 1, metric: 'beyondWeight' as const, before: 50, after: 50, delta: 0 },
    { row: 1, metric: 'meanMinutes' as const, before: 1750 / 150, after: 1250 / 150, delta: -500 / 150 },
    // Gini nord: [10, 15] → [5, 15] with weights 100, 50: 2/21 → 100,000/(2·150·1250) = 4/15; Δ = 18/105
    { row: 1, metric: 'gini' as const, before: 2 / 21, after: 4 / 15, delta: 18 / 105 },
    // sud: o3 8 → 25 min
    { row: 2, metric: 'beyondWeight' as const, before: 0, after: 10, delta: 10 },
    { row: 2, metric: 'meanMinutes' as const, before: 2480 / 210, after: 2650 / 210, delta: 170 / 210 },
    // Gini sud after: [12 (200), 25 (10)]: 2·200·10·13 / (2·210·2650) = 52,000 / 1,113,000
    { row: 2, metric: 'gini' as const, before: 16000 / (2 * 210 * 2480), after: 52000 / 1113000, delta: 52000 / 1113000 - 16000 / (2 * 210 * 2480) },
  ])('row $row $metric: $before → $after', ({ row, metric, before, after, delta }) => {
    const d = c.rows[row]![metric];
    expect(d.before).toBeCloseTo(before, 12);
    expect(d.after).toBeCloseTo(after, 12);
    expect(d.delta).toBeCloseTo(delta, 12);
  });
  it('Theil deltas are after − before of the overall figures', () => {
    const t = c.rows[0]!.theil;
    expect(t.delta).toBeCloseTo(t.after! - t.before!, 14);
    expect(c.theilBetween.delta! + c.theilWithin.delta!).toBeCloseTo(t.delta!, 12);
  });
  it('the reverse comparison negates every delta', () => {
    const r = compareScenarios(b, a, ctx);
    expect(r.rows[2]!.meanMinutes.delta).toBeCloseTo(-170 / 210, 12);
    expect(r.rows[0]!.beyondWeight.delta).toBe(-10);
  });
  it('closing every MDS: infinite mean, null Gini and a null delta, not NaN', () => {
    const none: Scenario = { ...a, removed: ['mds-a', 'mds-b'] };
    const r = compareScenarios(a, none, ctx);
    expect(r.rows[0]!.meanMinutes.after).toBe(Infinity);
    expect(r.rows[0]!.beyondWeight.after).toBe(360);
    expect(r.rows[0]!.gini).toEqual({ before: weightedGini([10, 15, 12, 8], [100, 50, 200, 10]), after: null, delta: null });
  });
});

describe('speed (printed, not asserted)', () => {
  it('4,500 origins × 13 MDS: full evaluation, and one added site through the fast path', () => {
    const { matrix, weights, groups } = randomInstance(3, 4500, 14, 100);
    const big: AccessContext = {
      matrix,
      weights,
      groups,
      order: ['nord', 'centre', 'sud'],
      sites: Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, kind: i < 13 ? 'mds' : 'candidate', status: i < 13 ? 'ouverte' : null })),
    };
    const s: Scenario = { name: 'x', added: [], removed: [], includePlanned: false, thresholdMin: 20 };
    let t0 = performance.now();
    const f = evaluateScenario(s, big);
    const full = performance.now() - t0;
    t0 = performance.now();
    accessFigures(withSiteAdded(matrix, f.nearest, 13), big, 20);
    const add = performance.now() - t0;
    console.log(`evaluate 4500×13: full ${full.toFixed(1)} ms, add one site + all figures ${add.toFixed(1)} ms`);
    expect(f.groups.map((g) => g.group)).toEqual(['nord', 'centre', 'sud']);
  });
});
