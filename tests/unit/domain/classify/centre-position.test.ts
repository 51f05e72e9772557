import { describe, expect, it } from 'vitest';
import { centrePosition } from '../../../../src/domain/classify/centre-position';

// Classes: [0, 10) | [10, 20) | [20, 30]
const breaks = { thresholds: [10, 20], min: 0, max: 30 };

describe('centrePosition', () => {
  it.each([
    { reference: 15, expected: { kind: 'class', index: 1 } },
    { reference: 5, expected: { kind: 'class', index: 0 } },
    { reference: 0, expected: { kind: 'class', index: 0 } }, // = min, inside class 0
    { reference: 30, expected: { kind: 'class', index: 2 } }, // = max, last class is closed
    { reference: 10, expected: { kind: 'boundary', below: 1 } }, // on a threshold
    { reference: 20, expected: { kind: 'boundary', below: 2 } },
    { reference: -1, expected: { kind: 'boundary', below: 0 } }, // below all classes
    { reference: 31, expected: { kind: 'boundary', below: 3 } }, // above all classes
    { reference: Number.NaN, expected: null },
  ])('reference $reference', ({ reference, expected }) => {
    expect(centrePosition(breaks, reference)).toEqual(expected);
  });
});
