import { PipelineError } from './errors.ts';

export interface CalibrationPair {
  crowKm: number;
  minutes: number;
}

export interface CalibrationFit {
  interceptMin: number;
  minPerKm: number;
  /** pairs used (crow distance below maxKm, routed time known) */
  n: number;
  maxKm: number;
  /** mean absolute error, minutes */
  maeMin: number;
  /** median of |predicted − observed| / observed */
  medianRelError: number;
  /** 90th percentile of |predicted − observed|, minutes */
  p90AbsErrorMin: number;
}

/** Lambert-93 pairs of the DREES/INSEE METRIC file → crow km and off-peak minutes; 9999 = not computed. */
export function metricPairs(rows: Record<string, string>[]): CalibrationPair[] {
  const out: CalibrationPair[] = [];
  for (const r of rows) {
    const [x1, y1, x2, y2, hc] = ['X1', 'Y1', 'X2', 'Y2', 'HC'].map((k) => Number(r[k]));
    if (![x1, y1, x2, y2, hc].every(Number.isFinite)) throw new PipelineError(`calibration: unreadable row ${JSON.stringify(r)}`);
    if (hc >= 9999) continue;
    out.push({ crowKm: Math.hypot(x2 - x1, y2 - y1) / 1000, minutes: hc });
  }
  return out;
}

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

/** Ordinary least squares of minutes on crow km, on pairs closer than `maxKm`, with error measures. */
export function fitCrowModel(pairs: CalibrationPair[], maxKm = 40): CalibrationFit {
  const used = pairs.filter((p) => p.crowKm < maxKm);
  if (used.length < 10) throw new PipelineError(`calibration: only ${used.length} usable pairs under ${maxKm} km`);
  const n = used.length;
  const mx = used.reduce((s, p) => s + p.crowKm, 0) / n;
  const my = used.reduce((s, p) => s + p.minutes, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of used) {
    sxy += (p.crowKm - mx) * (p.minutes - my);
    sxx += (p.crowKm - mx) ** 2;
  }
  if (sxx === 0) throw new PipelineError('calibration: all pairs have the same distance');
  const minPerKm = sxy / sxx;
  const interceptMin = my - minPerKm * mx;
  const abs = used.map((p) => Math.abs(interceptMin + minPerKm * p.crowKm - p.minutes)).sort((a, b) => a - b);
  const rel = used.filter((p) => p.minutes > 0).map((p) => Math.abs(interceptMin + minPerKm * p.crowKm - p.minutes) / p.minutes).sort((a, b) => a - b);
  return {
    interceptMin,
    minPerKm,
    n,
    maxKm,
    maeMin: abs.reduce((s, v) => s + v, 0) / n,
    medianRelError: quantile(rel, 0.5),
    p90AbsErrorMin: quantile(abs, 0.9),
  };
}
