import type { IndicatorKind } from '../types';

/** One unit (EPCI, territory…) as returned by `indicatorByLevel` in SQL. */
export interface LevelUnit {
  code: string;
  /** Ratio of sums (or sum), in the indicator's unit; null when not computable. */
  value: number | null;
  /** Range of the commune values inside the unit (published ones only). */
  min: number | null;
  max: number | null;
  nCommunes: number;
  nValues: number;
  /** RP 2022 population of the unit, and of its communes that have a value. */
  popTotal: number;
  popWithValue: number;
}

/** Why a unit above the commune has no value. */
export type LevelMissingReason = 'not-aggregable' | 'incomplete' | 'zero-denominator';

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : null;

/**
 * Reads the rows of `indicatorByLevel` (plain objects from DuckDB) into typed units.
 * Counts come back as doubles (the DB casts BIGINT) or bigint; both are accepted.
 *
 * @returns units in the rows' order; rows without a string `code` are skipped
 */
export function levelUnitsFromRows(rows: readonly Record<string, unknown>[]): LevelUnit[] {
  return rows
    .filter((r) => typeof r.code === 'string')
    .map((r) => ({
      code: r.code as string,
      value: num(r.value),
      min: num(r.min),
      max: num(r.max),
      nCommunes: num(r.n_communes) ?? 0,
      nValues: num(r.n_values) ?? 0,
      popTotal: num(r.pop_total) ?? 0,
      popWithValue: num(r.pop_with_value) ?? 0,
    }));
}

/**
 * Why an aggregated unit has no value: medians and published rates do not add up
 * (`not-aggregable`); a ratio or count with a withheld member is not computed
 * (`incomplete`); otherwise the denominator summed to 0.
 *
 * @returns null when the unit has a value
 */
export function levelMissingReason(kind: IndicatorKind, unit: LevelUnit): LevelMissingReason | null {
  if (unit.value !== null) return null;
  if ((kind === 'median' || kind === 'published-rate') && unit.nCommunes > 1) return 'not-aggregable';
  if (unit.nValues < unit.nCommunes) return 'incomplete';
  return 'zero-denominator';
}
