import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { weightedQuantile } from '../../../../src/domain/access/weighted-quantile.ts';

// Definition: Q(p) = smallest x_i (w_i > 0) with Σ_{x_j ≤ x_i} w_j ≥ p·W.
describe('weightedQuantile', () => {
  it.each([
    // equal weights, W = 4, cumulative 1, 2, 3, 4
    { name: 'P90: 3.6 needs the 4th', values: [10, 20, 30, 40], weights: [1, 1, 1, 1], p: 0.9, q: 40 },
    { name: 'P75: cumulative 3 ≥ 3 exactly → 30', values: [10, 20, 30, 40], weights: [1, 1, 1, 1], p: 0.75, q: 30 },
    { name: 'P50 → 20 (no averaging of 20 and 30)', values: [10, 20, 30, 40], weights: [1, 1, 1, 1], p: 0.5, q: 20 },
    { name: 'p = 0.25 → 10', values: [10, 20, 30, 40], weights: [1, 1, 1, 1], p: 0.25, q: 10 },
    { name: 'p just above 0.25 → 20', values: [10, 20, 30, 40], weights: [1, 1, 1, 1], p: 0.2501, q: 20 },
    { name: 'p = 0 → minimum', values: [30, 10, 20], weights: [1, 1, 1], p: 0, q: 10 },
    { name: 'p = 1 → maximum', values: [30, 10, 20], weights: [1, 1, 1], p: 1, q: 30 },
    // population weights, W = 360, sorted 5 (100), 12 (200), 15 (50), 25 (10): cumulative 100, 300, 350, 360
    { name: 'weighted P90: 324 reached at 15', values: [5, 15, 12, 25], weights: [100, 50, 200, 10], p: 0.9, q: 15 },
    { name: 'weighted P50: 180 reached at 12', values: [5, 15, 12, 25], weights: [100, 50, 200, 10], p: 0.5, q: 12 },
    { name: 'p = 350/360 → 15 (cumulative share exactly p)', values: [5, 15, 12, 25], weights: [100, 50, 200, 10], p: 350 / 360, q: 15 },
    { name: 'p = 0.98 → 25', values: [5, 15, 12, 25], weights: [100, 50, 200, 10], p: 0.98, q: 25 },
    // ties: sorted 1, 2, 3, 3 — the two 3s count together (cumulative 1, 2, 4)
    { name: 'ties counted together', values: [3, 1, 3, 2], weights: [1, 1, 1, 1], p: 0.6, q: 3 },
    // 0.7 + 0.1 = 0.7999999999999999 in floating point: without the 1e-12 tolerance P80 would be 3
    { name: 'rounding of cumulative weights does not skip a value', values: [1, 2, 3], weights: [0.7, 0.1, 0.2], p: 0.8, q: 2 },
    { name: 'weights 0.1 × 10, P30 → 3rd', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], weights: Array(10).fill(0.1), p: 0.3, q: 3 },
    { name: 'zero weight ignored even at the top', values: [100, 1, 2], weights: [0, 1, 1], p: 1, q: 2 },
    { name: 'NaN value ignored', values: [NaN, 1, 2], weights: [5, 1, 1], p: 1, q: 2 },
    { name: 'unreachable origins: P90 is Infinity', values: [1, Infinity], weights: [1, 1], p: 0.9, q: Infinity },
    { name: 'unreachable origins: P50 is finite', values: [1, Infinity], weights: [1, 1], p: 0.5, q: 1 },
  ])('$name', ({ values, weights, p, q }) => expect(weightedQuantile(values, weights, p)).toBe(q));

  it.each([
    { name: 'no values', values: [], weights: [] },
    { name: 'all weights zero', values: [1, 2], weights: [0, 0] },
  ])('null when $name', ({ values, weights }) => expect(weightedQuantile(values, weights, 0.9)).toBeNull());

  it.each([-0.1, 1.1, NaN])('rejects p = %s', (p) => expect(() => weightedQuantile([1], [1], p)).toThrow(RangeError));

  // With n equal weights, Q(r/n) and Q((r − 0.5)/n) are both the r-th smallest value.
  it.each([1, 2, 3])('equal weights give order statistics (seed %i)', (seed) => {
    const rand = randomLcg(seed);
    const n = 37;
    const values = Array.from({ length: n }, () => Math.round(rand() * 600) / 10);
    const sorted = [...values].sort((a, b) => a - b);
    const w = Array(n).fill(2.5);
    for (const r of [1, 5, 19, 33, 34, 37]) {
      expect(weightedQuantile(values, w, r / n)).toBe(sorted[r - 1]);
      expect(weightedQuantile(values, w, (r - 0.5) / n)).toBe(sorted[r - 1]);
    }
  });
});
