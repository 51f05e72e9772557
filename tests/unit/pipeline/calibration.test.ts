import { describe, expect, it } from 'vitest';
import { fitCrowModel, metricPairs } from '../../../scripts/lib/calibration.ts';
import { readRawCsv } from '../../../scripts/lib/raw.ts';

const rawDir = process.env.OBS41_DATA_RAW ?? `${import.meta.dirname}/../../../../shared/data-raw`;

describe('fitCrowModel', () => {
  it('recovers an exact line: t = 3 + 1.2 d', () => {
    const pairs = [2, 5, 10, 20, 30, 35, 1, 8, 12, 25].map((d) => ({ crowKm: d, minutes: 3 + 1.2 * d }));
    const fit = fitCrowModel(pairs);
    expect(fit.interceptMin).toBeCloseTo(3, 10);
    expect(fit.minPerKm).toBeCloseTo(1.2, 10);
    expect(fit.maeMin).toBeCloseTo(0, 10);
  });
  it('ignores pairs beyond maxKm and reports errors', () => {
    // residuals +1 / −1 alternate around t = 2 + d on 0..9 km; the 100 km pair is excluded
    const pairs = [...Array(10).keys()].map((d) => ({ crowKm: d, minutes: 2 + d + (d % 2 === 0 ? 1 : -1) }));
    const fit = fitCrowModel([...pairs, { crowKm: 100, minutes: 500 }], 40);
    expect(fit.n).toBe(10);
    // OLS on alternating ±1 residuals: slope −2/82.5·… is small; MAE ≈ 1
    expect(fit.maeMin).toBeGreaterThan(0.9);
    expect(fit.maeMin).toBeLessThan(1.1);
  });
  it('fails with too few pairs', () => expect(() => fitCrowModel([{ crowKm: 1, minutes: 2 }])).toThrow(/only 1 usable pairs/));
});

describe('metricPairs + fit on the real METRIC times (Gironde)', () => {
  const pairs = metricPairs(readRawCsv(rawDir, 'calibration-distancier-gironde/couples_infra_couples_coordonnees_gironde_2_HC.csv', ','));
  it('drops the 5 pairs METRIC did not compute (9999)', () => expect(pairs).toHaveLength(2495));
  it('gives about 3.4 min + 1.0 min per crow km with an 8 % median error (as documented in SOURCES-mobility.md)', () => {
    const fit = fitCrowModel(pairs);
    expect(fit.interceptMin).toBeCloseTo(3.34, 1);
    expect(fit.minPerKm).toBeCloseTo(1.01, 2);
    expect(fit.medianRelError).toBeGreaterThan(0.07);
    expect(fit.medianRelError).toBeLessThan(0.09);
    expect(fit.p90AbsErrorMin).toBeCloseTo(8.9, 0);
  });
});
