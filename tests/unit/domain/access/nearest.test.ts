import { describe, expect, it } from 'vitest';
import { nearestSites, withSiteAdded, withSiteRemoved } from '../../../../src/domain/access/nearest.ts';
import { denseTimeMatrix, functionTimeMatrix } from '../../../../src/domain/access/time-matrix.ts';
import { randomInstance } from './random-instance.ts';

//        s0  s1  s2
// o0:    10  20   5
// o1:    15  15  30     tie s0/s1 at 15 → s0 (smaller index)
// o2:    40  12  12     tie s1/s2 at 12 → s1
// o3:     8  25  ∞      s2 unreachable from o3
const columns = [
  [10, 15, 40, 8],
  [20, 15, 12, 25],
  [5, 30, 12, Infinity],
];
const m = denseTimeMatrix(4, 3, Float32Array.from(columns.flat()));

const cases = [
  { name: 'all three sites', active: [0, 1, 2], site: [2, 0, 1, 0], minutes: [5, 15, 12, 8] },
  { name: 'order of the list does not matter', active: [2, 1, 0], site: [2, 0, 1, 0], minutes: [5, 15, 12, 8] },
  { name: 'without s0', active: [1, 2], site: [2, 1, 1, 1], minutes: [5, 15, 12, 25] },
  { name: 'only s2: o3 reaches nothing', active: [2], site: [2, 2, 2, -1], minutes: [5, 30, 12, Infinity] },
  { name: 'no site', active: [], site: [-1, -1, -1, -1], minutes: [Infinity, Infinity, Infinity, Infinity] },
];

describe('nearestSites', () => {
  it.each(cases)('$name', ({ active, site, minutes }) => {
    const n = nearestSites(m, active);
    expect([...n.site]).toEqual(site);
    expect([...n.minutes]).toEqual(minutes);
  });
  it('gives the same answer through a function matrix', () => {
    const f = functionTimeMatrix(4, 3, (o, s) => columns[s]![o]!);
    expect(nearestSites(f, [0, 1, 2])).toEqual(nearestSites(m, [0, 1, 2]));
  });
});

describe('withSiteAdded / withSiteRemoved', () => {
  it('adding s0 to {s1, s2} gives the full answer, and leaves the input alone', () => {
    const before = nearestSites(m, [1, 2]);
    const copy = { site: before.site.slice(), minutes: before.minutes.slice() };
    // o1: 15 vs current 15 (s1) → tie, s0 has the smaller index → s0; o3: 8 < 25 → s0
    const after = withSiteAdded(m, before, 0);
    expect([...after.site]).toEqual([2, 0, 1, 0]);
    expect(before).toEqual(copy);
  });
  it('removing s1 from all three recomputes only its origins', () => {
    const calls: number[] = [];
    const f = functionTimeMatrix(4, 3, (o, s) => (calls.push(o), columns[s]![o]!));
    const full = nearestSites(m, [0, 1, 2]);
    // only o2 had s1 as nearest; its alternatives are s0 (40) and s2 (12) → s2
    const after = withSiteRemoved(f, full, [0, 2], 1);
    expect([...after.site]).toEqual([2, 0, 2, 0]);
    expect([...after.minutes]).toEqual([5, 15, 12, 8]);
    expect(new Set(calls)).toEqual(new Set([2]));
  });
  it('removing the last site leaves −1 and Infinity', () => {
    const after = withSiteRemoved(m, nearestSites(m, [2]), [], 2);
    expect([...after.site]).toEqual([-1, -1, -1, -1]);
  });

  // Random add/remove sequences: the incremental arrays must equal a full recomputation at every step.
  it.each([1, 2, 3, 4, 5])('matches a full recomputation along a random sequence (seed %i)', (seed) => {
    const { matrix } = randomInstance(seed, 300, 15, 30);
    let active = [0, 3, 7];
    let n = nearestSites(matrix, active);
    const order = [5, 0, 11, 3, 14, 7, 2, 5, 9, 11, 0, 1];
    for (const s of order) {
      if (active.includes(s)) {
        active = active.filter((a) => a !== s);
        n = withSiteRemoved(matrix, n, active, s);
      } else {
        active = [...active, s];
        n = withSiteAdded(matrix, n, s);
      }
      expect(n).toEqual(nearestSites(matrix, active));
    }
  });
});

describe('speed (printed, not asserted)', () => {
  it('4,500 origins × 13 sites: full, add, remove', () => {
    const { matrix } = randomInstance(42, 4500, 14, 100);
    const active = Array.from({ length: 13 }, (_, s) => s);
    let t0 = performance.now();
    const n = nearestSites(matrix, active);
    const full = performance.now() - t0;
    t0 = performance.now();
    const added = withSiteAdded(matrix, n, 13);
    const add = performance.now() - t0;
    t0 = performance.now();
    withSiteRemoved(matrix, added, active.slice(1).concat(13), 0);
    const remove = performance.now() - t0;
    console.log(`nearest 4500×13: full ${full.toFixed(2)} ms, add ${add.toFixed(2)} ms, remove ${remove.toFixed(2)} ms`);
    expect(n.site.every((s) => s >= 0)).toBe(true);
  });
});
