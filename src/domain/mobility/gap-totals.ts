import { pct } from './fragile-shares';
import type { CommuneMobility } from './types';

/** Totals of one territory (or the département, `territoire` null) under a gap rule. */
export interface GapTotal {
  territoire: string | null;
  communes: number;
  communesInGap: number;
  population: number | null;
  populationInGap: number | null;
  /** populationInGap / population, %. */
  populationInGapPct: number | null;
  /** Among people in gap communes: share aged 75+, single-parent families, unemployment rate, %. */
  age75PctInGap: number | null;
  singleParentPctInGap: number | null;
  unemploymentPctInGap: number | null;
}

type Counts = Pick<CommuneMobility, 'population' | 'pop75' | 'families' | 'singleParent' | 'active1564' | 'unemployed1564'>;
type SumKey = keyof Counts;

/** Sum of a count; null as soon as one commune lacks it (an aggregate with a gap is not computed). */
function sum(rows: readonly Counts[], key: SumKey): number | null {
  let total = 0;
  for (const r of rows) {
    const v = r[key];
    if (v === null || !Number.isFinite(v)) return null;
    total += v;
  }
  return total;
}

function total(territoire: string | null, all: readonly CommuneMobility[], inGap: ReadonlySet<string>): GapTotal {
  const gap = all.filter((c) => inGap.has(c.code));
  const population = sum(all, 'population');
  const populationInGap = sum(gap, 'population');
  return {
    territoire,
    communes: all.length,
    communesInGap: gap.length,
    population,
    populationInGap,
    populationInGapPct: pct(populationInGap, population),
    age75PctInGap: pct(sum(gap, 'pop75'), populationInGap),
    singleParentPctInGap: pct(sum(gap, 'singleParent'), sum(gap, 'families')),
    unemploymentPctInGap: pct(sum(gap, 'unemployed1564'), sum(gap, 'active1564')),
  };
}

/**
 * Number of communes and people in gap per territory, then for the département (last row,
 * `territoire` null). Fragile shares in gap are ratios of sums over the gap communes (never a
 * mean of commune ratios); with no commune in gap they are null.
 *
 * @param order territory ids in display order; communes of another territory count only in the
 *   département row
 * @param inGap codes of the communes in gap
 */
export function gapTotals(communes: readonly CommuneMobility[], inGap: ReadonlySet<string>, order: readonly string[]): GapTotal[] {
  return [
    ...order.map((t) => total(t, communes.filter((c) => c.territoire === t), inGap)),
    total(null, communes, inGap),
  ];
}
