import { describe, expect, it } from 'vitest';
import { exhaustiveOptimum } from '../../../../src/domain/access/exhaustive.ts';
import { nearestSites } from '../../../../src/domain/access/nearest.ts';
import { isBetter, objectiveValue, type Objective } from '../../../../src/domain/access/objective.ts';
import { optimiseSites } from '../../../../src/domain/access/optimise.ts';
import { denseTimeMatrix } from '../../../../src/domain/access/time-matrix.ts';
import { randomInstance } from './random-instance.ts';

// p-median fixture: 4 origins of weight 1, candidates c0, c1, c2 (sites 0–2), fixed site f (3).
//        c0  c1  c2   f
// o0:     1   4   9  10
// o1:     9   4   1  10
// o2:     1   4   9  10
// o3:     9   4   1  10
// before: mean 10.
// greedy 1: c0 → 1+9+1+9 = 20, c1 → 16, c2 → 20 → c1 (mean 4)
// greedy 2: c0 → 1+4+1+4 = 10, c2 → 4+1+4+1 = 10 → tie, c0 listed first (mean 2.5)
// swap pass 1: drop c1 → [1, 9, 1, 9], add c2 → [1, 1, 1, 1] = 4 < 10: accept → {c2, c0}
//              drop c0 → [9, 1, 9, 1], add c1 → [4, 1, 4, 1] = 10 > 4: no
// swap pass 2: nothing improves → passes 2, swaps 1, mean 1 (the optimum: every origin 1 min away)
// final order from f alone: c2 → 20 and c0 → 20 tie, c2 first in the swapped set; gains 10 − 5 = 5, 5 − 1 = 4
const pmed = denseTimeMatrix(4, 4, Float32Array.from([1, 9, 1, 9, 4, 4, 4, 4, 9, 1, 9, 1, 10, 10, 10, 10]));
const ones = [1, 1, 1, 1];
const median: Objective = { kind: 'p-median' };

// Coverage fixture (threshold 5; 2 = covered, 20 = not): cA covers o1–o4, cB o0–o2, cC o3–o5.
// greedy: cA (4), then cB or cC adds 1 → tie, cB → 5. swap: drop cA → cB covers 3, add cC → 6: accept.
// final order: cC 3, cB 3 tie → cC first (swapped set is [cC, cB]); gains 3, 3.
const cov = denseTimeMatrix(6, 3, Float32Array.from([
  20, 2, 2, 2, 2, 20, // cA
  2, 2, 2, 20, 20, 20, // cB
  20, 20, 20, 2, 2, 2, // cC
]));
const within5: Objective = { kind: 'coverage', thresholdMin: 5 };

