import { timeColumn, type TimeMatrix } from './time-matrix';

/**
 * Nearest active site of every origin. `site[o]` is a site index, or −1 when no site is active;
 * `minutes[o]` is the time to it (float32), `Infinity` when none.
 *
 * Ties: the smallest time wins, then the smallest site index; an origin that no active site reaches
 * (all times `Infinity`) gets −1. The full computation and the
 * incremental helpers below follow the same rule, so they always give identical arrays.
 */
export interface Nearest {
  site: Int32Array;
  minutes: Float32Array;
}

/**
 * True when site `s` at `t` minutes beats the current best (`bestSite`, `best` minutes). An
 * unreachable site (`Infinity`) never wins, so an origin no site reaches keeps site −1.
 */
function beats(t: number, s: number, best: number, bestSite: number): boolean {
  return t < best || (t === best && t < Infinity && s < bestSite);
}

/**
 * Nearest site per origin among `active` (site indices; order and duplicates do not matter).
 * Cost: nOrigins × active.length time look-ups.
 */
export function nearestSites(m: TimeMatrix, active: readonly number[]): Nearest {
  const site = new Int32Array(m.nOrigins).fill(-1);
  const minutes = new Float32Array(m.nOrigins).fill(Infinity);
  for (const s of active) {
    const col = timeColumn(m, s);
    for (let o = 0; o < m.nOrigins; o++) {
      const t = col[o] as number;
      if (beats(t, s, minutes[o] as number, site[o] as number)) {
        minutes[o] = t;
        site[o] = s;
      }
    }
  }
  return { site, minutes };
}

/**
 * The nearest sites after opening site `s`: one pass over the origins comparing the new site with
 * the current best (nOrigins look-ups). Returns new arrays; `current` is left untouched.
 */
export function withSiteAdded(m: TimeMatrix, current: Nearest, s: number): Nearest {
  const site = current.site.slice();
  const minutes = current.minutes.slice();
  const col = timeColumn(m, s);
  for (let o = 0; o < m.nOrigins; o++) {
    const t = col[o] as number;
    if (beats(t, s, minutes[o] as number, site[o] as number)) {
      minutes[o] = t;
      site[o] = s;
    }
  }
  return { site, minutes };
}

/**
 * The nearest sites after closing site `s`: only the origins whose best was `s` are recomputed,
 * against `remaining` (the active sites once `s` is removed; if it still lists `s`, `s` is skipped).
 * Those origins get site −1 and `Infinity` when `remaining` is empty. Returns new arrays.
 */
export function withSiteRemoved(m: TimeMatrix, current: Nearest, remaining: readonly number[], s: number): Nearest {
  const site = current.site.slice();
  const minutes = current.minutes.slice();
  for (let o = 0; o < m.nOrigins; o++) {
    if (site[o] !== s) continue;
    let best = Infinity;
    let bestSite = -1;
    for (const r of remaining) {
      if (r === s) continue;
      const t = Math.fround(m.time(o, r));
      if (beats(t, r, best, bestSite)) {
        best = t;
        bestSite = r;
      }
    }
    site[o] = bestSite;
    minutes[o] = best;
  }
  return { site, minutes };
}
