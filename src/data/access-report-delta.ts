import type { AccessReport, ReportGroup } from './access-evaluate';

/** A figure in two scenarios; delta = after − before, null when either is missing. */
export interface FigureDelta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export const DELTA_METRICS = ['beyond', 'shareBeyond', 'meanMinutes', 'p90Minutes', 'gini', 'theil'] as const;
export type DeltaMetric = (typeof DELTA_METRICS)[number];

export type ReportDeltaRow = { territoire: string | null; population: number } & Record<DeltaMetric, FigureDelta>;

export interface ReportDeltas {
  /** Département first, then the territories of `before`. */
  rows: ReportDeltaRow[];
  theilBetween: FigureDelta;
  theilWithin: FigureDelta;
}

function delta(before: number | null | undefined, after: number | null | undefined): FigureDelta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : a - b };
}

/**
 * Changes from report `before` to report `after` (same figures as the domain's `compareScenarios`,
 * without evaluating the scenarios again: the page already has both reports).
 */
export function reportDeltas(before: AccessReport, after: AccessReport): ReportDeltas {
  const row = (x: ReportGroup, y: ReportGroup | undefined): ReportDeltaRow => {
    const r = { territoire: x.territoire, population: x.population } as ReportDeltaRow;
    for (const k of DELTA_METRICS) r[k] = delta(x[k], y?.[k]);
    return r;
  };
  return {
    rows: [
      row(before.departement, after.departement),
      ...before.territoires.map((g) => row(g, after.territoires.find((h) => h.territoire === g.territoire))),
    ],
    theilBetween: delta(before.theil?.between, after.theil?.between),
    theilWithin: delta(before.theil?.within, after.theil?.within),
  };
}
