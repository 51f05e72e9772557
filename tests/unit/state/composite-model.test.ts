import { describe, expect, it } from 'vitest';
import { prepareComposite } from '../../../src/domain/composite/prepare-composite';
import type { IndexDefinition } from '../../../src/domain/composite/types';
import { reweight, territoryRows, type NormalisedBlock } from '../../../src/state/composite-model';

const codes = ['41001', '41002', '41003', '41004'];

describe('reweight', () => {
  // two indicators already normalised; commune 3 lacks the second, commune 4 both
  const block: NormalisedBlock = { codes, ids: ['a', 'b'], n: 4, k: 2, values: Float64Array.from([0, 0.5, 1, NaN, 1, 0, NaN, NaN]) };
  const cases = [
    { name: 'every indicator required', weights: [1, 1], minCoverage: 1, eligible: [1, 1, 0, 0] },
    { name: 'half the weight is enough', weights: [1, 1], minCoverage: 0.5, eligible: [1, 1, 1, 0] },
    { name: 'weights change the coverage', weights: [1, 3], minCoverage: 0.5, eligible: [1, 1, 0, 0] },
  ];
  it.each(cases)('$name: same coverage and eligibility as prepareComposite', ({ weights, minCoverage, eligible }) => {
    const m = reweight(block, Float64Array.from(weights), minCoverage);
    expect(Array.from(m.eligible)).toEqual(eligible);
    const definition: IndexDefinition = {
      version: 1,
      createdAt: '2026-01-01',
      normalisation: 'min-max',
      minCoverage,
      indicators: [
        { id: 'a', weight: weights[0]!, direction: 'higher-more-fragile' },
        { id: 'b', weight: weights[1]!, direction: 'higher-more-fragile' },
      ],
    };
    // raw values whose min-max scaling gives the block above
    const columns = new Map([
      ['a', [0, 0.5, 1, null]],
      ['b', [1, 0, null, null]],
    ]);
    const expected = prepareComposite(definition, { codes, columns });
    expect(Array.from(m.values)).toEqual(Array.from(expected.values));
    expect(Array.from(m.coverage)).toEqual(Array.from(expected.coverage));
    expect(Array.from(m.eligible)).toEqual(Array.from(expected.eligible));
    expect(m.missing).toEqual(expected.missing);
  });
});

describe('territoryRows', () => {
  it('population-weighted means, top counts, département last', () => {
    const rows = territoryRows(
      { scores: [1, 3, null, 2], ranks: [3, 1, null, 2] },
      {
        codes,
        population: [100, 300, 50, null],
        territoryOf: new Map([
          ['41001', 'nord'],
          ['41002', 'nord'],
          ['41003', 'sud'],
          ['41004', 'sud'],
        ]),
        territories: ['nord', 'sud'],
        topCut: 2,
      },
    );
    expect(rows).toEqual([
      { code: 'nord', communes: 2, scored: 2, population: 400, meanScore: (100 * 1 + 300 * 3) / 400, top: 1 },
      // a scored commune with no population counts, but weighs nothing in the mean
      { code: 'sud', communes: 2, scored: 1, population: 0, meanScore: null, top: 1 },
      { code: '41', communes: 4, scored: 3, population: 400, meanScore: 2.5, top: 2 },
    ]);
  });
});
