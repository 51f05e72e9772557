import { boxDistance, buildKdTree, pointDistance, type KdTree } from './kd-tree';
import { timeColumn, type MatrixGeometry, type TimeMatrix } from './time-matrix';

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
 * Cost: nOrigins × active.length time look-ups; with a matrix `geometry`, a k-d tree search per
 * origin that evaluates only the sites whose lower bound does not exceed the best time found
 * (same result).
 */
export function nearestSites(m: TimeMatrix, active: readonly number[]): Nearest {
  if (m.geometry) return nearestSitesSparse(m.nOrigins, m.geometry, active);
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
 * the current best (nOrigins look-ups; with a matrix `geometry`, only the origins whose lower bound
 * to `s` does not exceed their current time are evaluated). Returns new arrays; `current` is left
 * untouched.
 */
export function withSiteAdded(m: TimeMatrix, current: Nearest, s: number): Nearest {
  const site = current.site.slice();
  const minutes = current.minutes.slice();
  if (m.geometry) {
    addSparse(m.geometry, site, minutes, s);
    return { site, minutes };
  }
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
  if (m.geometry) {
    removeSparse(m.geometry, site, minutes, remaining, s);
    return { site, minutes };
  }
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

// ---------------------------------------------------------------------------------------------
// Sparse search (matrix with a geometry). Exact: a site is skipped only when the float32 rounding
// of its lower bound is already above the best float32 time, so it could neither beat nor tie it.

function siteTree(g: MatrixGeometry, sites: Iterable<number>): KdTree {
  return buildKdTree(Int32Array.from(new Set(sites)), (s, out, offset) => g.siteXyz(s, out, offset));
}

/** Nearest site of origin `o` (unit vector at q[3o …]) among the tree's sites, into site/minutes[o]. */
function searchTree(tree: KdTree, g: MatrixGeometry, q: Float64Array, o: number, stack: Int32Array, site: Int32Array, minutes: Float32Array): void {
  let best = minutes[o] as number;
  let bestSite = site[o] as number;
  const qo = 3 * o;
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const k = stack[--top] as number;
    if (Math.fround(g.minMinutesAtChord(boxDistance(tree, k, q, qo))) > best) continue;
    const l = tree.left[k] as number;
    if (l < 0) {
      for (let i = tree.start[k] as number; i < (tree.end[k] as number); i++) {
        if (Math.fround(g.minMinutesAtChord(pointDistance(tree, i, q, qo))) > best) continue;
        const s = tree.ids[i] as number;
        const t = g.pairMinutes(o, s);
        if (beats(t, s, best, bestSite)) {
          best = t;
          bestSite = s;
        }
      }
      continue;
    }
    const r = tree.right[k] as number;
    // nearer child last on the stack, so it is searched first
    if (boxDistance(tree, l, q, qo) <= boxDistance(tree, r, q, qo)) {
      stack[top++] = r;
      stack[top++] = l;
    } else {
      stack[top++] = l;
      stack[top++] = r;
    }
  }
  site[o] = bestSite;
  minutes[o] = best;
}

function nearestSitesSparse(nOrigins: number, g: MatrixGeometry, active: readonly number[]): Nearest {
  const site = new Int32Array(nOrigins).fill(-1);
  const minutes = new Float32Array(nOrigins).fill(Infinity);
  if (active.length === 0 || nOrigins === 0) return { site, minutes };
  const tree = siteTree(g, active);
  const q = g.originXyz();
  const stack = new Int32Array(tree.size + 1);
  for (let o = 0; o < nOrigins; o++) searchTree(tree, g, q, o, stack, site, minutes);
  return { site, minutes };
}

function addSparse(g: MatrixGeometry, site: Int32Array, minutes: Float32Array, s: number): void {
  const q = g.originXyz();
  const p = new Float64Array(3);
  g.siteXyz(s, p, 0);
  const [px, py, pz] = [p[0] as number, p[1] as number, p[2] as number];
  for (let o = 0; o < site.length; o++) {
    const dx = (q[3 * o] as number) - px;
    const dy = (q[3 * o + 1] as number) - py;
    const dz = (q[3 * o + 2] as number) - pz;
    const best = minutes[o] as number;
    if (Math.fround(g.minMinutesAtChord(Math.sqrt(dx * dx + dy * dy + dz * dz))) > best) continue;
    const t = g.pairMinutes(o, s);
    if (beats(t, s, best, site[o] as number)) {
      minutes[o] = t;
      site[o] = s;
    }
  }
}

function removeSparse(g: MatrixGeometry, site: Int32Array, minutes: Float32Array, remaining: readonly number[], s: number): void {
  let tree: KdTree | null = null;
  let stack: Int32Array | null = null;
  const q = g.originXyz();
  for (let o = 0; o < site.length; o++) {
    if (site[o] !== s) continue;
    tree ??= siteTree(g, remaining.filter((r) => r !== s));
    stack ??= new Int32Array(tree.size + 1);
    site[o] = -1;
    minutes[o] = Infinity;
    if (tree.ids.length > 0) searchTree(tree, g, q, o, stack, site, minutes);
  }
}
