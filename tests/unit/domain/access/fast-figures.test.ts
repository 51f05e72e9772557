// The national-scale paths of the figures (radix sort, integer group slots, per-territory reuse,
// incremental sort, results kept for a threshold change) against the definitions they replace:
// the same numbers, bit for bit.
import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { activeSites } from '../../../../src/domain/access/active-sites.ts';
import { coverageSummary } from '../../../../src/domain/access/coverage.ts';
import { weightedGini } from '../../../../src/domain/access/gini.ts';
import { inequalitySummary } from '../../../../src/domain/access/inequality.ts';
import { buildKdTree, boxDistance, pointDistance } from '../../../../src/domain/access/kd-tree.ts';
import type { AccessSite } from '../../../../src/domain/access/scenario.ts';
import { sortedByValue } from '../../../../src/domain/access/sorted-order.ts';
import { unitVector } from '../../../../src/domain/access/sphere.ts';
import { theilDecomposition, theilIndex } from '../../../../src/domain/access/theil.ts';
import { weightedQuantile } from '../../../../src/domain/access/weighted-quantile.ts';

/** inequalitySummary as first written: each index by its own function, group by group. */
function reference(minutes: ArrayLike<number>, weights: ArrayLike<number>, groups: ArrayLike<string>, order?: readonly string[]) {
  const members = new Map<string, number[]>();
  for (const g of order ?? []) members.set(g, []);
  for (let i = 0; i < minutes.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const list = members.get(groups[i] as string);
    if (list) list.push(i);
    else members.set(groups[i] as string, [i]);
  }
  const row = (group: string | null, x: ArrayLike<number>, w: ArrayLike<number>) => ({
    group,
    p90Minutes: weightedQuantile(x, w, 0.9),
    gini: weightedGini(x, w),
    theil: theilIndex(x, w),
  });
  return {
    overall: row(null, minutes, weights),
    groups: [...members].map(([g, l]) => row(g, Float64Array.from(l, (i) => minutes[i] as number), Float64Array.from(l, (i) => weights[i] as number))),
    decomposition: theilDecomposition(minutes, weights, groups, order),
  };
}

function instance(seed: number, n: number, opts: { infinite?: boolean; groups?: number } = {}) {
  const rand = randomLcg(seed);
  const minutes = Float32Array.from({ length: n }, () => (opts.infinite && rand() < 0.01 ? Infinity : Math.round(rand() * 600) / 10));
  const weights = Float64Array.from({ length: n }, () => (rand() < 0.1 ? 0 : Math.round(rand() * 1000) / 10));
  const names = ['nord', 'centre', 'sud', 'autre', 'S1M-nord'].slice(0, opts.groups ?? 5);
  // contiguous runs of a territory, as origins are stored commune by commune
  const groups = Array.from({ length: n }, (_, i) => names[Math.floor((i / n) * names.length * 3) % names.length] as string);
  return { minutes, weights, groups };
}

