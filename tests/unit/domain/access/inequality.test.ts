import { describe, expect, it } from 'vitest';
import { inequalitySummary } from '../../../../src/domain/access/inequality.ts';

// Scenario A of evaluate-scenario.test.ts: nord = [10 (100), 15 (50)], sud = [12 (200), 8 (10)]
const minutes = [10, 15, 12, 8, Infinity];
const weights = [100, 50, 200, 10, 0];
const groups = ['nord', 'nord', 'sud', 'sud', 'centre'];

describe('inequalitySummary', () => {
  const s = inequalitySummary(minutes, weights, groups, ['nord', 'centre', 'sud']);
  it('nord: P90 15 (cumulative 100, 150 ≥ 135), Gini 2/21 (see gini.test.ts)', () => {
    expect(s.groups[0]!.group).toBe('nord');
    expect(s.groups[0]!.p90Minutes).toBe(15);
    expect(s.groups[0]!.gini).toBeCloseTo(2 / 21, 12);
    // Theil of [10, 15] weights [100, 50]: μ = 35/3; (1/150)[100 (6/7) ln(6/7) + 50 (9/7) ln(9/7)]
    const t = (100 * (6 / 7) * Math.log(6 / 7) + 50 * (9 / 7) * Math.log(9 / 7)) / 150;
    expect(s.groups[0]!.theil).toBeCloseTo(t, 12);
  });
  it('sud: P90 of 8 (10), 12 (200) is 12 (cumulative 10, 210 ≥ 189)', () => expect(s.groups[2]!.p90Minutes).toBe(12));
  it('an empty territory gets nulls (the weight-0 unreachable cell does not count)', () =>
    expect(s.groups[1]).toEqual({ group: 'centre', p90Minutes: null, gini: null, theil: null }));
  it('overall: P90 of 8 (10), 10 (100), 12 (200), 15 (50) is 15 (cumulative 310 < 324 ≤ 360)', () => {
    expect(s.overall.p90Minutes).toBe(15);
    expect(s.overall.theil).toBeCloseTo(s.decomposition!.total, 14);
    expect(s.decomposition!.between + s.decomposition!.within).toBeCloseTo(s.overall.theil!, 12);
  });
  it('the within part is Σ s_g T_g with the per-territory Theil', () => {
    const d = s.decomposition!;
    const nord = d.groups.find((g) => g.group === 'nord')!;
    expect(nord.theil).toBeCloseTo(s.groups[0]!.theil!, 14);
  });
});
