/**
 * Best and second-best open site per origin, the state of the Teitz–Bart interchange: closing
 * site r moves the origins whose best is r to their second-best time, the others keep their best.
 */
export interface BestTwo {
  /** Nearest site index per origin, −1 if none reaches it. Ties: the site met first in `columns`. */
  site: Int32Array;
  /** Minutes to it (Infinity if none). */
  first: Float64Array;
  /** Minutes to the second-nearest open site (Infinity if fewer than two); equal to `first` on a tie. */
  second: Float64Array;
}

/**
 * @param nOrigins number of origins
 * @param sites open site indices
 * @param column minutes to a site, indexed by origin
 */
export function bestTwoSites(
  nOrigins: number,
  sites: readonly number[],
  column: (s: number) => ArrayLike<number>,
): BestTwo {
  const site = new Int32Array(nOrigins).fill(-1);
  const first = new Float64Array(nOrigins).fill(Infinity);
  const second = new Float64Array(nOrigins).fill(Infinity);
  for (const s of sites) {
    const col = column(s);
    for (let o = 0; o < nOrigins; o++) {
      const t = col[o] as number;
      if (t < (first[o] as number)) {
        second[o] = first[o] as number;
        first[o] = t;
        site[o] = s;
      } else if (t < (second[o] as number)) second[o] = t;
    }
  }
  return { site, first, second };
}
