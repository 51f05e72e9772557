import { describe, expect, it } from 'vitest';
import { coverageSummary } from '../../../../src/domain/access/coverage.ts';

// Four origins (the "without s0" case of nearest.test.ts) plus an empty unreachable cell:
//   o   minutes  weight  group
//   0      5      100    nord
//   1     15       50    nord
//   2     12      200    sud    exactly at a 12-min threshold: covered
//   3     25       10    sud
//   4      ∞        0    sud    weight 0: ignored (would make the mean NaN/∞)
const minutes = [5, 15, 12, 25, Infinity];
const weights = [100, 50, 200, 10, 0];
const groups = ['nord', 'nord', 'sud', 'sud', 'sud'];

describe('coverageSummary, threshold 12 min', () => {
  const { overall, groups: rows } = coverageSummary(minutes, weights, groups, 12);
  it.each([
    // nord: W 150, beyond = o1 (15 > 12) = 50, share 50/150, mean (100·5 + 50·15)/150 = 1250/150
    { name: 'nord', row: () => rows[0], weight: 150, beyond: 50, share: 1 / 3, mean: 1250 / 150 },
    // sud: W 210, beyond = o3 = 10, share 10/210, mean (200·12 + 10·25)/210 = 2650/210
    { name: 'sud', row: () => rows[1], weight: 210, beyond: 10, share: 10 / 210, mean: 2650 / 210 },
    // overall: W 360, beyond 60, share 1/6, mean 3900/360 = 10.833…
    { name: 'overall', row: () => overall, weight: 360, beyond: 60, share: 1 / 6, mean: 3900 / 360 },
  ])('$name', ({ row, weight, beyond, share, mean }) => {
    const r = row()!;
    expect(r.weight).toBe(weight);
    expect(r.beyondWeight).toBe(beyond);
    expect(r.shareBeyond).toBeCloseTo(share, 12);
    expect(r.meanMinutes).toBeCloseTo(mean, 12);
  });
  it('lists groups by first appearance, overall as null', () => {
    expect(rows.map((r) => r.group)).toEqual(['nord', 'sud']);
    expect(overall.group).toBeNull();
  });
});

describe('coverageSummary edge cases', () => {
  it('a threshold just below 12 puts o2 beyond too', () =>
    expect(coverageSummary(minutes, weights, groups, 11.9).overall.beyondWeight).toBe(260));
  it('follows a given order; an absent group has weight 0 and null share and mean', () => {
    const r = coverageSummary(minutes, weights, groups, 12, ['nord', 'centre', 'sud']).groups;
    expect(r.map((g) => g.group)).toEqual(['nord', 'centre', 'sud']);
    expect(r[1]).toEqual({ group: 'centre', weight: 0, beyondWeight: 0, shareBeyond: null, meanMinutes: null });
  });
  it('an unreachable origin with weight counts beyond and makes the mean infinite', () => {
    const r = coverageSummary([5, Infinity], [1, 1], ['a', 'a'], 60).overall;
    expect(r.beyondWeight).toBe(1);
    expect(r.meanMinutes).toBe(Infinity);
  });
  it('a fragile weight works the same way', () => {
    // 75+ only in o1 (3 people, 15 min) and o3 (1 person, 25 min): all 4 beyond 12 min, mean (45 + 25)/4 = 17.5
    const r = coverageSummary(minutes, [0, 3, 0, 1, 0], groups, 12).overall;
    expect(r).toEqual({ group: null, weight: 4, beyondWeight: 4, shareBeyond: 1, meanMinutes: 17.5 });
  });
});
