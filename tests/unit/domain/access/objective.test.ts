import { describe, expect, it } from 'vitest';
import { isBetter, objectiveValue } from '../../../../src/domain/access/objective.ts';

// minutes 5, 15, 12, 25 with weights 100, 50, 200, 10 (W = 360)
const minutes = [5, 15, 12, 25, Infinity];
const weights = [100, 50, 200, 10, 0];

describe('objectiveValue', () => {
  it.each([
    // (500 + 750 + 2400 + 250) / 360 = 3900/360; the weight-0 unreachable origin is ignored
    { name: 'p-median: weighted mean', objective: { kind: 'p-median' as const }, value: 3900 / 360 },
    // t ≤ 12: o0 (100) and o2 (200)
    { name: 'coverage 12 min', objective: { kind: 'coverage' as const, thresholdMin: 12 }, value: 300 },
    { name: 'coverage 11 min', objective: { kind: 'coverage' as const, thresholdMin: 11 }, value: 100 },
    { name: 'coverage 25 min', objective: { kind: 'coverage' as const, thresholdMin: 25 }, value: 360 },
  ])('$name', ({ objective, value }) => expect(objectiveValue(minutes, weights, objective)).toBeCloseTo(value, 12));
  it('throws when nothing is weighted', () =>
    expect(() => objectiveValue([1], [0], { kind: 'p-median' })).toThrow(RangeError));
});

describe('isBetter', () => {
  it.each([
    { a: 300, b: 200, kind: 'coverage' as const, better: true },
    { a: 200, b: 300, kind: 'coverage' as const, better: false },
    { a: 9, b: 10, kind: 'p-median' as const, better: true },
    { a: 10, b: 10, kind: 'p-median' as const, better: false },
  ])('$kind: $a vs $b → $better', ({ a, b, kind, better }) =>
    expect(isBetter(a, b, kind === 'coverage' ? { kind, thresholdMin: 1 } : { kind })).toBe(better));
});
