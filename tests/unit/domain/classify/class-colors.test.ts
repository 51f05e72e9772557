import { describe, expect, it } from 'vitest';
import { classColors } from '../../../../src/domain/classify/class-colors';

// std-dev breaks of [2,4,4,4,5,5,7,9], k = 4: mean 5, sd 2 → thresholds 3, 5, 7
const breaks = { k: 4, thresholds: [3, 5, 7], min: 2, max: 9 };
// RdBu 5, cool → warm
const RDBU_5 = ['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020'];

describe('classColors', () => {
  it.each([
    {
      // reference 5 = middle threshold → boundary, 2 classes below → ColorBrewer RdBu 4
      name: 'centred on the mean threshold: symmetric, no neutral',
      options: { palette: 'RdBu', direction: 'higher-more-fragile', reference: 5 },
      expected: [RDBU_5[0], RDBU_5[1], RDBU_5[3], RDBU_5[4]],
    },
    {
      // reference 6 ∈ [5, 7) = class 2; m = max(2, 1) = 2 → ramp[0 + i]
      name: 'reference inside class 2: class 2 neutral',
      options: { palette: 'RdBu', direction: 'higher-more-fragile', reference: 6 },
      expected: RDBU_5.slice(0, 4),
    },
    {
      name: 'no reference: symmetric',
      options: { palette: 'RdBu', direction: 'higher-more-fragile' },
      expected: [RDBU_5[0], RDBU_5[1], RDBU_5[3], RDBU_5[4]],
    },
    {
      // Blues 4 (colorbrewer2.org); the reference is ignored for sequential palettes
      name: 'sequential ignores the reference',
      options: { palette: 'Blues', direction: 'higher-more-fragile', reference: 6 },
      expected: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    },
  ] as const)('$name', ({ options, expected }) => {
    expect(classColors(breaks, options)).toEqual(expected);
  });
});
