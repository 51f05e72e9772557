import type { Breaks } from '../types';

/**
 * Temporary quantile classification, used until `src/domain/classify/` provides
 * `quantileBreaks`. Linear interpolation between order statistics (R7, as d3.quantile).
 *
 * @param values indicator values; null and non-finite entries are ignored
 * @param k wanted number of classes (≥ 1)
 * @returns at most k − 1 ascending, distinct inner thresholds, all strictly above the
 *   minimum so that no class starts empty; [] when there are fewer than 2 distinct values
 */
export function localQuantileBreaks(values: readonly (number | null)[], k: number): Breaks {
  const sorted = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0 || k < 2) return [];
  const min = sorted[0] as number;
  const thresholds: number[] = [];
  for (let i = 1; i < k; i++) {
    const h = (n - 1) * (i / k);
    const lo = Math.floor(h);
    const a = sorted[lo] as number;
    const b = sorted[Math.min(lo + 1, n - 1)] as number;
    const t = a + (b - a) * (h - lo);
    if (t > min && t !== thresholds[thresholds.length - 1]) thresholds.push(t);
  }
  return thresholds;
}
