import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { cellRing } from '../geo/laea';

/** One populated 1 km cell of the Filosofi 2021 grid (table `origins`, kind `cell`). */
export interface GridCell {
  id: string;
  /** Commune holding the cell (INSEE code). */
  commune: string;
  /** EPSG:3035 lower-left corner, metres. */
  x: number;
  y: number;
  /** Individuals (Filosofi `ind`). */
  ind: number;
  /** Sum of the individuals' standards of living, € per year (`ind_snv`). */
  indSnv: number;
  /** How many of the 25 underlying 200 m cells had imputed values (0…25). */
  imputed: number;
}

export type GridMeasure = 'population' | 'niveau-vie';

/** Side of a grid cell in metres, and the number of 200 m cells it aggregates. */
export const CELL_SIZE_M = 1000;
export const SUBCELLS = 25;

/**
 * From this many imputed 200 m cells out of 25 (a majority) a 1 km cell is shown faded
 * and hatched: its values rest mostly on INSEE's imputation of small cells.
 */
export const HEAVILY_IMPUTED = 13;

/**
 * Value of a cell: population (`ind`) or mean standard of living (`ind_snv / ind`, € per
 * year and per consumption unit as published by INSEE).
 *
 * @returns null when `ind` is not positive (no mean) or an input is not finite
 */
export function gridCellValue(cell: Pick<GridCell, 'ind' | 'indSnv'>, measure: GridMeasure): number | null {
  if (!Number.isFinite(cell.ind)) return null;
  if (measure === 'population') return cell.ind;
  if (cell.ind <= 0 || !Number.isFinite(cell.indSnv)) return null;
  return cell.indSnv / cell.ind;
}

export interface GridCellProperties {
  id: string;
  commune: string;
  ind: number;
  /** Mean standard of living, or -1 when unknown (MapLibre expressions dislike null). */
  snv: number;
  imputed: number;
}

/**
 * The cells as true squares in EPSG:3035, projected to longitude/latitude (so they look
 * slightly rotated on the Web Mercator map, as they really are).
 */
export function gridFeatureCollection(cells: readonly GridCell[]): FeatureCollection<Polygon, GridCellProperties> {
  const features: Feature<Polygon, GridCellProperties>[] = cells.map((cell) => ({
    type: 'Feature',
    id: cell.id,
    geometry: { type: 'Polygon', coordinates: [cellRing(cell.x, cell.y, CELL_SIZE_M)] },
    properties: {
      id: cell.id,
      commune: cell.commune,
      ind: cell.ind,
      snv: gridCellValue(cell, 'niveau-vie') ?? -1,
      imputed: cell.imputed,
    },
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * Reads the rows of the `gridCells` query (or of `origins.arrow`) into cells.
 *
 * @returns cells with a string id and finite coordinates; other rows are skipped
 */
export function gridCellsFromRows(rows: readonly Record<string, unknown>[]): GridCell[] {
  const n = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number.NaN);
  const out: GridCell[] = [];
  for (const r of rows) {
    const x = n(r.x_laea);
    const y = n(r.y_laea);
    if (typeof r.id !== 'string' || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push({
      id: r.id,
      commune: typeof r.commune === 'string' ? r.commune : '',
      x,
      y,
      ind: n(r.ind),
      indSnv: n(r.ind_snv),
      imputed: n(r.imputed),
    });
  }
  return out;
}

/** What the map needs to draw the grid: its cells (sent once) and how to colour them. */
export interface GridLayerInput {
  data: FeatureCollection;
  /** Numeric feature property coloured: `ind` (population) or `snv` (standard of living). */
  property: keyof Pick<GridCellProperties, 'ind' | 'snv'>;
  /** Class thresholds on that property, ascending (`step` semantics, as `classify`). */
  thresholds: readonly number[];
  /** thresholds.length + 1 colours, class 0 first. */
  colors: readonly string[];
}
