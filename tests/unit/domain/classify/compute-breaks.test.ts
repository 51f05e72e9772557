import { describe, expect, it } from 'vitest';
import { computeBreaks } from '../../../../src/domain/classify/compute-breaks';
import type { BreaksOptions } from '../../../../src/domain/classify/compute-breaks';
import { expectOk } from './expect-ok';

// Each method's rules are tested in its own file; this checks the dispatch on a fixture
// where the methods disagree: values 1…6 and 100.
const values = [1, 2, 3, 4, 5, 6, 100];

describe('computeBreaks', () => {
  it.each<{ options: BreaksOptions; thresholds: number[] }>([
    // rank round(7/3) = 2 → 3, round(14/3) = 5 → 6
    { options: { method: 'quantile', k: 3 }, thresholds: [3, 6] },
    { options: { method: 'jenks', k: 3 }, thresholds: [4, 100] },
    // width (100 − 1)/3 = 33 → 1 + 33 = 34, 1 + 66 = 67
    { options: { method: 'equal-interval', k: 3 }, thresholds: [34, 67] },
    { options: { method: 'manual', thresholds: [2, 50] }, thresholds: [2, 50] },
  ])('$options.method', ({ options, thresholds }) => {
    const breaks = expectOk(computeBreaks(values, options));
    expect(breaks.method).toBe(options.method);
    expect(breaks.thresholds).toEqual(thresholds);
  });

  it('std-dev passes the mean and step through', () => {
    const breaks = expectOk(computeBreaks([2, 4, 4, 4, 5, 5, 7, 9], { method: 'std-dev', k: 3, mean: 6, step: 0.5 }));
    // sd 2, step ½ → 6 ± 0.5
    expect(breaks.thresholds).toEqual([5.5, 6.5]);
  });

  it.each<BreaksOptions>([
    { method: 'quantile', k: 10 },
    { method: 'jenks', k: 2 },
    { method: 'equal-interval', k: 0 },
    { method: 'std-dev', k: 11 },
  ])('k out of 3…9 is rejected for $method', (options) => {
    const result = computeBreaks(values, options);
    expect(result.ok ? null : result.error.code).toBe('invalid-k');
  });
});
