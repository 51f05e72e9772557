import { describe, expect, it } from 'vitest';
import { denseTimeMatrix } from '../../../../src/domain/access/time-matrix.ts';
import { stepDecayThirds, twoStepFca } from '../../../../src/domain/access/two-step-fca.ts';
import { weightedMeanByKey } from '../../../../src/domain/access/weighted-mean-by-key.ts';

//        s0   s1   s2       d0 = 30 min, population 100, 200, 300, capacity 1, 2, 5
// o0:     5   40   50
// o1:    20   25   50
// o2:    35   10   50       s2 reaches no one within 30 min
const m = denseTimeMatrix(3, 3, Float32Array.from([5, 20, 35, 40, 25, 10, 50, 50, 50]));
const pop = [100, 200, 300];
const capacity = [1, 2, 5];

describe('twoStepFca, plain (f = 1 within d0)', () => {
  // R0 = 1 / (100 + 200) = 1/300 ; R1 = 2 / (200 + 300) = 1/250 ; R2: empty catchment → 0
  // A0 = R0 = 1/300 ; A1 = R0 + R1 = 11/1500 ; A2 = R1 = 1/250
  const r = twoStepFca(m, [0, 1, 2], pop, { d0: 30, capacity });
  it.each([
    { name: 'R0', got: () => r.ratio[0], want: 1 / 300 },
    { name: 'R1', got: () => r.ratio[1], want: 1 / 250 },
    { name: 'R2 (empty catchment)', got: () => r.ratio[2], want: 0 },
    { name: 'A0', got: () => r.access[0], want: 1 / 300 },
    { name: 'A1', got: () => r.access[1], want: 11 / 1500 },
    { name: 'A2', got: () => r.access[2], want: 1 / 250 },
  ])('$name', ({ got, want }) => expect(got()).toBeCloseTo(want, 15));
  it('conserves capacity: Σ P_i A_i = 1 + 2 (s2 reaches nobody)', () =>
    expect(pop.reduce((s, p, i) => s + p * r.access[i]!, 0)).toBeCloseTo(3, 12));
});

describe('twoStepFca with step decay by thirds of d0', () => {
  const f = stepDecayThirds(30);
  it.each([
    { t: 0, w: 1 },
    { t: 10, w: 1 }, // bound belongs to the nearer band
    { t: 10.01, w: 0.66 },
    { t: 20, w: 0.66 },
    { t: 25, w: 0.33 },
    { t: 30, w: 0.33 },
    { t: 30.01, w: 0 },
  ])('f($t) = $w', ({ t, w }) => expect(f(t)).toBe(w));

  // s0: o0 at 5 (1), o1 at 20 (0.66) → demand 100 + 132 = 232, R0 = 1/232
  // s1: o1 at 25 (0.33), o2 at 10 (1) → demand 66 + 300 = 366, R1 = 2/366 = 1/183
  // A0 = 1/232 ; A1 = 0.66/232 + 0.33/183 ; A2 = 1/183
  const r = twoStepFca(m, [0, 1], pop, { d0: 30, capacity, decay: f });
  it.each([
    { name: 'R0', got: () => r.ratio[0], want: 1 / 232 },
    { name: 'R1', got: () => r.ratio[1], want: 1 / 183 },
    { name: 'A0', got: () => r.access[0], want: 1 / 232 },
    { name: 'A1', got: () => r.access[1], want: 0.66 / 232 + 0.33 / 183 },
    { name: 'A2', got: () => r.access[2], want: 1 / 183 },
  ])('$name', ({ got, want }) => expect(got()).toBeCloseTo(want, 15));
  it('still conserves capacity: Σ P_i A_i = 3', () =>
    expect(pop.reduce((s, p, i) => s + p * r.access[i]!, 0)).toBeCloseTo(3, 12));
});

describe('twoStepFca edge cases', () => {
  it('capacity defaults to 1 and inactive sites are ignored', () => {
    // only s1: R1 = 1/500; o0 is 40 min away → 0
    const r = twoStepFca(m, [1, 1], pop, { d0: 30 });
    expect([...r.ratio]).toEqual([0, 1 / 500, 0]);
    expect([...r.access]).toEqual([0, 1 / 500, 1 / 500]);
  });
  it('an origin exactly d0 away is inside the catchment', () => {
    // d0 = 25: s1 reaches o1 (25, included) and o2 (10) → R1 = 1/500 (1/300 if 25 were excluded)
    expect(twoStepFca(m, [1], pop, { d0: 25 }).ratio[1]).toBe(1 / 500);
  });
  it('a site whose only reachable origin is empty has R = 0', () => {
    const r = twoStepFca(m, [0], [0, 0, 300], { d0: 30 });
    expect(r.ratio[0]).toBe(0);
    expect([...r.access]).toEqual([0, 0, 0]);
  });
});

describe('weightedMeanByKey', () => {
  it('aggregates 2SFCA per commune by population', () => {
    const { access } = twoStepFca(m, [0, 1, 2], pop, { d0: 30, capacity });
    // commune A = o0, o1: (100 · 1/300 + 200 · 11/1500) / 300 = (1/3 + 22/15) / 300 = 1.8 / 300 = 0.006
    const means = weightedMeanByKey(access, pop, ['41001', '41001', '41002']);
    expect([...means.keys()]).toEqual(['41001', '41002']);
    expect(means.get('41001')).toBeCloseTo(0.006, 15);
    expect(means.get('41002')).toBeCloseTo(0.004, 15);
  });
  it('null for a commune with no population, NaN-free with an Infinity of weight 0', () => {
    const means = weightedMeanByKey([5, Infinity, 7], [2, 0, 0], ['a', 'a', 'b']);
    expect(means).toEqual(new Map([['a', 5], ['b', null]]));
  });
});
