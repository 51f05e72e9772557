import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { computeComposite } from '../../../../src/domain/composite/compute-composite.ts';
import { nearestRank } from '../../../../src/domain/composite/nearest-rank.ts';
import { prepareComposite } from '../../../../src/domain/composite/prepare-composite.ts';
import { rankStability } from '../../../../src/domain/composite/rank-stability.ts';
import type { CompositeInput, IndexDefinition } from '../../../../src/domain/composite/types.ts';

/** 267 communes × 10 indicators drawn from a seeded generator, about 1 value in 50 missing. */
function syntheticInput(seed: number, n = 267, k = 10): { input: CompositeInput; definition: IndexDefinition } {
  const rand = randomLcg(seed);
  const codes = Array.from({ length: n }, (_, i) => String(41001 + i));
  const columns = new Map<string, (number | null)[]>();
  for (let j = 0; j < k; j++) {
    columns.set(`i${j}`, codes.map(() => (rand() < 0.02 ? null : Math.round(rand() * 1000) / 10)));
  }
  const definition: IndexDefinition = {
    version: 1,
    indicators: Array.from({ length: k }, (_, j) => ({
      id: `i${j}`,
      weight: 1 + (j % 3),
      direction: j % 4 === 0 ? 'higher-less-fragile' : 'higher-more-fragile',
    })),
    normalisation: 'z-score',
    minCoverage: 0.8,
    createdAt: '2026-03-15',
  };
  return { input: { codes, columns }, definition };
}

describe('nearestRank', () => {
  const sorted = Array.from({ length: 500 }, (_, i) => i + 1); // 1…500
  const cases = [
    { q: 0.05, expected: 25 }, // ⌈0.05 × 500⌉ = 25th smallest
    { q: 0.5, expected: 250 },
    { q: 0.95, expected: 475 },
    { q: 0, expected: 1 },
    { q: 1, expected: 500 },
  ];
  it.each(cases)('q = $q → $expected', ({ q, expected }) => expect(nearestRank(sorted, q)).toBe(expected));
  it('small N: ⌈0.05 × 10⌉ = 1st, ⌈0.95 × 10⌉ = 10th', () => {
    expect(nearestRank([3, 3, 4, 4, 4, 5, 5, 6, 7, 9], 0.05)).toBe(3);
    expect(nearestRank([3, 3, 4, 4, 4, 5, 5, 6, 7, 9], 0.95)).toBe(9);
  });
});

describe('rankStability', () => {
  const { input, definition } = syntheticInput(42);
  const matrix = prepareComposite(definition, input);

  it('same seed ⇒ identical intervals', () => {
    expect(rankStability(matrix, { seed: 7 })).toEqual(rankStability(matrix, { seed: 7 }));
  });
  it('different seed ⇒ different intervals', () => {
    const a = rankStability(matrix, { seed: 7 }).communes;
    const b = rankStability(matrix, { seed: 8 }).communes;
    expect(a).not.toEqual(b);
  });
  it('p = 0 ⇒ width 0 and every percentile equals the nominal rank', () => {
    const r = rankStability(matrix, { seed: 1, p: 0, draws: 20 });
    for (const c of r.communes) {
      if (!c) continue;
      expect([c.p05, c.median, c.p95, c.width]).toEqual([c.rank, c.rank, c.rank, 0]);
      expect(c.unstable).toBe(false);
    }
    expect(r.unstableCount).toBe(0);
  });
  it('ordering and flags are consistent; communes not scored stay null', () => {
    const r = rankStability(matrix, { seed: 3, p: 0.5 });
    const nominal = computeComposite(definition, input);
    expect(r.ranked).toBe(nominal.ranked);
    expect(r.unstableWidth).toBeCloseTo(0.1 * nominal.ranked, 12);
    r.communes.forEach((c, i) => {
      if (nominal.ranks[i] === null) {
        expect(c).toBeNull();
        return;
      }
      expect(c).not.toBeNull();
      expect(c!.rank).toBe(nominal.ranks[i]);
      expect(c!.p05).toBeLessThanOrEqual(c!.median);
      expect(c!.median).toBeLessThanOrEqual(c!.p95);
      expect(c!.width).toBe(c!.p95 - c!.p05);
      expect(c!.unstable).toBe(c!.width > r.unstableWidth);
      expect(c!.p05).toBeGreaterThanOrEqual(1);
      expect(c!.p95).toBeLessThanOrEqual(r.ranked);
    });
    expect(r.unstableCount).toBe(r.communes.filter((c) => c?.unstable).length);
  });
  it('a commune that dominates on every indicator keeps rank 1 whatever the weights', () => {
    const codes = ['41001', '41002', '41003'];
    const columns = new Map([
      ['a', [9, 1, 5]],
      ['b', [9, 2, 1]],
    ]);
    const def: IndexDefinition = { ...definition, minCoverage: 1, indicators: [
      { id: 'a', weight: 1, direction: 'higher-more-fragile' },
      { id: 'b', weight: 1, direction: 'higher-more-fragile' },
    ] };
    const r = rankStability(prepareComposite(def, { codes, columns }), { seed: 5, p: 0.9 });
    expect(r.communes[0]).toMatchObject({ rank: 1, p05: 1, median: 1, p95: 1, width: 0 });
  });
  it('rejects invalid options', () => {
    expect(() => rankStability(matrix, { seed: 1.5 })).toThrow(/graine/);
    expect(() => rankStability(matrix, { seed: 1, p: 1 })).toThrow(/perturbation/);
    expect(() => rankStability(matrix, { seed: 1, draws: 0 })).toThrow(/tirages/);
  });
  it('timing: 500 draws × 267 communes × 10 indicators (printed, not asserted)', () => {
    const { input: big, definition: def } = syntheticInput(99);
    const t0 = performance.now();
    const m = prepareComposite(def, big);
    const r = rankStability(m, { seed: 2026 });
    const ms = performance.now() - t0;
    console.log(`rank stability: ${r.draws} draws × ${m.n} communes × ${m.k} indicators in ${ms.toFixed(1)} ms (${r.unstableCount} unstable)`);
    expect(r.draws).toBe(500);
  });
});
