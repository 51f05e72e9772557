/**
 * Directed car graph from OSM ways, stored as compressed sparse rows (CSR): typed arrays only, so a
 * département (≈1–2 million nodes, 2–4 million edges) takes some 100 MB and no per-object overhead.
 * Every OSM node of a car way is a graph node (no contraction of degree-2 nodes), so snapping and
 * paths keep full geometric detail.
 */
import { carProfile, type CarProfile } from './car-profile.ts';
import { haversineM } from './haversine-m.ts';
import { findNode, type OsmExtract } from './osm-extract.ts';

/**
 * Graph nodes are numbered 0..nodeCount−1 in ascending OSM id order. Edge `e` goes from `tail[e]` to
 * `head[e]`; the edges out of node `u` are `offsets[u] ≤ e < offsets[u+1]`. The edges into node `v` are
 * `rEdge[k]` for `rOffsets[v] ≤ k < rOffsets[v+1]` (indices into the same edge arrays), for searches
 * run backwards from a destination. A two-way street gives two edges.
 */
export interface RoadGraph {
  nodeCount: number;
  edgeCount: number;
  /** OSM node id of each graph node. */
  osmId: Float64Array;
  /** Node longitude, degrees. */
  lon: Float64Array;
  /** Node latitude, degrees. */
  lat: Float64Array;
  offsets: Int32Array;
  tail: Int32Array;
  head: Int32Array;
  /** Edge travel time, minutes: lengthM / speed. */
  minutes: Float64Array;
  /** Edge length, metres (haversine between the two nodes). */
  lengthM: Float64Array;
  /** OSM id of the way each edge comes from. */
  wayId: Float64Array;
  rOffsets: Int32Array;
  rEdge: Int32Array;
  stats: RoadGraphStats;
}

/** What the build kept and dropped, for the pipeline log. */
export interface RoadGraphStats {
  /** Ways given to the builder. */
  waysIn: number;
  /** Ways open to cars (at least one edge). */
  waysUsed: number;
  /** Segments skipped because a node is missing from the extract (ways cut at its boundary). */
  segmentsMissingNode: number;
}

/** Options of `buildRoadGraph`. */
export interface RoadGraphOptions {
  /** Access, direction and speeds of a way; default `carProfile`. */
  profile?: (tags: Readonly<Record<string, string>>) => CarProfile | null;
}

/**
 * Builds the directed car graph of an extract: for each way open to cars (see `carProfile`), one edge
 * per pair of consecutive nodes and allowed direction, weighted by haversine length / speed, in
 * minutes. Segments whose node is missing are dropped; repeated consecutive nodes give no edge.
 * Deterministic: the same extract gives the same arrays.
 */
export function buildRoadGraph(extract: OsmExtract, options: RoadGraphOptions = {}): RoadGraph {
  const profileOf = options.profile ?? carProfile;
  const { nodes, ways } = extract;
  const tableSize = nodes.ids.length;
  const outDeg = new Int32Array(tableSize);
  const used = new Uint8Array(tableSize);
  const kept: { idx: Int32Array; p: CarProfile; wayId: number }[] = [];
  let missing = 0;

  for (const w of ways) {
    const p = profileOf(w.tags);
    if (!p || (p.forwardKmh <= 0 && p.backwardKmh <= 0)) continue;
    const idx = new Int32Array(w.refs.length);
    for (let i = 0; i < w.refs.length; i++) idx[i] = findNode(nodes, w.refs[i] as number);
    let edges = 0;
    for (let i = 0; i + 1 < idx.length; i++) {
      const a = idx[i] as number;
      const b = idx[i + 1] as number;
      if (a < 0 || b < 0) {
        missing++;
        continue;
      }
      if (a === b) continue;
      if (p.forwardKmh > 0) outDeg[a]!++;
      if (p.backwardKmh > 0) outDeg[b]!++;
      used[a] = 1;
      used[b] = 1;
      edges++;
    }
    if (edges > 0) kept.push({ idx, p, wayId: w.id });
  }

  const gIndex = new Int32Array(tableSize).fill(-1);
  let n = 0;
  for (let i = 0; i < tableSize; i++) if (used[i]) gIndex[i] = n++;
  const osmId = new Float64Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < tableSize; i++) {
    const g = gIndex[i] as number;
    if (g < 0) continue;
    osmId[g] = nodes.ids[i] as number;
    lon[g] = nodes.lon[i] as number;
    lat[g] = nodes.lat[i] as number;
    offsets[g + 1] = outDeg[i] as number;
  }
  for (let g = 0; g < n; g++) offsets[g + 1]! += offsets[g] as number;
  const m = offsets[n] as number;

  const tail = new Int32Array(m);
  const head = new Int32Array(m);
  const minutes = new Float64Array(m);
  const lengthM = new Float64Array(m);
  const wayId = new Float64Array(m);
  const cursor = offsets.slice(0, n);
  const put = (u: number, v: number, len: number, kmh: number, way: number): void => {
    const e = cursor[u]!++;
    tail[e] = u;
    head[e] = v;
    lengthM[e] = len;
    minutes[e] = (len * 0.06) / kmh; // m ÷ (km/h × 1000/60 m/min)
    wayId[e] = way;
  };
  for (const { idx, p, wayId: way } of kept) {
    for (let i = 0; i + 1 < idx.length; i++) {
      const a = idx[i] as number;
      const b = idx[i + 1] as number;
      if (a < 0 || b < 0 || a === b) continue;
      const u = gIndex[a] as number;
      const v = gIndex[b] as number;
      const len = haversineM(lon[u] as number, lat[u] as number, lon[v] as number, lat[v] as number);
      if (p.forwardKmh > 0) put(u, v, len, p.forwardKmh, way);
      if (p.backwardKmh > 0) put(v, u, len, p.backwardKmh, way);
    }
  }

  const rOffsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) rOffsets[(head[e] as number) + 1]!++;
  for (let g = 0; g < n; g++) rOffsets[g + 1]! += rOffsets[g] as number;
  const rEdge = new Int32Array(m);
  const rCursor = rOffsets.slice(0, n);
  for (let e = 0; e < m; e++) rEdge[rCursor[head[e] as number]!++] = e;

  return {
    nodeCount: n,
    edgeCount: m,
    osmId,
    lon,
    lat,
    offsets,
    tail,
    head,
    minutes,
    lengthM,
    wayId,
    rOffsets,
    rEdge,
    stats: { waysIn: ways.length, waysUsed: kept.length, segmentsMissingNode: missing },
  };
}
