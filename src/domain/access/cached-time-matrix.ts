import type { TimeMatrix } from './time-matrix';

/** A lazily filled matrix; see `cachedTimeMatrix`. */
export interface CachedTimeMatrix extends TimeMatrix {
  column(s: number): Float32Array;
  /** Column s if it has been computed already, else undefined (nothing is computed). */
  cachedColumn(s: number): Float32Array | undefined;
  /** Number of site columns computed so far (each cost nOrigins calls to `minutes`). */
  readonly filledColumns: number;
  /**
   * Makes room for `count` more sites (a site dropped anywhere on the map) and returns the index of
   * the first one. `minutes` must answer for the new indices by the time they are first read.
   */
  addSites(count: number): number;
}

/**
 * Matrix computed by `minutes(o, s)` (e.g. the calibrated crow-fly model) and cached one site column
 * at a time, in a Float32Array: the first read of any time to site `s` computes the whole column
 * (nOrigins calls), later reads are array lookups. Adding a site to a scenario therefore costs one
 * column, ~4,500 evaluations. Memory: 4 bytes × nOrigins per filled column.
 */
export function cachedTimeMatrix(
  nOrigins: number,
  nSites: number,
  minutes: (o: number, s: number) => number,
): CachedTimeMatrix {
  const columns: (Float32Array | undefined)[] = new Array(nSites);
  let filled = 0;
  let sites = nSites;
  const column = (s: number): Float32Array => {
    let col = columns[s];
    if (!col) {
      if (s < 0 || s >= sites || !Number.isInteger(s)) throw new RangeError(`cachedTimeMatrix: no site ${s}`);
      col = new Float32Array(nOrigins);
      for (let o = 0; o < nOrigins; o++) col[o] = minutes(o, s);
      columns[s] = col;
      filled++;
    }
    return col;
  };
  return {
    nOrigins,
    get nSites() {
      return sites;
    },
    get filledColumns() {
      return filled;
    },
    time: (o, s) => column(s)[o] as number,
    column,
    cachedColumn: (s) => columns[s],
    addSites(count) {
      const first = sites;
      sites += count;
      columns.length = sites;
      return first;
    },
  };
}
