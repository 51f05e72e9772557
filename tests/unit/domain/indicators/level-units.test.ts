import { describe, expect, it } from 'vitest';
import { levelMissingReason, levelUnitsFromRows } from '../../../../src/domain/indicators/level-units';

const row = {
  code: 'nord',
  value: null,
  numerator: 123,
  denominator: null,
  n_communes: 3,
  n_values: 2,
  min: 19000,
  max: 24000,
  pop_total: 1000,
  pop_with_value: 900,
};

describe('levelUnitsFromRows', () => {
  it('reads the columns of indicatorByLevel, bigint counts included', () => {
    expect(levelUnitsFromRows([{ ...row, n_communes: 3n, value: 14.5 }, { value: 1 }])).toEqual([
      { code: 'nord', value: 14.5, min: 19000, max: 24000, nCommunes: 3, nValues: 2, popTotal: 1000, popWithValue: 900 },
    ]);
  });
});

describe('levelMissingReason', () => {
  const [unit] = levelUnitsFromRows([row]);
  if (!unit) throw new Error('fixture');
  it.each([
    { kind: 'median' as const, u: unit, expected: 'not-aggregable' },
    { kind: 'published-rate' as const, u: unit, expected: 'not-aggregable' },
    { kind: 'ratio' as const, u: unit, expected: 'incomplete' },
    { kind: 'count' as const, u: unit, expected: 'incomplete' },
    { kind: 'ratio' as const, u: { ...unit, nValues: 3 }, expected: 'zero-denominator' },
    { kind: 'ratio' as const, u: { ...unit, value: 2 }, expected: null },
    { kind: 'median' as const, u: { ...unit, nCommunes: 1, nValues: 0 }, expected: 'incomplete' },
  ])('$kind → $expected', ({ kind, u, expected }) => {
    expect(levelMissingReason(kind, u)).toBe(expected);
  });
});
