import { describe, expect, it } from 'vitest';
import { territorySpread } from '../../../../src/domain/compare/territory-spread';

describe('territorySpread', () => {
  it('share of 75+ (hand-worked): nord 14.2, centre 11.5, sud 13.8', () => {
    const s = territorySpread([14.2, 11.5, 13.8]);
    expect(s).toMatchObject({ maxIndex: 0, minIndex: 1, max: 14.2, min: 11.5 });
    expect(s?.gap).toBeCloseTo(2.7, 12); // 14.2 − 11.5 percentage points
    expect(s?.ratio).toBeCloseTo(1.234782608695652, 12); // 14.2 / 11.5
  });
  it('unemployment 12 / 8 / 10: gap 4 points, ratio 1.5', () => {
    expect(territorySpread([12, 8, 10])).toEqual({ maxIndex: 0, minIndex: 1, max: 12, min: 8, gap: 4, ratio: 1.5 });
  });
  it('a change rate gets a gap but no ratio', () => {
    const s = territorySpread([-1.5, 2, 0.5], false);
    expect(s?.gap).toBeCloseTo(3.5, 12);
    expect(s?.ratio).toBeNull();
  });
  it('no ratio when the lowest value is 0 or negative', () => {
    expect(territorySpread([3, 0, 1])?.ratio).toBeNull();
    expect(territorySpread([3, -1, 1])?.ratio).toBeNull();
  });
  it('all equal: gap 0, ratio 1, first index for both', () => {
    expect(territorySpread([5, 5, 5])).toEqual({ maxIndex: 0, minIndex: 0, max: 5, min: 5, gap: 0, ratio: 1 });
  });
  it('null when a territory value is missing (never a partial comparison)', () => {
    expect(territorySpread([5, null, 3])).toBeNull();
    expect(territorySpread([5, Number.NaN, 3])).toBeNull();
  });
  it('null with fewer than two values', () => {
    expect(territorySpread([5])).toBeNull();
    expect(territorySpread([])).toBeNull();
  });
});
