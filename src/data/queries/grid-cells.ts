import { column, type Query } from './sql.ts';

const COLUMNS = ['id', 'commune', 'x_laea', 'y_laea', 'ind', 'ind_snv', 'imputed'] as const;

/**
 * The populated 1 km Filosofi 2021 cells of table `origins` (kind `cell`): `id, commune,
 * x_laea, y_laea` (EPSG:3035 lower-left corner, metres), `ind` (individuals), `ind_snv`
 * (sum of standards of living, €), `imputed` (imputed 200 m cells out of 25). Ordered by id.
 */
export function gridCells(): Query {
  return {
    sql: `SELECT ${COLUMNS.map(column).join(', ')} FROM origins WHERE ${column('kind')} = ? ORDER BY ${column('id')}`,
    params: ['cell'],
  };
}

/** Columns of {@link gridCells}, to read the same rows from `origins.arrow` without DuckDB. */
export const GRID_CELL_COLUMNS: readonly string[] = COLUMNS;
