import { cachedTimeMatrix, type CachedTimeMatrix } from './cached-time-matrix';
import { modelMinutes, type Bridge, type CrowModel, type LonLat } from './travel-time';

/** A point with its Loire bank (+1 right/north, −1 left/south), as given by `riverSide`. */
export interface BankedPoint extends LonLat {
  side: number;
}

/**
 * Cached matrix of the calibrated crow-fly model (`modelMinutes`): minutes from `origins[o]` to
 * `sites[s]`, through the best bridge when they lie on opposite banks.
 *
 * `sites` is read when a column is first computed, so a site dropped on the map can be appended to
 * the array followed by `matrix.addSites(1)`; existing entries must not change afterwards (their
 * columns may already be cached).
 */
export function modelTimeMatrix(
  origins: readonly BankedPoint[],
  sites: readonly BankedPoint[],
  model: CrowModel,
  bridges: readonly Bridge[],
): CachedTimeMatrix {
  return cachedTimeMatrix(origins.length, sites.length, (o, s) => {
    const a = origins[o] as BankedPoint;
    const b = sites[s] as BankedPoint;
    return modelMinutes(a, a.side, b, b.side, model, bridges);
  });
}
