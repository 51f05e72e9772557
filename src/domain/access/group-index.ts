/**
 * Territory labels per origin as small integers, for the per-group figures of `coverage.ts` and
 * `inequality.ts` (hundreds of thousands of origins at national scale: a Map look-up per origin and
 * figure is what made them slow).
 *
 * Caching contract: a labels array is interned once and recognised by identity (and length) after
 * that, like the time columns of `cachedTimeMatrix`: do not change a labels array in place after
 * using it (make a new one). Weights are compared value by value on every use.
 */
interface Interned {
  /** Distinct labels, in order of first appearance. */
  names: string[];
  /** Label index per origin. */
  ids: Int32Array;
}

const cache = new WeakMap<object, Interned>();

/** Labels interned, once per array (see the caching contract above). */
export function intern(groups: ArrayLike<string>): Interned {
  const cached = typeof groups === 'object' && groups !== null ? cache.get(groups) : undefined;
  if (cached && cached.ids.length === groups.length) return cached;
  const index = new Map<string, number>();
  const names: string[] = [];
  const ids = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as string;
    let k = index.get(g);
    if (k === undefined) {
      k = names.length;
      index.set(g, k);
      names.push(g);
    }
    ids[i] = k;
  }
  const out = { names, ids };
  if (typeof groups === 'object' && groups !== null) cache.set(groups, out);
  return out;
}

/** Groups of the weighted origins, numbered in output order. */
export interface GroupSlots {
  /** Output order: `order` first (without repeats), then by first appearance among origins of weight > 0. */
  names: string[];
  /** Output slot per origin, −1 for origins of weight ≤ 0 (not counted anywhere). */
  slot: Int32Array;
}

interface CachedSlots extends GroupSlots {
  groups: ArrayLike<string>;
  /** The interning it was built from: a different one means the labels changed. */
  interned: Interned;
  weights: ArrayLike<number>;
  weightsCopy: Float64Array;
  order: string;
  /** Weighted origins (weight > 0) by slot, each in index order: members[offset[g] … offset[g + 1] − 1]. */
  members: Int32Array;
  offset: Int32Array;
}

/** Last slot tables, checked against a copy of the weights and the interned labels on each use. */
const recentSlots: CachedSlots[] = [];

/**
 * The groups as `coverageSummary` and `inequalitySummary` list them (a Map filled with `order`,
 * then by first appearance among weighted origins), each weighted origin's place in that list,
 * and the weighted origins of each group. Cached per (groups, weights, order), re-checked on use.
 */
export function groupSlots(groups: ArrayLike<string>, weights: ArrayLike<number>, order?: readonly string[]): GroupSlots & { members: Int32Array; offset: Int32Array } {
  const interned = intern(groups);
  const key = JSON.stringify(order ?? null);
  const hit = recentSlots.find((r) => r.groups === groups && r.interned === interned && r.weights === weights && r.order === key && sameNumbers(weights, r.weightsCopy));
  if (hit) return hit;
  const { names: labels, ids } = interned;
  const names: string[] = [];
  const byName = new Map<string, number>();
  for (const g of order ?? []) {
    if (!byName.has(g)) {
      byName.set(g, names.length);
      names.push(g);
    }
  }
  const slotOfId = Int32Array.from(labels, (g) => byName.get(g) ?? -1);
  const slot = new Int32Array(ids.length).fill(-1);
  let weighted = 0;
  for (let i = 0; i < ids.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const id = ids[i] as number;
    let s = slotOfId[id] as number;
    if (s < 0) {
      s = names.length;
      names.push(labels[id] as string);
      slotOfId[id] = s;
    }
    slot[i] = s;
    weighted++;
  }
  const offset = new Int32Array(names.length + 1);
  for (let i = 0; i < slot.length; i++) if ((slot[i] as number) >= 0) offset[(slot[i] as number) + 1]++;
  for (let g = 0; g < names.length; g++) offset[g + 1] = (offset[g + 1] as number) + (offset[g] as number);
  const members = new Int32Array(weighted);
  const fill = offset.slice(0, names.length);
  for (let i = 0; i < slot.length; i++) {
    const g = slot[i] as number;
    if (g < 0) continue;
    members[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }
  const out: CachedSlots = { names, slot, members, offset, groups, interned, weights, weightsCopy: copyNumbers(weights), order: key };
  recentSlots.unshift(out);
  recentSlots.length = Math.min(recentSlots.length, 4);
  return out;
}

/** Same numbers, element by element (Object.is: NaN equals NaN, −0 differs from 0). */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** A Float64Array copy of numbers (typed arrays are copied natively). */
export function copyNumbers(a: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  if (ArrayBuffer.isView(a)) out.set(a as unknown as ArrayLike<number>);
  else for (let i = 0; i < a.length; i++) out[i] = a[i] as number;
  return out;
}
