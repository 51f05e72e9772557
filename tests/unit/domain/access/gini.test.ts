import { describe, expect, it } from 'vitest';
import { weightedGini } from '../../../../src/domain/access/gini.ts';

// G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ)
describe('weightedGini', () => {
  it.each([
    // ordered-pair sum of |diff|: 2·(1 + 2 + 1) = 8; W = 3, μ = 2 → 8 / (2·9·2) = 2/9
    { name: '[1, 2, 3]', values: [1, 2, 3], weights: [1, 1, 1], g: 2 / 9 },
    // same as [1, 1, 3]: pairs 2·(2 + 2) = 8; W = 3, μ = 5/3 → 8 / (2·9·5/3) = 4/15
    { name: 'weights act as repetitions', values: [1, 3], weights: [2, 1], g: 4 / 15 },
    { name: 'and equal [1, 1, 3]', values: [1, 1, 3], weights: [1, 1, 1], g: 4 / 15 },
    // one holds everything: 2·3·10 = 60; W = 4, μ = 2.5 → 60/80 = 3/4 = (n − 1)/n
    { name: 'maximum for 4 points', values: [0, 0, 0, 10], weights: [1, 1, 1, 1], g: 0.75 },
    // [10, 15] weights [100, 50]: 2·100·50·5 = 50,000; W = 150, μ = 35/3 → 50,000 / 525,000 = 2/21
    { name: 'two populations', values: [10, 15], weights: [100, 50], g: 2 / 21 },
    { name: 'scale invariant', values: [20, 30], weights: [100, 50], g: 2 / 21 },
    { name: 'all equal', values: [7, 7, 7], weights: [1, 2, 3], g: 0 },
    { name: 'all zero times', values: [0, 0], weights: [1, 1], g: 0 },
    { name: 'unsorted input', values: [3, 1, 2], weights: [1, 1, 1], g: 2 / 9 },
    { name: 'a weight-0 unreachable origin is ignored', values: [1, 2, 3, Infinity], weights: [1, 1, 1, 0], g: 2 / 9 },
  ])('$name → $g', ({ values, weights, g }) => expect(weightedGini(values, weights)).toBeCloseTo(g, 12));

  it.each([
    { name: 'no weight', values: [1, 2], weights: [0, 0] },
    { name: 'nothing', values: [], weights: [] },
    { name: 'an unreachable origin with weight', values: [1, Infinity], weights: [1, 1] },
  ])('null for $name', ({ values, weights }) => expect(weightedGini(values, weights)).toBeNull());
});
