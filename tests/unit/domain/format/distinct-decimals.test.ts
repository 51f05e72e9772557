import { describe, expect, it } from 'vitest';
import { distinctDecimals } from '../../../../src/domain/format/distinct-decimals';

describe('distinctDecimals', () => {
  it.each([
    { name: 'integers are distinct at 0', bounds: [1, 3, 5, 9], options: {}, expected: 0 },
    // 12.31 / 12.34: "12" = "12", "12,3" = "12,3", "12,31" ≠ "12,34" → 2
    { name: 'close bounds need 2', bounds: [12.31, 12.34, 15], options: {}, expected: 2 },
    // 1.4 / 1.6 round to 1 and 2 at 0 decimals → already distinct
    { name: 'rounding apart is enough', bounds: [1.4, 1.6], options: {}, expected: 0 },
    { name: 'never below min', bounds: [1, 3], options: { min: 1 }, expected: 1 },
    { name: 'capped at max', bounds: [1, 1.0001], options: { max: 3 }, expected: 3 },
    { name: 'equal neighbours (one-value class) are ignored', bounds: [7, 7], options: {}, expected: 0 },
  ])('$name', ({ bounds, options, expected }) => {
    expect(distinctDecimals(bounds, options)).toBe(expected);
  });
});
