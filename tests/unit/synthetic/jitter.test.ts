import { describe, expect, it } from 'vitest';
import { clampPairs, decimalsOf, jitterValue } from '../../../scripts/lib/synthetic/jitter.ts';

describe('jitterValue', () => {
  it.each([
    // value × (1 + a(2u − 1)), rounded
    { v: 100, u: 0.75, a: 0.02, d: 3, out: 101 }, // 1 + 0.02 × 0.5
    { v: 200, u: 0, a: 0.05, d: 0, out: 190 }, // 1 − 0.05
    { v: 10, u: 0.5, a: 0.1, d: 3, out: 10 }, // factor 1
    { v: 3, u: 0.9, a: 0.03, d: 0, out: 3 }, // 3 × 1.024 = 3.072 → 3 (integer counts barely move)
    { v: 12.5, u: 1, a: 0.04, d: 3, out: 13 }, // 12.5 × 1.04
    { v: 0, u: 0.9, a: 0.03, d: 3, out: 0 }, // zero stays zero
  ])('$v with u = $u, ±$a → $out', ({ v, u, a, d, out }) => expect(jitterValue(v, u, a, d)).toBe(out));
  it('keeps a withheld value missing', () => expect(jitterValue(null, 0.3, 0.03, 3)).toBeNull());
});

describe('decimalsOf', () => {
  it('0 for integer columns (nulls ignored), 3 otherwise', () => {
    expect(decimalsOf([1, 2, null, 40])).toBe(0);
    expect(decimalsOf([1, 2.5])).toBe(3);
    expect(decimalsOf([])).toBe(0);
  });
});

describe('clampPairs', () => {
  it('lowers a numerator above its denominator where the real data had num ≤ den', () => {
    const real = new Map([
      ['N', [5, 8, null, 9]],
      ['D', [10, 8, 4, 6]], // row 3: real 9 > 6, not a bounded row
    ]);
    const jittered = new Map<string, (number | null)[]>([
      ['N', [11, 8.2, null, 9.5]],
      ['D', [10, 8.1, 4, 6]],
    ]);
    expect(clampPairs(jittered, real, [{ numerator: 'N', denominator: 'D' }])).toBe(2);
    expect(jittered.get('N')).toEqual([10, 8.1, null, 9.5]);
  });
  it('repeats until chained pairs hold (A ≤ B ≤ C)', () => {
    const real = new Map([
      ['A', [1]],
      ['B', [2]],
      ['C', [3]],
    ]);
    const jittered = new Map<string, (number | null)[]>([
      ['A', [2.5]],
      ['B', [2.2]],
      ['C', [2]],
    ]);
    const pairs = [
      { numerator: 'A', denominator: 'B' },
      { numerator: 'B', denominator: 'C' },
    ];
    // pass 1: A → 2.2, B → 2; pass 2: A → 2; pass 3: nothing
    expect(clampPairs(jittered, real, pairs)).toBe(3);
    expect([jittered.get('A'), jittered.get('B'), jittered.get('C')]).toEqual([[2], [2], [2]]);
  });
});
