import { describe, expect, it } from 'vitest';
import { stationService } from '../../../../src/domain/mobility/station-service';
import { estimateErrorMin } from '../../../../src/domain/mobility/parse-time-model';
import { pct } from '../../../../src/domain/mobility/fragile-shares';

describe('stationService', () => {
  it.each([
    { trainsLigne: 22, tgv: 15, expected: 'tgv' },
    { trainsLigne: null, tgv: 15, expected: 'tgv' },
    { trainsLigne: 63, tgv: null, expected: 'high' },
    { trainsLigne: 50, tgv: null, expected: 'high' },
    { trainsLigne: 49, tgv: null, expected: 'mid' },
    { trainsLigne: 30, tgv: null, expected: 'mid' },
    { trainsLigne: 29, tgv: null, expected: 'low' },
    { trainsLigne: 0, tgv: 0, expected: 'low' },
    // not in the TER extract: unknown, never "no train"
    { trainsLigne: null, tgv: null, expected: 'unknown' },
  ])('$trainsLigne TER, $tgv TGV → $expected', ({ trainsLigne, tgv, expected }) =>
    expect(stationService({ trainsLigne, tgv })).toBe(expected));
});

describe('estimateErrorMin', () => {
  const model = { method: 'crow-calibrated' as const, medianRelError: 0.0838 };
  it.each([
    { minutes: 18, expected: 2 }, // 18 × 0.0838 = 1.51 → 2
    { minutes: 24, expected: 2 }, // 2.01 → 2
    { minutes: 6, expected: 1 }, // 0.50 → 1 (at least 1)
    { minutes: 36, expected: 3 }, // 3.02 → 3
  ])('$minutes min → ± $expected', ({ minutes, expected }) => expect(estimateErrorMin(minutes, model)).toBe(expected));
  it('no error part for routed times or a missing value', () => {
    expect(estimateErrorMin(18, { method: 'osm', medianRelError: 0.08 })).toBeNull();
    expect(estimateErrorMin(null, model)).toBeNull();
  });
});

describe('pct', () => {
  it.each([
    { a: 1, b: 4, expected: 25 },
    { a: 0, b: 4, expected: 0 },
    { a: 1, b: 0, expected: null },
    { a: null, b: 4, expected: null },
    { a: 1, b: null, expected: null },
  ])('$a / $b → $expected', ({ a, b, expected }) => expect(pct(a, b)).toBe(expected));
});
