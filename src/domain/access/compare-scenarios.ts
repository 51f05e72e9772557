import { evaluateScenario, type AccessContext, type GroupFigures, type ScenarioFigures } from './evaluate-scenario';
import type { Scenario } from './scenario';

/** A figure before (scenario a) and after (scenario b); delta = after − before, null if either is null. */
export interface Delta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface ComparisonRow {
  /** Territory, or null for the département. */
  group: string | null;
  /** Weight (population) of the group, the same in both scenarios. */
  weight: number;
  beyondWeight: Delta;
  shareBeyond: Delta;
  meanMinutes: Delta;
  p90Minutes: Delta;
  gini: Delta;
  theil: Delta;
}

export interface ScenarioComparison {
  before: ScenarioFigures;
  after: ScenarioFigures;
  /** Département first, then the territories. */
  rows: ComparisonRow[];
  theilBetween: Delta;
  theilWithin: Delta;
}

function delta(before: number | null | undefined, after: number | null | undefined): Delta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : a - b };
}

const METRICS = ['beyondWeight', 'shareBeyond', 'meanMinutes', 'p90Minutes', 'gini', 'theil'] as const;

/**
 * Per-territory changes from scenario `a` to scenario `b`: weight beyond the threshold, its share,
 * mean time, P90, Gini and Theil. Each scenario uses its own `thresholdMin`: if they differ, the
 * "beyond" deltas mix the site change and the threshold change (both thresholds are in
 * `before.thresholdMin` / `after.thresholdMin`).
 */
export function compareScenarios(a: Scenario, b: Scenario, ctx: AccessContext): ScenarioComparison {
  const before = evaluateScenario(a, ctx);
  const after = evaluateScenario(b, ctx);
  const row = (x: GroupFigures, y: GroupFigures | undefined): ComparisonRow => {
    const r = { group: x.group, weight: x.weight } as ComparisonRow;
    for (const k of METRICS) r[k] = delta(x[k], y?.[k]);
    return r;
  };
  return {
    before,
    after,
    rows: [row(before.overall, after.overall), ...before.groups.map((g) => row(g, after.groups.find((h) => h.group === g.group)))],
    theilBetween: delta(before.theil?.between, after.theil?.between),
    theilWithin: delta(before.theil?.within, after.theil?.within),
  };
}
