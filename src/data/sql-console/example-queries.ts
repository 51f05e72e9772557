import type { ConsoleTable } from './console-schema';

export type ExampleId =
  | 'population-territoire'
  | 'top-75-plus'
  | 'revenu-secret'
  | 'au-dela-20-min'
  | 'au-dela-20-min-carreaux'
  | 'services-par-type';

export interface ExampleQuery {
  id: ExampleId;
  sql: string;
}

/** Population RP 2022 by territory (nord / centre / sud): sums to 328,953. */
const POPULATION_BY_TERRITORY = `SELECT c.territoire,
       count(*) AS communes,
       round(sum(s.P22_POP)) AS population
FROM communes c
JOIN stats s USING (code)
GROUP BY c.territoire
ORDER BY c.territoire;`;

/** Share of people aged 75+ as a ratio of counts (RP 2022), top 10. */
const TOP_75_PLUS = `SELECT c.code, c.nom,
       s.P22_POP AS population,
       round(100 * s.P22_POP75P / s.P22_POP, 1) AS part_75_plus_pct
FROM communes c
JOIN stats s USING (code)
WHERE s.P22_POP > 0
ORDER BY s.P22_POP75P / s.P22_POP DESC
LIMIT 10;`;

/** Communes whose Filosofi 2021 median income is withheld (secret statistique): kept NULL. */
const MEDIAN_WITHHELD = `SELECT c.code, c.nom, s.P22_POP AS population
FROM communes c
JOIN stats s USING (code)
WHERE s.MED21 IS NULL
ORDER BY c.nom;`;

/**
 * Population of the communes whose population-weighted mean estimated time to the nearest MDS
 * (open or planned) exceeds 20 min: a per-commune mean, not a per-person count.
 */
const BEYOND_20_MIN_COMMUNES = `-- Temps moyen estimé par commune (access.t_mds : MDS ouvertes et prévues)
SELECT c.territoire,
       round(sum(s.P22_POP) FILTER (WHERE a.t_mds > 20)) AS population_au_dela_20_min,
       round(sum(s.P22_POP)) AS population,
       round(100 * coalesce(sum(s.P22_POP) FILTER (WHERE a.t_mds > 20), 0) / sum(s.P22_POP), 1) AS part_pct
FROM communes c
JOIN stats s USING (code)
JOIN access a USING (code)
GROUP BY c.territoire
ORDER BY c.territoire;`;

/** Same, from the 1 km trip origins when they carry a time to the nearest MDS (`t_mds`). */
const BEYOND_20_MIN_CELLS = `-- Temps estimé depuis chaque carreau de 1 km (origins.t_mds)
SELECT territoire,
       round(sum(pop) FILTER (WHERE t_mds > 20)) AS population_au_dela_20_min,
       round(sum(pop)) AS population,
       round(100 * coalesce(sum(pop) FILTER (WHERE t_mds > 20), 0) / sum(pop), 1) AS part_pct
FROM origins
GROUP BY territoire
ORDER BY territoire;`;

const SERVICES_BY_TYPE = `SELECT type, statut, count(*) AS nombre
FROM services
WHERE in_dept
GROUP BY type, statut
ORDER BY type, statut;`;

const hasColumns = (schema: readonly ConsoleTable[], table: string, columns: readonly string[]) => {
  const found = schema.find((t) => t.name === table);
  return found !== undefined && columns.every((c) => found.columns.some((col) => col.name === c));
};

/**
 * Example queries offered as buttons, for the tables actually loaded: an example whose tables
 * are missing is left out. The "beyond 20 min" example uses the 1 km origins when they carry a
 * time, otherwise the per-commune mean time of `access`.
 */
export function exampleQueries(schema: readonly ConsoleTable[]): ExampleQuery[] {
  const examples: ExampleQuery[] = [];
  const stats = hasColumns(schema, 'stats', ['code', 'P22_POP']);
  const communes = hasColumns(schema, 'communes', ['code', 'territoire']);
  if (stats && communes) {
    examples.push({ id: 'population-territoire', sql: POPULATION_BY_TERRITORY });
    if (hasColumns(schema, 'stats', ['P22_POP75P'])) examples.push({ id: 'top-75-plus', sql: TOP_75_PLUS });
    if (hasColumns(schema, 'stats', ['MED21'])) examples.push({ id: 'revenu-secret', sql: MEDIAN_WITHHELD });
  }
  if (hasColumns(schema, 'origins', ['territoire', 'pop', 't_mds'])) {
    examples.push({ id: 'au-dela-20-min-carreaux', sql: BEYOND_20_MIN_CELLS });
  } else if (stats && communes && hasColumns(schema, 'access', ['code', 't_mds'])) {
    examples.push({ id: 'au-dela-20-min', sql: BEYOND_20_MIN_COMMUNES });
  }
  if (hasColumns(schema, 'services', ['type', 'statut', 'in_dept'])) {
    examples.push({ id: 'services-par-type', sql: SERVICES_BY_TYPE });
  }
  return examples;
}
