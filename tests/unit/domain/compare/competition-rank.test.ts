import { describe, expect, it } from 'vitest';
import { competitionRank } from '../../../../src/domain/compare/competition-rank';

describe('competitionRank (1, 2, 2, 4)', () => {
  const cases = [
    { name: 'distinct values, highest first', values: [10, 30, 20], order: 'desc' as const, expected: [3, 1, 2] },
    { name: 'a tie shares the best rank and the next is skipped', values: [30, 20, 20, 10], order: 'desc' as const, expected: [1, 2, 2, 4] },
    { name: 'a tie at the top', values: [5, 5, 1], order: 'desc' as const, expected: [1, 1, 3] },
    { name: 'three-way tie at the bottom', values: [9, 1, 1, 1], order: 'desc' as const, expected: [1, 2, 2, 2] },
    { name: 'missing values get no rank and do not count', values: [null, 10, 20, null, 10], order: 'desc' as const, expected: [null, 2, 1, null, 2] },
    { name: 'NaN and Infinity are missing too', values: [Number.NaN, 3, Infinity], order: 'desc' as const, expected: [null, 1, null] },
    { name: 'ascending: lowest is 1', values: [30, 20, 20, 10], order: 'asc' as const, expected: [4, 2, 2, 1] },
    { name: 'zero is a value, not a missing one', values: [0, 2, 0], order: 'desc' as const, expected: [2, 1, 2] },
    { name: 'empty input', values: [], order: 'desc' as const, expected: [] },
    { name: 'all missing', values: [null, null], order: 'desc' as const, expected: [null, null] },
  ];
  it.each(cases)('$name', ({ values, order, expected }) => expect(competitionRank(values, order)).toEqual(expected));

  it('defaults to highest first', () => expect(competitionRank([1, 2])).toEqual([2, 1]));
});
