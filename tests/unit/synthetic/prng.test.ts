import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32 } from '../../../scripts/lib/synthetic/prng.ts';

// Reference values computed with an independent Python transcription of mulberry32 and of the
// MurmurHash3 finaliser (32-bit masks), not with this code.
describe('mulberry32', () => {
  it('gives the reference sequence for seed 41', () => {
    const r = mulberry32(41);
    expect([r(), r(), r()]).toEqual([0.8510142471641302, 0.5088475255761296, 0.6344115899410099]);
  });
  it('gives the reference sequence for seed 0', () => {
    const r = mulberry32(0);
    expect([r(), r()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('deriveSeed', () => {
  it.each([
    { labels: [0], seed: 1862275992 },
    { labels: [1], seed: 1732903491 },
    { labels: [1, 2], seed: 771073803 },
    { labels: [], seed: 41 },
  ])('deriveSeed(41, $labels) = $seed', ({ labels, seed }) => expect(deriveSeed(41, ...labels)).toBe(seed));
  it('gives each copy its own stream', () => {
    expect(deriveSeed(41, 0, 1)).not.toBe(deriveSeed(41, 1, 1));
    expect(deriveSeed(41, 0, 1)).not.toBe(deriveSeed(41, 0, 2));
  });
});
