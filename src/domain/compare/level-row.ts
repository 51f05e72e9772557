/**
 * One unit (commune, EPCI, territory, département) of an indicator, as returned by
 * `src/data/queries/indicator-by-level.ts` and by {@link aggregateByLevel}: same names, same rules.
 */
export interface LevelRow {
  code: string;
  /** Ratio of sums (ratio), sum (count); for median / published rates only at commune level. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  n_communes: number;
  /** Member communes whose numerator is known (not withheld). */
  n_values: number;
  /** Range of the member communes' own values. */
  min: number | null;
  max: number | null;
  pop_total: number | null;
  /** Population of the member communes whose numerator is known. */
  pop_with_value: number | null;
}

/** The rows of one indicator at the levels the comparison and the fiche use. */
export interface IndicatorLevels {
  commune: readonly LevelRow[];
  territoire: readonly LevelRow[];
  departement: readonly LevelRow[];
  /** `sql`: DuckDB; `ts`: the same computation in the browser from commune-stats.json. */
  source: 'sql' | 'ts';
}
