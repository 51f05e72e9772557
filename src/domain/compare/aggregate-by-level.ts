import type { CommuneStats, Indicator } from '../types';
import type { LevelRow } from './level-row';

export type AggregateFormula = Pick<Indicator, 'kind' | 'numerator' | 'denominator' | 'offset' | 'scale'>;

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

function sum(values: readonly (number | null | undefined)[]): number | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (finite(v)) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

/**
 * The browser twin of `indicatorByLevel` (src/data/queries/indicator-by-level.ts), used before
 * DuckDB is ready or when it cannot start. It follows the SQL rule for rule, and
 * tests/sql/aggregate-by-level.test.ts checks both give the same rows on the shipped data:
 *
 * - commune value: ratio (num / den − offset) × scale, null when an input is missing or den = 0;
 *   count num × scale; median / published rate: num as published.
 * - group value: ratio (Σnum / Σden − offset) × scale, a ratio of sums, null when any member lacks
 *   an input or Σden = 0; count Σnum × scale, null when any member lacks it; median / published
 *   rate: only for a group of one commune (INSEE does not publish them for our groups and they do
 *   not add up), else null with `min`/`max` the range of the published commune values.
 *
 * @param groupOf the unit of each commune code ('41' for the département, the territory…);
 *   undefined leaves the commune out (SQL inner join)
 * @returns one row per unit, sorted by code (SQL `ORDER BY 1`)
 */
export function aggregateByLevel(
  formula: AggregateFormula,
  stats: CommuneStats,
  groupOf: (code: string) => string | undefined,
): LevelRow[] {
  const num = stats.columns.get(formula.numerator);
  const den = formula.denominator === null ? undefined : stats.columns.get(formula.denominator);
  const pop = stats.columns.get('P22_POP');
  const groups = new Map<string, number[]>();
  stats.codes.forEach((code, i) => {
    const unit = groupOf(code);
    if (unit === undefined) return;
    const members = groups.get(unit);
    if (members) members.push(i);
    else groups.set(unit, [i]);
  });
  const communeValue = (i: number): number | null => {
    const n = num?.[i];
    if (!finite(n)) return null;
    if (formula.kind === 'ratio') {
      const d = den?.[i];
      if (!finite(d) || d === 0) return null;
      return (n / d - formula.offset) * formula.scale;
    }
    if (formula.kind === 'count') return n * formula.scale;
    return n;
  };
  const rows: LevelRow[] = [];
  for (const [code, members] of groups) {
    const nums = members.map((i) => num?.[i] ?? null);
    const dens = members.map((i) => den?.[i] ?? null);
    const numerator = sum(nums);
    const denominator = formula.denominator === null ? null : sum(dens);
    const allNum = nums.every(finite);
    let value: number | null = null;
    if (formula.kind === 'ratio') {
      if (allNum && dens.every(finite) && denominator !== null && denominator !== 0) {
        value = ((numerator as number) / denominator - formula.offset) * formula.scale;
      }
    } else if (formula.kind === 'count') {
      if (allNum) value = (numerator as number) * formula.scale;
    } else if (members.length === 1) {
      value = nums[0] ?? null;
    }
    const own = members.map(communeValue).filter(finite);
    rows.push({
      code,
      value,
      numerator,
      denominator,
      n_communes: members.length,
      n_values: nums.filter(finite).length,
      min: own.length ? Math.min(...own) : null,
      max: own.length ? Math.max(...own) : null,
      pop_total: sum(members.map((i) => pop?.[i] ?? null)),
      pop_with_value: members.reduce((s, i) => s + (finite(num?.[i]) ? (pop?.[i] ?? 0) : 0), 0),
    });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