describe('optimiseSites on hand-worked fixtures', () => {
  it.each([
    {
      name: 'p-median, greedy then swap',
      input: { matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: ones, k: 2, objective: median },
      want: { chosen: [2, 0], gains: [5, 4], before: 10, greedy: 2.5, after: 1, passes: 2, swaps: 1 },
    },
    {
      name: 'p-median, greedy only',
      // order of {c1, c0} from f: c1 (16 → mean 4, gain 6), then c0 (mean 2.5, gain 1.5)
      input: { matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: ones, k: 2, objective: median, swap: false },
      want: { chosen: [1, 0], gains: [6, 1.5], before: 10, greedy: 2.5, after: 2.5, passes: 0, swaps: 0 },
    },
    {
      name: 'p-median, k = 1 is exact by greedy alone',
      input: { matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: ones, k: 1, objective: median },
      want: { chosen: [1], gains: [6], before: 10, greedy: 4, after: 4, passes: 1, swaps: 0 },
    },
    {
      name: 'coverage 4 min on the p-median fixture: c1 covers all, then nothing to gain',
      input: { matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: ones, k: 2, objective: { kind: 'coverage' as const, thresholdMin: 4 } },
      want: { chosen: [1, 0], gains: [4, 0], before: 0, greedy: 4, after: 4, passes: 1, swaps: 0 },
    },
    {
      name: 'maximal covering, greedy then swap',
      input: { matrix: cov, fixed: [], candidates: [0, 1, 2], weights: [1, 1, 1, 1, 1, 1], k: 2, objective: within5 },
      want: { chosen: [2, 1], gains: [3, 3], before: 0, greedy: 5, after: 6, passes: 2, swaps: 1 },
    },
    {
      name: 'k above the number of candidates is capped; candidates already open are dropped',
      input: { matrix: pmed, fixed: [3, 1], candidates: [0, 1, 2, 2], weights: ones, k: 5, objective: median },
      // fixed {f, c1}: mean 4; add c0 → 10/4, then c2 → 4/4
      want: { chosen: [0, 2], gains: [1.5, 1.5], before: 4, greedy: 1, after: 1, passes: 1, swaps: 0 },
    },
    {
      name: 'k = 0',
      input: { matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: ones, k: 0, objective: median },
      want: { chosen: [], gains: [], before: 10, greedy: 10, after: 10, passes: 0, swaps: 0 },
    },
  ])('$name', ({ input, want }) => {
    const r = optimiseSites(input);
    expect(r.chosen).toEqual(want.chosen);
    r.gains.forEach((g, i) => expect(g).toBeCloseTo(want.gains[i]!, 12));
    expect(r.gains).toHaveLength(want.gains.length);
    expect(r.before).toBeCloseTo(want.before, 12);
    expect(r.greedy).toBeCloseTo(want.greedy, 12);
    expect(r.after).toBeCloseTo(want.after, 12);
    expect([r.passes, r.swaps]).toEqual([want.passes, want.swaps]);
  });

  it('with no site open, the p-median starts from Infinity and the first gain is infinite', () => {
    // c1 alone: mean 4; then c0 and c2 tie at 10/4 → c0
    const r = optimiseSites({ matrix: pmed, fixed: [], candidates: [0, 1, 2], weights: ones, k: 2, objective: median, swap: false });
    expect(r.before).toBe(Infinity);
    expect(r.chosen).toEqual([1, 0]);
    expect(r.gains).toEqual([Infinity, 1.5]);
  });
  it('weights matter: fragile people only in o1 and o3 → c2 alone serves them at 1 min', () => {
    const r = optimiseSites({ matrix: pmed, fixed: [3], candidates: [0, 1, 2], weights: [0, 3, 0, 1], k: 1, objective: median });
    expect(r.chosen).toEqual([2]);
    expect(r.after).toBe(1);
  });
  it('throws when the weights sum to 0', () =>
    expect(() => optimiseSites({ matrix: pmed, fixed: [3], candidates: [0], weights: [0, 0, 0, 0], k: 1, objective: median })).toThrow(RangeError));
});

describe('exhaustiveOptimum', () => {
  it('finds the hand-worked optima', () => {
    expect(exhaustiveOptimum(pmed, [3], [0, 1, 2], ones, 2, median)).toEqual({ chosen: [0, 2], value: 1, subsets: 3 });
    expect(exhaustiveOptimum(cov, [], [0, 1, 2], [1, 1, 1, 1, 1, 1], 2, within5)).toEqual({ chosen: [1, 2], value: 6, subsets: 3 });
  });
  it('ties go to the first subset in candidate-list order', () => {
    // within 1 min: c0 covers o0, o2 (2); c2 covers o1, o3 (2); c1 nobody → c2 and c0 tie, c2 is listed first
    expect(exhaustiveOptimum(pmed, [3], [2, 0, 1], ones, 1, { kind: 'coverage', thresholdMin: 1 }).chosen).toEqual([2]);
  });
  it('refuses instances too large to enumerate', () => {
    const { matrix, weights } = randomInstance(1, 5, 60);
    const all = Array.from({ length: 60 }, (_, i) => i);
    expect(() => exhaustiveOptimum(matrix, [], all, weights, 5, median)).toThrow(RangeError); // C(60, 5) = 5.4 M
  });
});

// ---- greedy + swap against the exact optimum on seeded random instances ----------------------

const objectives: Objective[] = [{ kind: 'p-median' }, { kind: 'coverage', thresholdMin: 20 }];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function solveBoth(seed: number, nOrigins: number, nSites: number, k: number, objective: Objective) {
  const { matrix, weights } = randomInstance(seed, nOrigins, nSites, 60);
  const fixed = [0, 1];
  const candidates = Array.from({ length: nSites - 2 }, (_, i) => i + 2);
  const input = { matrix, fixed, candidates, weights, k, objective };
  return {
    heuristic: optimiseSites(input),
    greedyOnly: optimiseSites({ ...input, swap: false }),
    exact: exhaustiveOptimum(matrix, fixed, candidates, weights, k, objective),
    check: (chosen: number[]) => objectiveValue(nearestSites(matrix, [...fixed, ...chosen]).minutes, weights, objective),
  };
}

const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