describe('sortedByValue', () => {
  it('sorts by value, then index; −0 and 0 tie; Infinity last', () => {
    // i: 0  1  2  3   4   5   6
    const v = [3, 1, 2, 1, -0, 0, Infinity];
    expect([...sortedByValue(v)]).toEqual([4, 5, 1, 3, 2, 0, 6]);
    expect([...sortedByValue(v, Int32Array.from([0, 2, 3, 6]))]).toEqual([3, 2, 0, 6]);
  });
  it('leaves NaN out', () => expect([...sortedByValue([2, NaN, 1])]).toEqual([2, 0]));
  it.each([
    { kind: 'Float32Array', make: (x: number[]) => Float32Array.from(x) },
    { kind: 'Float64Array', make: (x: number[]) => Float64Array.from(x) },
    { kind: 'Array', make: (x: number[]) => x },
  ])('radix sort (n > 4096) = comparator sort, $kind with ties and negatives', ({ make }) => {
    const rand = randomLcg(9);
    const raw = Array.from({ length: 20_000 }, () => (rand() < 0.05 ? -0 : Math.round((rand() - 0.2) * 500) / 4));
    raw[17] = Infinity;
    raw[18] = -Infinity;
    const values = make(raw);
    const expected = Array.from({ length: raw.length }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    expect([...sortedByValue(values)]).toEqual(expected);
  });
});

describe('inequalitySummary = the per-index definitions', () => {
  it.each([
    { n: 12, seed: 1 },
    { n: 300, seed: 2, infinite: true },
    { n: 6000, seed: 3 }, // above the radix threshold
    { n: 20_000, seed: 4, infinite: true },
    { n: 20_000, seed: 5, groups: 2 },
  ])('n = $n, seed $seed', ({ n, seed, infinite, groups }) => {
    const x = instance(seed, n, { infinite, groups });
    for (const order of [['nord', 'centre', 'sud', 'absent'], undefined]) {
      expect(inequalitySummary(x.minutes, x.weights, x.groups, order)).toEqual(reference(x.minutes, x.weights, x.groups, order));
    }
  });

  it('stays exact along a sequence of changes (incremental sort, territories reused)', () => {
    const x = instance(6, 20_000);
    const order = ['nord', 'centre', 'sud'];
    const rand = randomLcg(60);
    let minutes = x.minutes;
    const plan = x.minutes.slice();
    for (let step = 0; step < 6; step++) {
      // a "site added": a run of 200 consecutive origins (one territory) gets shorter times
      const next = minutes.slice();
      const from = Math.floor(rand() * (next.length - 200));
      for (let i = from; i < from + 200; i++) next[i] = Math.fround(Math.min(next[i] as number, Math.round(rand() * 100) / 10));
      minutes = next;
      for (const [mins, w] of [
        [minutes, x.weights],
        [plan, x.weights],
      ] as const) {
        expect(inequalitySummary(mins, w, x.groups, order)).toEqual(reference(mins, w, x.groups, order));
      }
    }
  });

  it('an array changed in place is recomputed, not answered from the results kept', () => {
    const x = instance(7, 5000);
    const first = inequalitySummary(x.minutes, x.weights, x.groups);
    x.minutes[10] = 99;
    x.minutes[4000] = 0.5;
    const second = inequalitySummary(x.minutes, x.weights, x.groups);
    expect(second).toEqual(reference(x.minutes, x.weights, x.groups));
    expect(second).not.toEqual(first);
    x.weights[11] = 500;
    expect(inequalitySummary(x.minutes, x.weights, x.groups)).toEqual(reference(x.minutes, x.weights, x.groups));
  });

  it('returns a fresh object each time (callers may modify it)', () => {
    const x = instance(8, 100);
    const a = inequalitySummary(x.minutes, x.weights, x.groups);
    (a.overall as { gini: number | null }).gini = -1;
    expect(inequalitySummary(x.minutes, x.weights, x.groups).overall.gini).not.toBe(-1);
  });

  it('falls back to the definitions when a weighted value is NaN', () => {
    const x = instance(9, 50);
    x.minutes[3] = NaN;
    x.weights[3] = 5;
    expect(inequalitySummary(x.minutes, x.weights, x.groups)).toEqual(reference(x.minutes, x.weights, x.groups));
  });
});

describe('coverageSummary with group slots', () => {
  it('lists `order` first, then territories by first appearance among weighted origins', () => {
    // origin 0 has weight 0: 'x' first appears (weighted) at origin 3
    const out = coverageSummary([5, 25, 10, 30], [0, 2, 1, 1], ['x', 'a', 'a', 'x'], 20, ['b', 'a']);
    expect(out.groups.map((g) => [g.group, g.weight, g.beyondWeight])).toEqual([
      ['b', 0, 0],
      ['a', 3, 2],
      ['x', 1, 1],
    ]);
    expect(out.overall).toMatchObject({ weight: 4, beyondWeight: 3, meanMinutes: (2 * 25 + 10 + 30) / 4 });
  });
  it('follows weights changed in place', () => {
    const w = [1, 1];
    expect(coverageSummary([10, 30], w, ['a', 'a'], 20).overall.beyondWeight).toBe(1);
    w[1] = 3;
    expect(coverageSummary([10, 30], w, ['a', 'a'], 20).overall.beyondWeight).toBe(3);
  });
});

describe('activeSites with its cached index', () => {
  it('finds a site appended to the array after a first call', () => {
    const sites: AccessSite[] = [
      { id: 'MDS-01', kind: 'mds', status: 'ouverte' },
      { id: 'C-1', kind: 'candidate', status: null },
    ];
    const scenario = { name: 's', added: ['C-1'], removed: [], includePlanned: true, thresholdMin: 20 };
    expect(activeSites(scenario, sites)).toEqual([0, 1]);
    sites.push({ id: 'C-2', kind: 'candidate', status: null });
    expect(activeSites({ ...scenario, added: ['C-2'] }, sites)).toEqual([0, 2]);
    expect(() => activeSites({ ...scenario, added: ['C-9'] }, sites)).toThrow(/unknown site C-9/);
  });
});

describe('buildKdTree', () => {
  it('holds every point once, and a node’s box distance never exceeds a point’s', () => {
    const rand = randomLcg(3);
    const pts = Array.from({ length: 300 }, () => ({ lon: -5 + 15 * rand(), lat: 42 + 9 * rand() }));
    const ids = Int32Array.from(pts, (_, i) => i * 2);
    const tree = buildKdTree(ids, (id, out, offset) => unitVector(pts[id / 2]!, out, offset));
    expect([...tree.ids].sort((a, b) => a - b)).toEqual([...ids]);
    const q = new Float64Array(3);
    unitVector({ lon: 2, lat: 47 }, q, 0);
    for (let k = 0; k < tree.size; k++) {
      for (let i = tree.start[k]!; i < tree.end[k]!; i++) {
        expect(boxDistance(tree, k, q, 0)).toBeLessThanOrEqual(pointDistance(tree, i, q, 0) + 1e-15);
      }
    }
  });
  it('copes with no point and with equal points', () => {
    expect(buildKdTree([], () => undefined).ids.length).toBe(0);
    const tree = buildKdTree(Int32Array.from({ length: 20 }, (_, i) => i), (_, out, offset) => unitVector({ lon: 1, lat: 47 }, out, offset));
    expect(tree.ids.length).toBe(20);
  });
});
