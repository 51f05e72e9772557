import { twoStepFca, weightedMeanByKey, type Nearest } from '../domain/access';
import type { AccessModel } from './access-evaluate';

/**
 * Commune-level views of the origin (1 km cell) figures, for the map and the click card. Pure
 * adapters over the access domain (which works per origin).
 */

/** Population-weighted mean minutes to the nearest active site, per commune code. */
export function communeMeanMinutes(model: AccessModel, nearest: Nearest): Map<string, number | null> {
  return weightedMeanByKey(nearest.minutes, model.weights.pop, model.communes);
}

/**
 * Catchment of each commune: the site serving the largest part of its population (its cells may
 * be split between two sites). −1 when no site reaches it or it has no population.
 */
export function communeCatchment(model: AccessModel, nearest: Nearest): Map<string, number> {
  const perCommune = new Map<string, Map<number, number>>();
  const w = model.weights.pop;
  for (let o = 0; o < nearest.site.length; o++) {
    const code = model.communes[o] as string;
    let m = perCommune.get(code);
    if (!m) perCommune.set(code, (m = new Map()));
    const s = nearest.site[o] as number;
    m.set(s, (m.get(s) ?? 0) + (w[o] as number));
  }
  const out = new Map<string, number>();
  for (const [code, m] of perCommune) {
    let best = -1;
    let bestW = -Infinity;
    for (const [s, x] of m) if (x > bestW || (x === bestW && s < best)) [best, bestW] = [s, x];
    out.set(code, best);
  }
  return out;
}

/**
 * 2SFCA accessibility per commune (equal capacity 1 per site, step decay by thirds of d0): sites per
 * 100,000 inhabitants, population-weighted over the commune's cells; null for an empty commune.
 */
export function communeFca(model: AccessModel, active: readonly number[], d0: number): Map<string, number | null> {
  const { access } = twoStepFca(model.matrix, active, model.weights.pop, { d0 });
  const scaled = Float64Array.from(access, (a) => a * 100_000);
  return weightedMeanByKey(scaled, model.weights.pop, model.communes);
}

/** Upper bounds (minutes, inclusive) of the map's time classes: ≤ 10, 10–20, 20–30, > 30. */
export const TIME_CLASS_BOUNDS: readonly number[] = [10, 20, 30];

/** Class index 0…3 of a time in minutes; 3 for unreachable. */
export function timeClass(minutes: number): number {
  let c = 0;
  while (c < TIME_CLASS_BOUNDS.length && minutes > (TIME_CLASS_BOUNDS[c] as number)) c++;
  return c;
}

/**
 * k-class quantile thresholds of the finite values (k − 1 ascending, distinct); value v is in class
 * = number of thresholds ≤ v.
 */
export function quantileThresholds(values: Iterable<number | null>, k: number): number[] {
  const sorted = [...values].filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let i = 1; i < k; i++) {
    const t = sorted[Math.min(sorted.length - 1, Math.round((i * sorted.length) / k))] as number;
    if (t > (sorted[0] as number) && !out.includes(t)) out.push(t);
  }
  return out;
}

export function classOf(value: number, thresholds: readonly number[]): number {
  let c = 0;
  while (c < thresholds.length && value >= (thresholds[c] as number)) c++;
  return c;
}
