import { describe, expect, it } from 'vitest';
import { histogramBars } from '../../../../src/domain/indicators/histogram-bars';

describe('histogramBars', () => {
  it('colours each bar by the class of its midpoint', () => {
    // 0…10 in 5 bars of width 2; threshold at 5 splits bar [4, 6) whose midpoint 5 is upper.
    const bars = histogramBars([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { thresholds: [5] }, ['#lo', '#hi'], 5);
    expect(bars.map((b) => [b.x0, b.x1, b.count, b.classIndex, b.color])).toEqual([
      [0, 2, 2, 0, '#lo'],
      [2, 4, 2, 0, '#lo'],
      [4, 6, 2, 1, '#hi'],
      [6, 8, 2, 1, '#hi'],
      [8, 10, 3, 1, '#hi'],
    ]);
  });

  it('ignores missing values and sums to the finite ones', () => {
    const bars = histogramBars([1, null, 2, Number.NaN, 3], { thresholds: [] }, ['#x'], 3);
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(3);
  });

  it('no value, no bar', () => {
    expect(histogramBars([null], { thresholds: [] }, [], 4)).toEqual([]);
  });
});
