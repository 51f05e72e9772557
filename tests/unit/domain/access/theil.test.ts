import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { theilDecomposition, theilIndex } from '../../../../src/domain/access/theil.ts';

// T = (1/W) Σ w_i (x_i/μ) ln(x_i/μ)
describe('theilIndex', () => {
  it.each([
    // μ = 2: ½[½ ln ½ + (3/2) ln(3/2)] = ½[−0.346574 + 0.608198] = 0.130812
    { name: '[1, 3]', values: [1, 3], weights: [1, 1], t: 0.5 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5)) },
    { name: '[1, 3] ≈ 0.130812', values: [1, 3], weights: [1, 1], t: 0.130812 },
    // μ = 1: ½[0·ln 0 (= 0) + 2 ln 2] = ln 2, the maximum ln(W/w_i) for two points
    { name: 'zero time counts 0·ln 0 = 0', values: [0, 2], weights: [1, 1], t: Math.LN2 },
    // μ = 1: ¼ · 4 ln 4 = ln 4
    { name: 'one point holds all', values: [0, 0, 0, 4], weights: [1, 1, 1, 1], t: Math.log(4) },
    // = [1, 1, 3]: μ = 5/3, (1/3)[2·0.6 ln 0.6 + 1.8 ln 1.8] = (1/3)[−0.612991 + 1.058016] = 0.148342
    { name: 'weights act as repetitions', values: [1, 3], weights: [2, 1], t: 0.148342 },
    { name: 'scale invariant', values: [2, 6], weights: [2, 1], t: 0.148342 },
    { name: 'all equal', values: [5, 5, 5], weights: [1, 4, 2], t: 0 },
    { name: 'all zero', values: [0, 0], weights: [3, 1], t: 0 },
  ])('$name', ({ values, weights, t }) => expect(theilIndex(values, weights)).toBeCloseTo(t, 6));

  it.each([
    { name: 'no weight', values: [1], weights: [0] },
    { name: 'an unreachable origin with weight', values: [1, Infinity], weights: [1, 1] },
  ])('null for $name', ({ values, weights }) => expect(theilIndex(values, weights)).toBeNull());
});

describe('theilDecomposition', () => {
  it('hand-worked: A = [1, 3], B = [2, 6]', () => {
    // μ_A = 2, μ_B = 4, μ = 3, W = 4 → s_A = 2·2/(4·3) = 1/3, s_B = 2·4/12 = 2/3
    // T_A = T_B = 0.130812 (B is A × 2) → within = 0.130812
    // between = (1/3) ln(2/3) + (2/3) ln(4/3) = −0.135155 + 0.191788 = 0.056633
    // direct: ¼[(1/3) ln(1/3) + 0 + (2/3) ln(2/3) + 2 ln 2] = ¼[−0.366204 − 0.270310 + 1.386294] = 0.187445
    const d = theilDecomposition([1, 3, 2, 6], [1, 1, 1, 1], ['A', 'A', 'B', 'B'])!;
    expect(d.total).toBeCloseTo(0.187445, 6);
    expect(d.between).toBeCloseTo(0.056633, 6);
    expect(d.within).toBeCloseTo(0.130812, 6);
    expect(d.groups.map((g) => [g.group, g.weight, g.mean, g.share])).toEqual([
      ['A', 2, 2, 1 / 3],
      ['B', 2, 4, 2 / 3],
    ]);
  });
  it('hand-worked: a group with only zero times has share 0', () => {
    // A = [0, 0]: μ_A = 0, s_A = 0, T_A := 0. B = [2, 4]: μ_B = 3, μ = 1.5, s_B = 1
    // between = 1 · ln(3/1.5) = ln 2; within = T_B = ½[(2/3) ln(2/3) + (4/3) ln(4/3)] = 0.056633
    // direct: ¼[(4/3) ln(4/3) + (8/3) ln(8/3)] = ¼[0.383576 + 2.615545] = 0.749780 = ln 2 + 0.056633
    const d = theilDecomposition([0, 0, 2, 4], [1, 1, 1, 1], ['A', 'A', 'B', 'B'])!;
    expect(d.groups[0]).toEqual({ group: 'A', weight: 2, mean: 0, share: 0, theil: 0 });
    expect(d.between).toBeCloseTo(Math.LN2, 12);
    expect(d.within).toBeCloseTo(0.056633, 6);
    expect(d.total).toBeCloseTo(0.74978, 5);
  });
  it('equal group means: everything is within', () => {
    const d = theilDecomposition([1, 3, 0, 4], [1, 1, 1, 1], ['A', 'A', 'B', 'B'])!;
    expect(d.between).toBeCloseTo(0, 14);
    expect(d.within).toBeCloseTo(d.total, 14);
  });
  it('an ordered absent group is listed with weight 0', () => {
    const d = theilDecomposition([1, 3], [1, 1], ['A', 'A'], ['B', 'A'])!;
    expect(d.groups.map((g) => [g.group, g.weight, g.share])).toEqual([['B', 0, 0], ['A', 2, 1]]);
    expect(d.between).toBe(0);
  });
  it('null when nothing is weighted', () => expect(theilDecomposition([1], [0], ['A'])).toBeNull());

  // The decomposition is an identity: between + within must equal the directly computed total.
  it.each([1, 2, 3, 4, 5, 6])('between + within = total on random data (seed %i)', (seed) => {
    const rand = randomLcg(seed);
    const n = 200;
    const values = Array.from({ length: n }, () => (rand() < 0.05 ? 0 : rand() * 60));
    const weights = Array.from({ length: n }, () => (rand() < 0.1 ? 0 : rand() * 500));
    const groups = Array.from({ length: n }, () => ['nord', 'centre', 'sud'][Math.floor(rand() * 3)]!);
    const d = theilDecomposition(values, weights, groups)!;
    expect(d.total).toBeGreaterThan(0.01);
    expect(d.between).toBeGreaterThanOrEqual(0);
    expect(d.between + d.within).toBeCloseTo(d.total, 12);
    expect(d.groups.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 12);
  });
});
