import { column, type Query } from './sql.ts';

export type Level = 'commune' | 'epci' | 'territoire' | 'departement';

/** What a query needs of a catalogue entry (see data/indicators.json). */
export interface IndicatorSpec {
  kind: 'ratio' | 'count' | 'median' | 'published-rate';
  numerator: string;
  denominator: string | null;
  offset: number;
  scale: number;
}

const KEY: Record<Level, string> = {
  commune: 'c.code',
  epci: 'c.epci_code',
  territoire: 'c.territoire',
  departement: "'41'",
};

/**
 * One row per unit of `level`: `code, value, numerator, denominator, n_communes, n_values, min, max,
 * pop_total, pop_with_value`.
 *
 * - ratio: value = (Σnum / Σden − offset) × scale, a ratio of sums, never a mean of commune ratios;
 *   null when any member commune lacks a count (a partial sum would be biased) or Σden = 0.
 * - count: value = Σnum × scale, null when any member lacks it.
 * - median / published-rate (MED21, TP6021): INSEE publishes them per commune and they cannot be
 *   combined, so above the commune level value is null; `min`/`max` give the range of the published
 *   commune values and `pop_with_value` the population they cover.
 * `min`/`max` are always the range of commune values inside the unit.
 */
export function indicatorByLevel(ind: IndicatorSpec, level: Level): Query {
  const key = KEY[level];
  const num = `s.${column(ind.numerator)}`;
  const den = ind.denominator === null ? null : `s.${column(ind.denominator)}`;
  const communeValue =
    ind.kind === 'ratio' ? `(${num} / NULLIF(${den}, 0) - ?) * ?` : ind.kind === 'count' ? `${num} * ?` : num;
  const communeParams = ind.kind === 'ratio' ? [ind.offset, ind.scale] : ind.kind === 'count' ? [ind.scale] : [];
  let value: string;
  let valueParams: number[];
  if (ind.kind === 'ratio') {
    value = `CASE WHEN count(${num}) = count(*) AND count(${den}) = count(*) AND sum(${den}) <> 0 THEN (sum(${num}) / sum(${den}) - ?) * ? END`;
    valueParams = [ind.offset, ind.scale];
  } else if (ind.kind === 'count') {
    value = `CASE WHEN count(${num}) = count(*) THEN sum(${num}) * ? END`;
    valueParams = [ind.scale];
  } else {
    value = `CASE WHEN count(*) = 1 THEN any_value(${num}) END`;
    valueParams = [];
  }
  const sql = `SELECT ${key} AS code,
  ${value} AS value,
  sum(${num}) AS numerator,
  ${den === null ? 'NULL::DOUBLE' : `sum(${den})`} AS denominator,
  count(*)::INTEGER AS n_communes,
  count(${num})::INTEGER AS n_values,
  min(${communeValue}) AS min,
  max(${communeValue}) AS max,
  sum(s."P22_POP") AS pop_total,
  sum(CASE WHEN ${num} IS NOT NULL THEN s."P22_POP" ELSE 0 END) AS pop_with_value
FROM stats s JOIN communes c ON c.code = s.code
GROUP BY 1
ORDER BY 1`;
  return { sql, params: [...valueParams, ...communeParams, ...communeParams] };
}
