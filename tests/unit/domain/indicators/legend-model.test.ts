import { describe, expect, it } from 'vitest';
import { computeBreaks } from '../../../../src/domain/classify/compute-breaks';
import { legendModel } from '../../../../src/domain/indicators/legend-model';

function breaksOf(values: (number | null)[], thresholds: number[]) {
  const result = computeBreaks(values, { method: 'manual', thresholds });
  if (!result.ok) throw new Error(result.error.message);
  return result.breaks;
}

describe('legendModel', () => {
  const values = [1, 2, 3, 4, 5, 6, null, Number.NaN];
  const breaks = breaksOf(values, [3, 5]);

  it('gives bounds, colours and counts per class, and the missing count', () => {
    expect(legendModel(values, breaks, ['#a', '#b', '#c'])).toEqual({
      classes: [
        { index: 0, lo: 1, hi: 3, color: '#a', count: 2 },
        { index: 1, lo: 3, hi: 5, color: '#b', count: 2 },
        { index: 2, lo: 5, hi: 6, color: '#c', count: 2 },
      ],
      missing: 2,
      total: 8,
    });
  });

  it('counts add up to the number of units', () => {
    const m = legendModel(values, breaks, ['#a', '#b', '#c']);
    expect(m.classes.reduce((s, c) => s + c.count, 0) + m.missing).toBe(values.length);
  });

  it('a value equal to a threshold goes to the upper class', () => {
    const m = legendModel([1, 3, 6], breaksOf([1, 3, 6], [3, 5]), ['#a', '#b', '#c']);
    expect(m.classes.map((c) => c.count)).toEqual([1, 1, 1]);
  });

  it('without breaks every unit is missing, as on the map', () => {
    expect(legendModel([null, null, 4], null, [])).toEqual({ classes: [], missing: 3, total: 3 });
  });

  it('falls back to the last colour when colours are short', () => {
    expect(legendModel(values, breaks, ['#a']).classes.map((c) => c.color)).toEqual(['#a', '#a', '#a']);
  });
});
