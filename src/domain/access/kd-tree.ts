/**
 * A static k-d tree over points on the unit sphere (3-D unit vectors), for the sparse nearest-site
 * search: every node keeps the bounding box of its points, whose distance to a query point is a
 * lower bound of the chord to any of them. Built in O(n log n) by median splits on the widest axis.
 */
export interface KdTree {
  /** Point ids (e.g. site indices) in tree order; leaf `k` holds ids[start[k] … end[k] − 1]. */
  ids: Int32Array;
  /** Coordinates of ids[i] at xyz[3i … 3i + 2] (tree order). */
  xyz: Float64Array;
  start: Int32Array;
  end: Int32Array;
  /** Children of node k (−1 for a leaf). */
  left: Int32Array;
  right: Int32Array;
  /** Bounding box of node k: min x, y, z then max x, y, z at box[6k … 6k + 5]. */
  box: Float64Array;
  size: number;
}

const LEAF = 8;

/**
 * @param ids point ids
 * @param coords coordinates of an id: writes its unit vector at out[offset … offset + 2]
 */
export function buildKdTree(ids: ArrayLike<number>, coords: (id: number, out: Float64Array, offset: number) => void): KdTree {
  const n = ids.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const src = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) coords(ids[i] as number, src, 3 * i);
  const maxNodes = Math.max(1, 2 * Math.ceil(n / (LEAF / 2)) + 1);
  const start = new Int32Array(maxNodes);
  const end = new Int32Array(maxNodes);
  const left = new Int32Array(maxNodes).fill(-1);
  const right = new Int32Array(maxNodes).fill(-1);
  const box = new Float64Array(6 * maxNodes);
  let size = 0;
  const build = (lo: number, hi: number): number => {
    const k = size++;
    start[k] = lo;
    end[k] = hi;
    const b = 6 * k;
    box.fill(Infinity, b, b + 3);
    box.fill(-Infinity, b + 3, b + 6);
    for (let i = lo; i < hi; i++) {
      const p = 3 * (order[i] as number);
      for (let a = 0; a < 3; a++) {
        const v = src[p + a] as number;
        if (v < (box[b + a] as number)) box[b + a] = v;
        if (v > (box[b + 3 + a] as number)) box[b + 3 + a] = v;
      }
    }
    if (hi - lo <= LEAF) return k;
    let axis = 0;
    let width = -1;
    for (let a = 0; a < 3; a++) {
      const w = (box[b + 3 + a] as number) - (box[b + a] as number);
      if (w > width) [axis, width] = [a, w];
    }
    if (width <= 0) return k; // all points equal: one leaf
    const mid = (lo + hi) >> 1;
    select(order, src, axis, lo, hi - 1, mid);
    left[k] = build(lo, mid);
    right[k] = build(mid, hi);
    return k;
  };
  if (n > 0) build(0, n);
  const treeIds = new Int32Array(n);
  const xyz = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const j = order[i] as number;
    treeIds[i] = ids[j] as number;
    xyz[3 * i] = src[3 * j] as number;
    xyz[3 * i + 1] = src[3 * j + 1] as number;
    xyz[3 * i + 2] = src[3 * j + 2] as number;
  }
  return { ids: treeIds, xyz, start, end, left, right, box, size };
}

/** Quickselect: order[lo … hi] partially sorted on `axis` so that position `k` holds its rank. */
function select(order: Int32Array, src: Float64Array, axis: number, lo: number, hi: number, k: number): void {
  const v = (i: number) => src[3 * (order[i] as number) + axis] as number;
  const swap = (i: number, j: number) => {
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  };
  while (hi > lo) {
    const pivot = v((lo + hi) >> 1);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v(i) < pivot) i++;
      while (v(j) > pivot) j--;
      if (i <= j) {
        swap(i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Distance from point q (q[o … o + 2]) to the bounding box of node k (0 inside). */
export function boxDistance(tree: KdTree, k: number, q: Float64Array, o: number): number {
  const b = 6 * k;
  let d2 = 0;
  for (let a = 0; a < 3; a++) {
    const x = q[o + a] as number;
    const lo = tree.box[b + a] as number;
    const hi = tree.box[b + 3 + a] as number;
    const d = x < lo ? lo - x : x > hi ? x - hi : 0;
    d2 += d * d;
  }
  return Math.sqrt(d2);
}

/** Chord between q (q[o …]) and the i-th point of the tree (tree order). */
export function pointDistance(tree: KdTree, i: number, q: Float64Array, o: number): number {
  const dx = (tree.xyz[3 * i] as number) - (q[o] as number);
  const dy = (tree.xyz[3 * i + 1] as number) - (q[o + 1] as number);
  const dz = (tree.xyz[3 * i + 2] as number) - (q[o + 2] as number);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}