describe('greedy + swap vs brute force, 30 origins × 10 sites (2 fixed, 8 candidates)', () => {
  // Found by running: on these 320 instances greedy + swap always reaches the optimum, while the
  // greedy phase alone misses it on 27 of them (so the swap step is what makes them pass).
  const cases = [1, 2, 3, 4].flatMap((k) => objectives.map((objective) => ({ k, objective, label: `k=${k} ${objective.kind}` })));
  it.each(cases)('$label: equals the optimum on 40 seeds', ({ k, objective }) => {
    for (const seed of seeds) {
      const { heuristic, exact } = solveBoth(seed, 30, 10, k, objective);
      expect(close(heuristic.after, exact.value), `seed ${seed}`).toBe(true);
      expect([...heuristic.chosen].sort((a, b) => a - b)).toHaveLength(exact.chosen.length);
    }
  });
  it('greedy alone misses the optimum on some of them (the test is not trivial)', () => {
    let misses = 0;
    for (const { k, objective } of cases) {
      for (const seed of seeds) {
        const { greedyOnly, exact } = solveBoth(seed, 30, 10, k, objective);
        if (!close(greedyOnly.after, exact.value)) misses++;
      }
    }
    expect(misses).toBeGreaterThanOrEqual(20);
  });
});

describe('greedy + swap vs brute force, larger instances where it is not always optimal', () => {
  // Instances where greedy + swap stopped at a local optimum when this test was written
  // (objective value: heuristic vs exact). A better heuristic may shrink this list, never grow it.
  const KNOWN_GAPS = new Set([
    '40x12 k=2 p-median seed 8', // 19.134 vs 19.033 min
    '40x12 k=2 p-median seed 21', // 17.507 vs 17.260 min
    '40x12 k=3 coverage seed 15', // 1545 vs 1575 people
    '60x14 k=4 p-median seed 15', // 13.234 vs 13.125 min
    '60x14 k=4 p-median seed 34', // 13.657 vs 13.522 min
    '60x14 k=4 coverage seed 3', // 2982 vs 3141 people
    '60x14 k=4 coverage seed 26', // 2686 vs 2702 people
  ]);
  const sizes = [
    { nOrigins: 40, nSites: 12, k: 2 },
    { nOrigins: 40, nSites: 12, k: 3 },
    { nOrigins: 60, nSites: 14, k: 4 },
  ];
  const cases = sizes.flatMap((s) => objectives.map((objective) => ({ ...s, objective, label: `${s.nOrigins}x${s.nSites} k=${s.k} ${objective.kind}` })));
  it.each(cases)('$label: never beats the optimum, never loses to greedy or the current plan', ({ nOrigins, nSites, k, objective, label }) => {
    for (const seed of seeds) {
      const { heuristic: h, exact, check } = solveBoth(seed, nOrigins, nSites, k, objective);
      const name = `${label} seed ${seed}`;
      // an exact optimum cannot be beaten
      expect(isBetter(h.after, exact.value, objective) && !close(h.after, exact.value), name).toBe(false);
      if (!close(h.after, exact.value)) expect(KNOWN_GAPS.has(name), `new gap: ${name}`).toBe(true);
      // adding sites never makes the objective worse; swaps never undo the greedy phase
      expect(isBetter(h.before, h.after, objective), name).toBe(false);
      expect(isBetter(h.greedy, h.after, objective) && !close(h.greedy, h.after), name).toBe(false);
      expect(h.gains.every((g) => g >= -1e-9), name).toBe(true);
      // reported values agree with an independent evaluation of the chosen set
      expect(close(h.after, check(h.chosen)), name).toBe(true);
      expect(h.gains.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.abs(h.after - h.before), 9);
      expect(new Set(h.chosen).size).toBe(k);
      expect(h.chosen.every((c) => c >= 2)).toBe(true);
    }
  });
});

describe('speed (printed, not asserted)', () => {
  it('k = 1..5 among 268 candidates, 4,500 origins, 12 fixed sites', () => {
    const { matrix, weights } = randomInstance(7, 4500, 280, 100);
    const fixed = Array.from({ length: 12 }, (_, i) => i);
    const candidates = Array.from({ length: 268 }, (_, i) => i + 12);
    const lines: string[] = [];
    for (const objective of [{ kind: 'p-median' }, { kind: 'coverage', thresholdMin: 20 }] as Objective[]) {
      for (const k of [1, 5]) {
        const t0 = performance.now();
        const r = optimiseSites({ matrix, fixed, candidates, weights, k, objective });
        const ms = performance.now() - t0;
        lines.push(`${objective.kind} k=${k}: ${ms.toFixed(0)} ms, ${r.passes} passes, ${r.swaps} swaps, ${r.before.toFixed(2)} → ${r.greedy.toFixed(2)} → ${r.after.toFixed(2)}`);
        expect(r.chosen).toHaveLength(k);
      }
    }
    console.log(`optimiseSites 4500 × 280:\n  ${lines.join('\n  ')}`);
  });
});
