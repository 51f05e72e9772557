import { cachedTimeMatrix, type CachedTimeMatrix } from './cached-time-matrix';
import { boxDistance, buildKdTree, pointDistance } from './kd-tree';
import { minKmAtChord, unitVector, unitVectors } from './sphere';
import { crowKm, modelMinutes, type Bridge, type CrowModel, type LonLat } from './travel-time';

/** A point with its Loire bank (+1 right/north, −1 left/south), as given by `riverSide`. */
export interface BankedPoint extends LonLat {
  side: number;
}

/**
 * Bridges kept per site for the crossing: beyond this many bridges, a crossing is first tried
 * through the site's nearest ones (see `modelTimeMatrix`). Loir-et-Cher has 7: it never uses it.
 */
export const NEAR_BRIDGES = 8;

/**
 * Cached matrix of the calibrated crow-fly model (`modelMinutes`): minutes from `origins[o]` to
 * `sites[s]`, through the best bridge when they lie on opposite banks.
 *
 * `sites` is read when a column is first computed, so a site dropped on the map can be appended to
 * the array followed by `matrix.addSites(1)`; existing entries must not change afterwards (their
 * columns may already be cached).
 *
 * Scale: the matrix carries a `geometry` (unit vectors; time ≥ intercept + slope × crow km, by the
 * triangle inequality through any bridge), so nearest-site searches only evaluate pairs that can be
 * nearest instead of filling a column per site (nOrigins evaluations each). With more than
 * NEAR_BRIDGES bridges (a national river network), a crossing is valued through the site's
 * NEAR_BRIDGES nearest bridges when that provably gives the minimum of `modelMinutes` (every other
 * bridge is farther from the site than the detour found), else by a branch-and-bound over a k-d
 * tree of the bridges: the minutes are the same numbers as `modelMinutes` gives, only fewer bridges
 * are tried.
 */
export function modelTimeMatrix(
  origins: readonly BankedPoint[],
  sites: readonly BankedPoint[],
  model: CrowModel,
  bridges: readonly Bridge[],
): CachedTimeMatrix {
  let originXyz: Float64Array | null = null;
  const originVectors = () => (originXyz ??= unitVectors(origins));
  const crossing = bridges.length > NEAR_BRIDGES ? bridgeCrossing(sites, bridges, originVectors) : null;
  const minutes = (o: number, s: number): number => {
    const a = origins[o] as BankedPoint;
    const b = sites[s] as BankedPoint;
    if (crossing && a.side !== b.side) return model.interceptMin + model.minPerKm * crossing(a, o, s);
    return modelMinutes(a, a.side, b, b.side, model, bridges);
  };
  const matrix = cachedTimeMatrix(origins.length, sites.length, minutes);
  // A lower bound needs a non-negative slope (always so for a calibrated model).
  if (!(model.minPerKm >= 0 && Number.isFinite(model.interceptMin) && Number.isFinite(model.minPerKm))) return matrix;
  return Object.assign(matrix, {
    geometry: {
      originXyz: originVectors,
      siteXyz: (s: number, out: Float64Array, offset: number) => unitVector(sites[s] as BankedPoint, out, offset),
      minMinutesAtChord: (chord: number) => model.interceptMin + model.minPerKm * minKmAtChord(chord) - 1e-9,
      pairMinutes: (o: number, s: number) => {
        const col = matrix.cachedColumn(s);
        return col ? (col[o] as number) : Math.fround(minutes(o, s));
      },
    },
  });
}

interface SiteBridges {
  /** Unit vector of the site. */
  xyz: Float64Array;
  /** Its NEAR_BRIDGES nearest bridges (indices) and crowKm(bridge, site), the order `modelMinutes` uses. */
  bridge: Int32Array;
  km: Float64Array;
  /** Every other bridge is at least this far from the site (km, a lower bound). */
  boundKm: number;
}

/**
 * min over all bridges of crowKm(origin, bridge) + crowKm(bridge, site), exactly the `km` of
 * `modelMinutes` for a crossing, found without trying every bridge:
 * 1. through the site's NEAR_BRIDGES nearest bridges; if that detour is no longer than the distance
 *    from the site to any other bridge, it is the minimum;
 * 2. otherwise (origin and site far apart, e.g. two tiles of a mosaic), a branch-and-bound over a
 *    k-d tree of the bridges: a node is skipped when the lower bounds of both legs to its box
 *    already exceed the best detour.
 * Every detour compared is computed by the same `crowKm` calls as `modelMinutes`, so the minimum is
 * the same number.
 */
function bridgeCrossing(
  sites: readonly BankedPoint[],
  bridges: readonly Bridge[],
  originVectors: () => Float64Array,
): (a: BankedPoint, o: number, s: number) => number {
  const bxyz = unitVectors(bridges);
  const tree = buildKdTree(Int32Array.from(bridges, (_, i) => i), (i, out, offset) => unitVector(bridges[i] as Bridge, out, offset));
  const stack = new Int32Array(tree.size + 1);
  const perSite = new Map<number, SiteBridges>();
  const siteBridges = (s: number): SiteBridges => {
    let list = perSite.get(s);
    if (list) return list;
    const site = sites[s] as BankedPoint;
    const xyz = new Float64Array(3);
    unitVector(site, xyz, 0);
    const chord = bridges.map((_, i) => chordBetween(bxyz, 3 * i, xyz, 0));
    const order = bridges.map((_, i) => i).sort((i, j) => (chord[i] as number) - (chord[j] as number) || i - j);
    const kept = Int32Array.from(order.slice(0, NEAR_BRIDGES));
    const next = order[NEAR_BRIDGES];
    list = {
      xyz,
      bridge: kept,
      km: Float64Array.from(kept, (i) => crowKm(bridges[i] as Bridge, site)),
      boundKm: next === undefined ? Infinity : minKmAtChord(chord[next] as number),
    };
    perSite.set(s, list);
    return list;
  };
  return (a, o, s) => {
    const list = siteBridges(s);
    let km = Infinity;
    for (let k = 0; k < list.bridge.length; k++) {
      km = Math.min(km, crowKm(a, bridges[list.bridge[k] as number] as Bridge) + (list.km[k] as number));
    }
    if (km <= list.boundKm) return km;
    const q = originVectors();
    const qo = 3 * o;
    const site = sites[s] as BankedPoint;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const k = stack[--top] as number;
      if (minKmAtChord(boxDistance(tree, k, q, qo)) + minKmAtChord(boxDistance(tree, k, list.xyz, 0)) > km) continue;
      if ((tree.left[k] as number) >= 0) {
        stack[top++] = tree.right[k] as number;
        stack[top++] = tree.left[k] as number;
        continue;
      }
      for (let i = tree.start[k] as number; i < (tree.end[k] as number); i++) {
        if (minKmAtChord(pointDistance(tree, i, q, qo)) + minKmAtChord(pointDistance(tree, i, list.xyz, 0)) > km) continue;
        const br = bridges[tree.ids[i] as number] as Bridge;
        km = Math.min(km, crowKm(a, br) + crowKm(br, site));
      }
    }
    return km;
  };
}

function chordBetween(p: Float64Array, i: number, q: Float64Array, j: number): number {
  const dx = (p[i] as number) - (q[j] as number);
  const dy = (p[i + 1] as number) - (q[j + 1] as number);
  const dz = (p[i + 2] as number) - (q[j + 2] as number);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}
