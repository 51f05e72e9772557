/**
 * Car travel times between points over an OSM road graph: the same "(origins, destinations) →
 * minutes" interface as the crow-fly model (src/domain/access/travel-time.ts). Each point is snapped
 * to the nearest node of the main network; the snap distance is covered at `ACCESS_KMH`.
 */
import type { LonLat } from '../../../src/domain/access/travel-time.ts';
import { pathNodes, shortestPaths, type ShortestPathTree } from './dijkstra.ts';
import type { RoadGraph } from './road-graph.ts';
import { snap, type Snapped } from './snap.ts';

/**
 * Speed, km/h, over the crow distance between a point and its snapped node: the unmapped last metres
 * (a farm lane, a driveway, a car park, the walk to the car). 20 km/h makes 100 m cost 0.3 min.
 */
export const ACCESS_KMH = 20;

/** Options of `timesFromSources`. */
export interface TravelTimeOptions {
  /** Speed over the snap distances, km/h (default `ACCESS_KMH`). */
  accessKmh?: number;
  /** Also return the OSM node ids of every route (memory: one tree per search). Default false. */
  keepPaths?: boolean;
}

/** Result of `timesFromSources`. */
export interface TravelTimes {
  nSources: number;
  nTargets: number;
  /**
   * Minutes, row-major: `minutes[s * nTargets + t]` from `sources[s]` to `targets[t]`, access legs
   * included. Infinity when unreachable or above `maxMinutes`.
   */
  minutes: Float64Array;
  /** Where each source / target was snapped (node index, distance in metres). */
  sourceSnaps: Snapped[];
  targetSnaps: Snapped[];
  /** With `keepPaths`: OSM node ids of each route in travel order, same layout; [] when unreachable. */
  paths?: number[][];
}

/**
 * Fastest car times from every source to every target, in minutes: access(source) + drive + access(target),
 * where an access leg is the crow distance to the snapped node at `accessKmh`. Exact in direction
 * (one-way streets make A→B and B→A differ). Runs one Dijkstra per source forwards, or one per target
 * on the reversed graph when targets are fewer — e.g. 40,000 origins × 12 offices costs 12 searches.
 *
 * @param maxMinutes cap on the total time (default Infinity): searches stop there and longer trips
 *   come back as Infinity
 */
export function timesFromSources(
  graph: RoadGraph,
  sources: readonly LonLat[],
  targets: readonly LonLat[],
  maxMinutes = Infinity,
  options: TravelTimeOptions = {},
): TravelTimes {
  const accessMinPerM = 0.06 / (options.accessKmh ?? ACCESS_KMH);
  const sourceSnaps = sources.map((p) => snap(graph, p.lon, p.lat));
  const targetSnaps = targets.map((p) => snap(graph, p.lon, p.lat));
  const nS = sources.length;
  const nT = targets.length;
  const minutes = new Float64Array(nS * nT).fill(Infinity);
  const paths: number[][] | undefined = options.keepPaths ? Array.from({ length: nS * nT }, () => []) : undefined;
  const reverse = nT < nS;
  const roots = reverse ? targetSnaps : sourceSnaps;
  const others = reverse ? sourceSnaps : targetSnaps;
  const otherNodes = others.map((s) => s.node);

  for (let r = 0; r < roots.length; r++) {
    const root = roots[r] as Snapped;
    if (root.node < 0) continue;
    const rootAccess = root.distanceM * accessMinPerM;
    const tree: ShortestPathTree = shortestPaths(graph, root.node, {
      reverse,
      maxMinutes: maxMinutes - rootAccess,
      stopWhenSettled: otherNodes,
    });
    for (let o = 0; o < others.length; o++) {
      const other = others[o] as Snapped;
      if (other.node < 0) continue;
      const total = rootAccess + (tree.minutes[other.node] as number) + other.distanceM * accessMinPerM;
      if (!(total <= maxMinutes)) continue;
      const cell = reverse ? o * nT + r : r * nT + o;
      minutes[cell] = total;
      if (paths) paths[cell] = pathNodes(graph, tree, other.node).map((v) => graph.osmId[v] as number);
    }
  }
  return { nSources: nS, nTargets: nT, minutes, sourceSnaps, targetSnaps, ...(paths ? { paths } : {}) };
}

/** One route, with the details a test or a map needs. */
export interface Route {
  /** Total minutes, access legs included (Infinity if unreachable). */
  minutes: number;
  /** Minutes on the road graph only. */
  driveMinutes: number;
  /** Length on the road graph, metres. */
  lengthM: number;
  from: Snapped;
  to: Snapped;
  /** Graph node indices in travel order. */
  nodes: number[];
  /** OSM node ids in travel order. */
  osmIds: number[];
  /** OSM way ids driven, in order, consecutive repeats merged. */
  wayIds: number[];
}

/** Fastest car route from `from` to `to` (degrees), as `timesFromSources` computes it for one pair. */
export function route(graph: RoadGraph, from: LonLat, to: LonLat, accessKmh = ACCESS_KMH): Route {
  const a = snap(graph, from.lon, from.lat);
  const b = snap(graph, to.lon, to.lat);
  const tree = shortestPaths(graph, a.node, { stopWhenSettled: [b.node] });
  const nodes = a.node < 0 || b.node < 0 ? [] : pathNodes(graph, tree, b.node);
  const driveMinutes = b.node < 0 ? Infinity : (tree.minutes[b.node] as number);
  let lengthM = 0;
  const wayIds: number[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const e = tree.viaEdge[nodes[i + 1] as number] as number;
    lengthM += graph.lengthM[e] as number;
    const way = graph.wayId[e] as number;
    if (wayIds[wayIds.length - 1] !== way) wayIds.push(way);
  }
  const accessMinPerM = 0.06 / accessKmh;
  return {
    minutes: (a.distanceM + b.distanceM) * accessMinPerM + driveMinutes,
    driveMinutes,
    lengthM: nodes.length > 0 ? lengthM : Infinity,
    from: a,
    to: b,
    nodes,
    osmIds: nodes.map((v) => graph.osmId[v] as number),
    wayIds,
  };
}
