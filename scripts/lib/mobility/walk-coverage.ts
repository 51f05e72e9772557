/**
 * Walking access to frequent bus stops from the 1 km population grid. Each cell is split into
 * 5 × 5 points at the centres of its 200 m sub-cells (computed in EPSG:3035 from the cell's
 * lower-left corner, then converted to lon/lat), each carrying 1/25 of the cell's population:
 * people are assumed to spread evenly within a cell.
 */
import { crowKm, type LonLat } from '../../../src/domain/access/travel-time.ts';
import { laeaToLonLat } from '../../../src/domain/geo/laea.ts';

/** Walking distance ≈ 1.25 × straight-line distance (a usual detour factor for urban street grids). */
export const WALK_DETOUR = 1.25;
/** Walking radius of the "within 500 m of a frequent stop" share, in metres. */
export const WALK_RADIUS_M = 500;
/** Points per side of a 1 km cell (5 → 200 m sub-cells). */
export const SUBDIVISIONS = 5;

export interface WeightedPoint extends LonLat {
  weight: number;
}

/**
 * The centres of the n × n sub-cells of a grid cell, as lon/lat.
 * @param x lower-left easting in EPSG:3035, metres
 * @param y lower-left northing in EPSG:3035, metres
 * @param sizeM cell side, metres
 */
export function subCellCentres(x: number, y: number, n = SUBDIVISIONS, sizeM = 1000): LonLat[] {
  const step = sizeM / n;
  const out: LonLat[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const [lon, lat] = laeaToLonLat(x + step * (i + 0.5), y + step * (j + 0.5));
      out.push({ lon, lat });
    }
  }
  return out;
}

/** Estimated walking metres from `p` to the nearest of `stops` (crow × {@link WALK_DETOUR}); Infinity without stops. */
export function nearestWalkM(p: LonLat, stops: readonly LonLat[]): number {
  let best = Infinity;
  for (const s of stops) best = Math.min(best, crowKm(p, s));
  return best * 1000 * WALK_DETOUR;
}

/**
 * Share (0–1) of the weight of `points` whose estimated walk to the nearest stop is at most
 * `radiusM` metres, i.e. whose crow distance is at most radiusM / {@link WALK_DETOUR}.
 * @returns null when the points weigh nothing (no population)
 */
export function shareWithinWalk(points: readonly WeightedPoint[], stops: readonly LonLat[], radiusM = WALK_RADIUS_M): number | null {
  let total = 0;
  let near = 0;
  for (const p of points) {
    total += p.weight;
    if (p.weight > 0 && nearestWalkM(p, stops) <= radiusM) near += p.weight;
  }
  return total > 0 ? near / total : null;
}
