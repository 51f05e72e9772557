import { column, type Query } from './sql.ts';

const COLUMNS = ['code', 'nom', 'epci_code', 'epci_nom', 'territoire'] as const;

/** Each commune with its EPCI (code, name) and territory, from table `communes`, by code. */
export function communeGroups(): Query {
  return { sql: `SELECT ${COLUMNS.map(column).join(', ')} FROM communes ORDER BY ${column('code')}`, params: [] };
}

/** Columns of {@link communeGroups}, to read the same rows from `communes.arrow` without DuckDB. */
export const COMMUNE_GROUP_COLUMNS: readonly string[] = COLUMNS;
