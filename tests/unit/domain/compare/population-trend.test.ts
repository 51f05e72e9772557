import { describe, expect, it } from 'vitest';
import { populationChanges } from '../../../../src/domain/compare/population-trend';

describe('populationChanges', () => {
  it('Vendôme: 16 849 (2011), 16 688 (2016), 15 566 (2022)', () => {
    const [a, b] = populationChanges([
      { year: 2011, population: 16849 },
      { year: 2016, population: 16688 },
      { year: 2022, population: 15566 },
    ]);
    expect(a).toMatchObject({ from: 2011, to: 2016 });
    expect(a?.changePct).toBeCloseTo((16688 / 16849 - 1) * 100, 10); // −0.9555…
    expect(b?.changePct).toBeCloseTo(-6.7234, 3);
    expect(b?.annualPct).toBeCloseTo(((15566 / 16688) ** (1 / 6) - 1) * 100, 10);
  });
  it('doubling in 5 years: +100 %, about +14.87 % a year', () => {
    const [c] = populationChanges([{ year: 2011, population: 100 }, { year: 2016, population: 200 }]);
    expect(c?.changePct).toBe(100);
    expect(c?.annualPct).toBeCloseTo(14.8698355, 6);
  });
  it('skips missing or zero populations', () => {
    expect(populationChanges([{ year: 2011, population: 0 }, { year: 2016, population: 10 }])).toEqual([]);
    expect(populationChanges([{ year: 2011, population: 10 }, { year: 2016, population: Number.NaN }, { year: 2022, population: 20 }])).toHaveLength(1);
  });
});
