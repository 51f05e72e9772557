import { communeGroupsFromRows, type CommuneGroups } from '../domain/indicators/commune-groups';
import { gridCellsFromRows, type GridCell } from '../domain/indicators/grid-cells';
import { levelUnitsFromRows, type LevelUnit } from '../domain/indicators/level-units';
import { parseSourceDetails } from '../domain/indicators/source-details';
import { parseTerritoryLabels } from '../domain/indicators/territory-labels';
import { ARROW_UNREADABLE, DataLoadError } from './data-load-error';
import { fetchBytes, fetchJson } from './fetch-data';
import { COMMUNE_GROUP_COLUMNS, communeGroups } from './queries/commune-groups';
import { GRID_CELL_COLUMNS, gridCells } from './queries/grid-cells';
import { indicatorByLevel, type IndicatorSpec, type Level } from './queries/indicator-by-level';
import type { Query } from './queries/sql';

// duckdb-wasm and apache-arrow are imported lazily: they must not weigh on the first paint.

async function queryRows(query: Query): Promise<Record<string, unknown>[]> {
  const { runQuery } = await import('./run-query');
  return runQuery(query);
}

/** Reads columns of an Arrow IPC file from public/data without DuckDB (when it cannot start). */
async function arrowFileRows(file: string, columns: readonly string[]): Promise<Record<string, unknown>[]> {
  const bytes = await fetchBytes(file);
  const { tableFromIPC } = await import('apache-arrow');
  let table;
  try {
    table = tableFromIPC(bytes);
  } catch {
    throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  }
  if (table.schema.fields.length === 0) throw new DataLoadError(file, 'corrupt', ARROW_UNREADABLE);
  const vectors = columns.map((c) => {
    const v = table.getChild(c);
    if (!v) throw new DataLoadError(file, 'corrupt', `colonne ${c} absente`);
    return v;
  });
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    columns.forEach((c, k) => (row[c] = vectors[k]?.get(i)));
    rows[i] = row;
  }
  return rows;
}

/** Licence, publisher and official address of each source (the indicator information panel). */
export const loadSourceDetails = () => fetchJson('sources.json', parseSourceDetails);

/** French and English names of the nord / centre / sud territories. */
export const loadTerritoryLabels = () => fetchJson('territoires.json', parseTerritoryLabels);

/**
 * Indicator values per EPCI or territory, aggregated in DuckDB as ratios of sums.
 *
 * @throws when DuckDB is not available or the query fails
 */
export async function loadIndicatorByLevel(spec: IndicatorSpec, level: Level): Promise<LevelUnit[]> {
  return levelUnitsFromRows(await queryRows(indicatorByLevel(spec, level)));
}

/**
 * The 1 km grid cells: from DuckDB's `origins` table when the engine is ready, else straight
 * from `origins.arrow` (same rows, same columns).
 */
export async function loadGridCells(useEngine: boolean): Promise<GridCell[]> {
  const rows = useEngine
    ? await queryRows(gridCells())
    : (await arrowFileRows('origins.arrow', [...GRID_CELL_COLUMNS, 'kind'])).filter((r) => r.kind === 'cell');
  return gridCellsFromRows(rows);
}

/** Commune → EPCI / territory lookups: from DuckDB when ready, else from `communes.arrow`. */
export async function loadCommuneGroups(useEngine: boolean): Promise<CommuneGroups> {
  const rows = useEngine
    ? await queryRows(communeGroups())
    : await arrowFileRows('communes.arrow', COMMUNE_GROUP_COLUMNS);
  return communeGroupsFromRows(rows);
}
