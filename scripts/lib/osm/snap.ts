/**
 * Nearest graph node to a point, through a uniform grid over a local equirectangular projection
 * (metres, centred on the graph): rings of cells are searched outwards until no closer node can exist.
 */
import { EARTH_RADIUS_M, haversineM } from './haversine-m.ts';
import type { RoadGraph } from './road-graph.ts';
import { largestStrongComponent } from './strong-components.ts';

const RAD = Math.PI / 180;

/** Grid of graph nodes; build with `buildSnapIndex`. */
export interface SnapIndex {
  lon: Float64Array;
  lat: Float64Array;
  lon0: number;
  lat0: number;
  /** Metres per degree of longitude / latitude in the projection. */
  kx: number;
  ky: number;
  /** Projected coordinates (m) of the grid's south-west corner. */
  x0: number;
  y0: number;
  cellM: number;
  cols: number;
  rows: number;
  /** Nodes of cell c: cellNodes[cellStart[c] .. cellStart[c+1]). */
  cellStart: Int32Array;
  cellNodes: Int32Array;
}

/** A snapped point: graph node index (−1 if there is none) and crow distance to it, metres. */
export interface Snapped {
  node: number;
  distanceM: number;
}

/**
 * Grid index over the graph nodes where `mask[node]` is 1 (all nodes when no mask is given).
 *
 * @param cellM cell side in metres (default 250 m: a few nodes per cell in a town, sparse in the country)
 */
export function buildSnapIndex(g: Pick<RoadGraph, 'nodeCount' | 'lon' | 'lat'>, mask?: Uint8Array, cellM = 250): SnapIndex {
  const keep = (v: number): boolean => !mask || mask[v] === 1;
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (let v = 0; v < g.nodeCount; v++) {
    if (!keep(v)) continue;
    const x = g.lon[v] as number, y = g.lat[v] as number;
    if (x < minLon) minLon = x;
    if (x > maxLon) maxLon = x;
    if (y < minLat) minLat = y;
    if (y > maxLat) maxLat = y;
  }
  const empty = minLon > maxLon;
  const lon0 = empty ? 0 : (minLon + maxLon) / 2;
  const lat0 = empty ? 0 : (minLat + maxLat) / 2;
  const ky = EARTH_RADIUS_M * RAD;
  const kx = ky * Math.cos(lat0 * RAD);
  const x0 = empty ? 0 : (minLon - lon0) * kx;
  const y0 = empty ? 0 : (minLat - lat0) * ky;
  const cols = empty ? 0 : Math.floor(((maxLon - lon0) * kx - x0) / cellM) + 1;
  const rows = empty ? 0 : Math.floor(((maxLat - lat0) * ky - y0) / cellM) + 1;
  const cellOf = (v: number): number => {
    const cx = Math.min(cols - 1, Math.floor((((g.lon[v] as number) - lon0) * kx - x0) / cellM));
    const cy = Math.min(rows - 1, Math.floor((((g.lat[v] as number) - lat0) * ky - y0) / cellM));
    return cy * cols + cx;
  };
  const cellStart = new Int32Array(cols * rows + 1);
  for (let v = 0; v < g.nodeCount; v++) if (keep(v)) cellStart[cellOf(v) + 1]!++;
  for (let c = 0; c < cols * rows; c++) cellStart[c + 1]! += cellStart[c] as number;
  const cellNodes = new Int32Array(cellStart[cols * rows] as number);
  const cursor = cellStart.slice(0, cols * rows);
  for (let v = 0; v < g.nodeCount; v++) if (keep(v)) cellNodes[cursor[cellOf(v)]!++] = v;
  return { lon: g.lon, lat: g.lat, lon0, lat0, kx, ky, x0, y0, cellM, cols, rows, cellStart, cellNodes };
}

/**
 * Nearest indexed node to (lon, lat) in degrees. Exact in the projected metric (the ranking can only
 * differ from the great-circle one by well under a metre at département scale); `distanceM` is the
 * haversine distance. Points outside the grid are fine (searched from the nearest edge cell).
 */
export function snapWith(index: SnapIndex, lon: number, lat: number): Snapped {
  const { cols, rows, cellM, cellStart, cellNodes, kx, ky, x0, y0, lon0, lat0 } = index;
  if (cols === 0) return { node: -1, distanceM: Infinity };
  const px = (lon - lon0) * kx;
  const py = (lat - lat0) * ky;
  const cx = Math.max(0, Math.min(cols - 1, Math.floor((px - x0) / cellM)));
  const cy = Math.max(0, Math.min(rows - 1, Math.floor((py - y0) / cellM)));
  let best = -1;
  let bestD2 = Infinity;
  const visit = (x: number, y: number): void => {
    if (x < 0 || y < 0 || x >= cols || y >= rows) return;
    const c = y * cols + x;
    for (let k = cellStart[c] as number; k < (cellStart[c + 1] as number); k++) {
      const v = cellNodes[k] as number;
      const dx = ((index.lon[v] as number) - lon0) * kx - px;
      const dy = ((index.lat[v] as number) - lat0) * ky - py;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2 || (d2 === bestD2 && v < best)) {
        bestD2 = d2;
        best = v;
      }
    }
  };
  const maxRing = Math.max(cols, rows);
  for (let r = 0; r <= maxRing; r++) {
    if (r === 0) visit(cx, cy);
    else {
      for (let x = cx - r; x <= cx + r; x++) {
        visit(x, cy - r);
        visit(x, cy + r);
      }
      for (let y = cy - r + 1; y <= cy + r - 1; y++) {
        visit(cx - r, y);
        visit(cx + r, y);
      }
    }
    // every node in ring r+1 or beyond is at least r cells away from the point
    if (best >= 0 && Math.sqrt(bestD2) <= r * cellM) break;
  }
  return { node: best, distanceM: best < 0 ? Infinity : haversineM(lon, lat, index.lon[best] as number, index.lat[best] as number) };
}

const cache = new WeakMap<RoadGraph, SnapIndex>();

/**
 * Nearest node of the graph's largest strongly connected component to (lon, lat) in degrees, with the
 * crow distance in metres. The index is built at the first call for a graph and kept (weakly) for the
 * next ones; the graph must not be mutated afterwards.
 */
export function snap(graph: RoadGraph, lon: number, lat: number): Snapped {
  let index = cache.get(graph);
  if (!index) {
    index = buildSnapIndex(graph, largestStrongComponent(graph));
    cache.set(graph, index);
  }
  return snapWith(index, lon, lat);
}
