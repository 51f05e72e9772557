/**
 * Travel times between origins (populated grid cells, commune fallback points) and sites (MDS,
 * candidate town centres), whatever the method behind them: the crow-fly calibrated model, an OSM
 * road graph, or a fixture in a test. Every figure in `access/` reads times through this interface.
 */
export interface TimeMatrix {
  readonly nOrigins: number;
  readonly nSites: number;
  /**
   * Minutes from origin `o` to site `s` (0 ≤ o < nOrigins, 0 ≤ s < nSites). Finite and ≥ 0, or
   * `Infinity` for an unreachable pair (a disconnected road graph). Out-of-range indices are not checked.
   */
  time(o: number, s: number): number;
  /**
   * Optional fast path: all minutes to site `s`, indexed by origin (length nOrigins). Callers must
   * not mutate it. Matrices that store columns return them without copying.
   */
  column?(s: number): Float32Array;
  /**
   * Optional: where origins and sites are, and a lower bound of the time from their distance.
   * With it, nearest-site searches (`nearestSites`, `withSiteAdded`, `withSiteRemoved`) evaluate
   * only the pairs that can be nearest (a k-d tree over the sites, see `nearest.ts`) instead of
   * every origin × site pair, with identical results. The calibrated model provides it.
   */
  readonly geometry?: MatrixGeometry;
}

/**
 * Positions on the sphere and a distance lower bound: what makes a sparse, exact nearest-site
 * search possible. For every pair, the time before its float32 rounding is ≥
 * `minMinutesAtChord(|u_o − u_s|)` (u: the unit vectors below), so
 * `Math.fround(minMinutesAtChord(chord)) ≤ pairMinutes(o, s)`: a site whose rounded bound exceeds
 * the best time found can neither beat nor tie it.
 */
export interface MatrixGeometry {
  /** Unit vectors of the origins: origin o at [3o, 3o + 1, 3o + 2]. Computed once, then reused. */
  originXyz(): Float64Array;
  /** Writes the unit vector of site s at out[offset … offset + 2] (sites may be appended later). */
  siteXyz(s: number, out: Float64Array, offset: number): void;
  /** A lower bound (minutes) of the time between two points `chord` apart; non-decreasing. */
  minMinutesAtChord(chord: number): number;
  /**
   * time(o, s) rounded to float32, exactly the value `timeColumn(m, s)[o]` holds, but computed
   * alone: a cached column is read when there is one, no column is filled.
   */
  pairMinutes(o: number, s: number): number;
}

/**
 * Dense matrix over a Float32Array in **site-major** layout: `data[s * nOrigins + o]`, so that one
 * site's column is contiguous and `column(s)` is a view, not a copy.
 *
 * @throws RangeError when `data.length !== nOrigins × nSites`
 */
export function denseTimeMatrix(nOrigins: number, nSites: number, data: Float32Array): TimeMatrix {
  if (data.length !== nOrigins * nSites) {
    throw new RangeError(`denseTimeMatrix: ${data.length} values for ${nOrigins} × ${nSites}`);
  }
  return {
    nOrigins,
    nSites,
    time: (o, s) => data[s * nOrigins + o] as number,
    column: (s) => data.subarray(s * nOrigins, (s + 1) * nOrigins),
  };
}

/**
 * Matrix computed on demand by `minutes(o, s)` at every call, nothing stored: for one-off queries
 * on a few pairs. For repeated use prefer `cachedTimeMatrix`.
 */
export function functionTimeMatrix(
  nOrigins: number,
  nSites: number,
  minutes: (o: number, s: number) => number,
): TimeMatrix {
  return { nOrigins, nSites, time: minutes };
}

/**
 * All minutes to site `s` as one array indexed by origin: the matrix's own column when it has one,
 * else a fresh Float32Array filled with `nOrigins` calls to `time`. Values are rounded to float32
 * either way, so results do not depend on the matrix kind.
 */
export function timeColumn(m: TimeMatrix, s: number): Float32Array {
  if (m.column) return m.column(s);
  const col = new Float32Array(m.nOrigins);
  for (let o = 0; o < m.nOrigins; o++) col[o] = m.time(o, s);
  return col;
}
