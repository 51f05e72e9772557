/**
 * Load of each site under nearest-site catchments: the weight (population, or a fragile
 * population) of the origins whose nearest active site it is. Origins with no site (−1) count
 * nowhere, so the loads sum to the weight of the reachable origins.
 *
 * @param site nearest site per origin (`Nearest.site`)
 * @param weights weight per origin (same length)
 * @param nSites number of sites of the matrix (length of the result)
 * @returns weight served per site index; 0 for inactive sites
 */
export function siteLoad(site: ArrayLike<number>, weights: ArrayLike<number>, nSites: number): Float64Array {
  const load = new Float64Array(nSites);
  for (let o = 0; o < site.length; o++) {
    const s = site[o] as number;
    if (s >= 0) load[s] = (load[s] as number) + (weights[o] as number);
  }
  return load;
}
