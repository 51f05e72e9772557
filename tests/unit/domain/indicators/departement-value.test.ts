import { describe, expect, it } from 'vitest';
import type { IndicatorFormula } from '../../../../src/domain/indicators/compute';
import { departementValue } from '../../../../src/domain/indicators/departement-value';
import type { CommuneStats } from '../../../../src/domain/types';

// Three communes: populations 100, 900, 0 and 75+ 50, 90, 0. The mean of the commune shares
// would be (50 % + 10 %) / 2 = 30 %; the département share is 140 / 1000 = 14 %.
function stats(columns: Record<string, (number | null)[]>): CommuneStats {
  const n = Object.values(columns)[0]?.length ?? 0;
  const codes = Array.from({ length: n }, (_, i) => `4100${i + 1}`);
  return { codes, names: codes, columns: new Map(Object.entries(columns)) };
}

const base = stats({ POP: [100, 900, 0], POP75: [50, 90, 0], MED: [20000, null, 22000], N: [1, 2, 3] });
const ratio = (over: Partial<IndicatorFormula> = {}): IndicatorFormula => ({
  kind: 'ratio',
  numerator: 'POP75',
  denominator: 'POP',
  offset: 0,
  scale: 100,
  ...over,
});

const cases: { name: string; formula: IndicatorFormula; data?: CommuneStats; expected: number | null }[] = [
  { name: 'ratio of sums, not the mean of ratios', formula: ratio(), expected: 14 },
  { name: 'offset and scale (a change: 1000 / 140 − 1)', formula: ratio({ numerator: 'POP', denominator: 'POP75', offset: 1 }), expected: (1000 / 140 - 1) * 100 },
  { name: 'ratio without denominator', formula: ratio({ denominator: null, scale: 2 }), expected: 280 },
  { name: 'count: the total', formula: { kind: 'count', numerator: 'N', denominator: null, offset: 0, scale: 1 }, expected: 6 },
  { name: 'median: does not add up', formula: { kind: 'median', numerator: 'MED', denominator: null, offset: 0, scale: 1 }, expected: null },
  { name: 'published rate: does not add up', formula: { kind: 'published-rate', numerator: 'N', denominator: null, offset: 0, scale: 1 }, expected: null },
  { name: 'a withheld count makes the sum unknown', formula: ratio({ numerator: 'MED' }), expected: null },
  { name: 'zero denominator', formula: ratio({ denominator: 'Z' }), data: stats({ POP75: [1, 2], Z: [0, 0] }), expected: null },
  { name: 'missing column', formula: ratio({ numerator: 'ABSENT' }), expected: null },
  { name: 'no commune', formula: ratio(), data: { codes: [], names: [], columns: new Map([['POP', []], ['POP75', []]]) }, expected: null },
];

describe('departementValue', () => {
  it.each(cases)('$name', ({ formula, data, expected }) => {
    const value = departementValue(formula, data ?? base);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 10);
  });
});
