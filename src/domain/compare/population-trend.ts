/** A census population and its year. */
export interface PopulationPoint {
  year: number;
  population: number;
}

export interface PopulationChange {
  from: number;
  to: number;
  /** (to / from − 1) × 100 */
  changePct: number;
  /** Mean annual rate, ((to / from)^(1 / years) − 1) × 100, as INSEE publishes it. */
  annualPct: number;
}

/**
 * Successive changes of a census series (2011, 2016, 2022).
 *
 * @param points sorted by year; points with a missing or non-positive population are skipped
 * @returns one change per consecutive pair of remaining points
 */
export function populationChanges(points: readonly PopulationPoint[]): PopulationChange[] {
  const valid = points.filter((p) => Number.isFinite(p.population) && p.population > 0);
  const changes: PopulationChange[] = [];
  for (let i = 1; i < valid.length; i++) {
    const a = valid[i - 1] as PopulationPoint;
    const b = valid[i] as PopulationPoint;
    const ratio = b.population / a.population;
    changes.push({
      from: a.year,
      to: b.year,
      changePct: (ratio - 1) * 100,
      annualPct: (ratio ** (1 / (b.year - a.year)) - 1) * 100,
    });
  }
  return changes;
}
