import type { CommuneMobility } from './types';

/** Fragile shares of a commune, in % (0–100); null when a count is missing or the denominator is 0. */
export interface FragileShares {
  /** People aged 75+ / population. */
  age75Pct: number | null;
  /** Single-parent families / families. */
  singleParentPct: number | null;
  /** Unemployed 15–64 / labour force 15–64 (census unemployment rate). */
  unemploymentPct: number | null;
}

/** 100 × a / b; null when either is missing or b is not positive. */
export function pct(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  return (100 * a) / b;
}

export function fragileShares(c: Pick<CommuneMobility, 'population' | 'pop75' | 'families' | 'singleParent' | 'active1564' | 'unemployed1564'>): FragileShares {
  return {
    age75Pct: pct(c.pop75, c.population),
    singleParentPct: pct(c.singleParent, c.families),
    unemploymentPct: pct(c.unemployed1564, c.active1564),
  };
}
