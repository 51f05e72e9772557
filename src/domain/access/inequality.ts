import { weightedGini } from './gini';
import { copyNumbers, groupSlots, sameNumbers } from './group-index';
import { sortedByValue } from './sorted-order';
import { theilDecomposition, theilIndex, type TheilDecomposition, type TheilGroup } from './theil';
import { weightedQuantile } from './weighted-quantile';

/** Dispersion of access times within one group (or overall). */
export interface GroupInequality {
  /** Territory, or null for the whole département. */
  group: string | null;
  /** Weighted P90 of minutes (`weightedQuantile`, p = 0.9). */
  p90Minutes: number | null;
  /** Weighted Gini index of minutes. */
  gini: number | null;
  /** Weighted Theil T of minutes (the group's T_g; overall: the total T). */
  theil: number | null;
}

export interface InequalitySummary {
  overall: GroupInequality;
  groups: GroupInequality[];
  /** Between/within split of the overall Theil T by group; null like the indices. */
  decomposition: TheilDecomposition | null;
}

/**
 * P90, Gini and Theil of access time, overall and per territory, weighted by population (or a
 * fragile population). Each index is null where its group has no weight, or where some weighted
 * origin is unreachable (Gini, Theil; the P90 may then Infinity).
 *
 * Same numbers as `weightedQuantile`, `weightedGini`, `theilIndex` and `theilDecomposition` applied
 * group by group (every sum is made in the same order), computed in a few passes: one sort of the
 * weighted origins (`sortedByValue`), split by group, serves every P90 and Gini. The last results
 * are kept (`RECENT`) and returned again for the same arrays with the same contents: a threshold
 * change does not move a single minute, so the page's four reports need not sort again.
 *
 * @param minutes minutes to the nearest site per origin
 * @param weights ≥ 0 per origin
 * @param groups territory per origin
 * @param order optional group order (absent groups get null indices); default: first appearance
 */
export function inequalitySummary(
  minutes: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
  order?: readonly string[],
): InequalitySummary {
  const n = minutes.length;
  for (let i = 0; i < n; i++) {
    if ((weights[i] as number) > 0 && Number.isNaN(minutes[i])) return inequalityReference(minutes, weights, groups, order);
  }
  const table = groupSlots(groups, weights, order);
  const snap = snapshot(minutes);
  const hit = recent.findIndex((r) => r.snapshot === snap && r.table === table);
  if (hit >= 0) {
    const r = recent.splice(hit, 1)[0] as Remembered;
    recent.unshift(r);
    return clone(r.result);
  }
  const result = computeInequality(minutes, weights, table, snap);
  recent.unshift({ snapshot: snap, table, result });
  recent.length = Math.min(recent.length, RECENT);
  return clone(result);
}

function computeInequality(minutes: ArrayLike<number>, weights: ArrayLike<number>, table: ReturnType<typeof groupSlots>, snap: Snapshot): InequalitySummary {
  const { names, slot, members } = table;
  const G = names.length;

  // Overall: sums over every weighted origin in index order, then the Theil pass.
  let W = 0;
  let WX = 0;
  let allFinite = true;
  for (let i = 0; i < slot.length; i++) {
    const wi = weights[i] as number;
    if (!(wi > 0)) continue;
    const x = minutes[i] as number;
    W += wi;
    WX += wi * x;
    if (!Number.isFinite(x)) allFinite = false;
  }
  let TSUM = 0;
  const MU = WX / W;
  for (let i = 0; i < slot.length; i++) {
    const wi = weights[i] as number;
    if (!(wi > 0)) continue;
    const R = (minutes[i] as number) / MU;
    if (R > 0) TSUM += wi * R * Math.log(R);
  }
  const overallTheil = theilOf(allFinite, W, WX, TSUM);
  // P90 and Gini over every origin sorted once (incrementally from the last sort), weighted ones only.
  const all = sortedOrder(minutes, snap);
  const figures = allFigures(table, G, minutes, weights, all);
  const overall: GroupInequality = { group: null, ...p90AndGini(minutes, weights, all, slot, members.length, W, WX, allFinite), theil: overallTheil };
  const groupRows = names.map((group, g): GroupInequality => {
    const f = figures[g] as SlotFigures;
    return { group, p90Minutes: f.p90, gini: f.gini, theil: f.theil };
  });

  // theilDecomposition, term by term.
  let decomposition: TheilDecomposition | null = null;
  if (overallTheil !== null) {
    let ws = 0;
    let wxs = 0;
    for (let g = 0; g < G; g++) {
      ws += (figures[g] as SlotFigures).w;
      wxs += (figures[g] as SlotFigures).wx;
    }
    const mu = wxs / ws;
    let between = 0;
    let within = 0;
    const out: TheilGroup[] = names.map((group, g) => {
      const { w: wg, wx: wxg } = figures[g] as SlotFigures;
      const theil = (figures[g] as SlotFigures).theil ?? 0;
      const share = wxs > 0 ? wxg / wxs : 0;
      const mean = wg > 0 ? wxg / wg : 0;
      if (share > 0) between += share * Math.log(mean / mu);
      within += share * theil;
      return { group, weight: wg, mean, share, theil };
    });
    decomposition = { total: overallTheil, between, within, groups: out };
  }
  return { overall, groups: groupRows, decomposition };
}

/** `theilIndex` from its sums: null when a value is not finite or the weight is 0. */
function theilOf(finite: boolean, w: number, wx: number, sum: number): number | null {
  return !finite || w === 0 ? null : wx === 0 ? 0 : Math.max(0, sum / w);
}

/** One group's figures, computed from its weighted origins (index order). */
interface SlotFigures {
  w: number;
  wx: number;
  theil: number | null;
  p90: number | null;
  gini: number | null;
}

interface SlotVersion {
  /** The group's values (its weighted origins, index order) these figures were computed from. */
  values: Float64Array;
  figures: SlotFigures;
}

/** Per slot table, the last two versions of each group's figures (a scenario and the plan). */
const versions = new WeakMap<object, SlotVersion[][]>();

type SlotTable = { members: Int32Array; offset: Int32Array; slot: Int32Array };

/** A version of group g's figures computed from the same values, or null. */
function knownFigures(table: SlotTable, g: number, minutes: ArrayLike<number>): SlotFigures | null {
  let perSlot = versions.get(table);
  if (!perSlot) versions.set(table, (perSlot = []));
  const list = (perSlot[g] ??= []);
  const from = table.offset[g] as number;
  const to = table.offset[g + 1] as number;
  for (let v = 0; v < list.length; v++) {
    const version = list[v] as SlotVersion;
    let same = true;
    for (let k = from; k < to; k++) {
      if (!Object.is(minutes[table.members[k] as number], version.values[k - from])) {
        same = false;
        break;
      }
    }
    if (same) {
      if (v > 0) list.unshift(...list.splice(v, 1));
      return version.figures;
    }
  }
  return null;
}

/**
 * Group g's figures (`weightedQuantile`, `weightedGini`, `theilIndex` on its weighted origins, sums
 * in index order), stored as its newest version.
 *
 * @param sorted the group's weighted origins sorted by value, then index
 */
function computeFigures(table: SlotTable, g: number, minutes: ArrayLike<number>, weights: ArrayLike<number>, sorted: Int32Array): SlotFigures {
  const from = table.offset[g] as number;
  const to = table.offset[g + 1] as number;
  const members = table.members;
  let w = 0;
  let wx = 0;
  let finite = true;
  for (let k = from; k < to; k++) {
    const i = members[k] as number;
    const wi = weights[i] as number;
    const x = minutes[i] as number;
    w += wi;
    wx += wi * x;
    if (!Number.isFinite(x)) finite = false;
  }
  let sum = 0;
  const mu = wx / w;
  for (let k = from; k < to; k++) {
    const i = members[k] as number;
    const r = (minutes[i] as number) / mu;
    if (r > 0) sum += (weights[i] as number) * r * Math.log(r);
  }
  const figures: SlotFigures = {
    w,
    wx,
    theil: theilOf(finite, w, wx, sum),
    p90: quantileOfSorted(minutes, weights, sorted, w, 0.9),
    gini: giniOfSorted(minutes, weights, sorted, w, wx, finite),
  };
  const values = new Float64Array(to - from);
  for (let k = from; k < to; k++) values[k - from] = minutes[members[k] as number] as number;
  const list = (versions.get(table) as SlotVersion[][])[g] as SlotVersion[];
  list.unshift({ values, figures });
  list.length = Math.min(list.length, 2);
  return figures;
}

/**
 * Every group's figures: the known ones reused, the others computed, each group's sorted list taken
 * from the global order (`all`) when many groups changed, else sorted group by group.
 */
function allFigures(table: SlotTable, G: number, minutes: ArrayLike<number>, weights: ArrayLike<number>, all: Int32Array): SlotFigures[] {
  const figures: (SlotFigures | null)[] = [];
  let dirty = 0;
  for (let g = 0; g < G; g++) {
    const f = knownFigures(table, g, minutes);
    figures.push(f);
    if (!f) dirty += (table.offset[g + 1] as number) - (table.offset[g] as number);
  }
  if (dirty === 0) return figures as SlotFigures[];
  if (dirty > table.members.length / 8) {
    // split the global order by group (stable: each list stays sorted by value, then index)
    const lists = new Int32Array(table.members.length);
    const fill = table.offset.slice(0, G);
    for (let k = 0; k < all.length; k++) {
      const i = all[k] as number;
      const g = table.slot[i] as number;
      if (g < 0 || figures[g]) continue;
      lists[fill[g] as number] = i;
      fill[g] = (fill[g] as number) + 1;
    }
    for (let g = 0; g < G; g++) {
      if (!figures[g]) figures[g] = computeFigures(table, g, minutes, weights, lists.subarray(table.offset[g] as number, table.offset[g + 1] as number));
    }
  } else {
    for (let g = 0; g < G; g++) {
      if (figures[g]) continue;
      const members = table.members.subarray(table.offset[g] as number, table.offset[g + 1] as number);
      figures[g] = computeFigures(table, g, minutes, weights, sortedByValue(minutes, members));
    }
  }
  return figures as SlotFigures[];
}

/**
 * `weightedQuantile(·, 0.9)` and `weightedGini` in one pass over every origin sorted by value, then
 * index, skipping those of weight ≤ 0 (`slot` −1): the same additions in the same order. The P90
 * is the first value whose run of ties ends with a cumulative weight ≥ 0.9 × total, else the last.
 */
function p90AndGini(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  all: Int32Array,
  slot: Int32Array,
  weighted: number,
  total: number,
  totalWx: number,
  finite: boolean,
): { p90Minutes: number | null; gini: number | null } {
  if (weighted === 0) return { p90Minutes: null, gini: null };
  const target = 0.9 * total * (1 - 1e-12);
  let cum = 0;
  let sum = 0;
  let prev = NaN;
  let p90: number | null = null;
  for (let k = 0; k < all.length; k++) {
    const i = all[k] as number;
    if ((slot[i] as number) < 0) continue;
    const w = weights[i] as number;
    const x = values[i] as number;
    if (p90 === null && k > 0 && x !== prev && cum >= target && !Number.isNaN(prev)) p90 = prev;
    cum += w;
    sum += w * x * (2 * cum - w - total);
    prev = x;
  }
  return {
    p90Minutes: p90 ?? prev,
    gini: !finite ? null : totalWx === 0 ? 0 : Math.max(0, sum / (total * totalWx)),
  };
}

/** `weightedQuantile` on values already sorted (value, then index) with their total weight. */
function quantileOfSorted(values: ArrayLike<number>, weights: ArrayLike<number>, sorted: Int32Array, total: number, p: number): number | null {
  if (sorted.length === 0) return null;
  const target = p * total * (1 - 1e-12);
  let cum = 0;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    cum += weights[i] as number;
    const next = sorted[k + 1];
    if (next !== undefined && values[next] === values[i]) continue;
    if (cum >= target) return values[i] as number;
  }
  return values[sorted[sorted.length - 1] as number] as number;
}

/** `weightedGini` on values already sorted, with Σw and Σwx summed in index order. */
function giniOfSorted(values: ArrayLike<number>, weights: ArrayLike<number>, sorted: Int32Array, total: number, totalWx: number, finite: boolean): number | null {
  if (!finite || sorted.length === 0) return null;
  if (totalWx === 0) return 0;
  let cum = 0;
  let sum = 0;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    const w = weights[i] as number;
    cum += w;
    sum += w * (values[i] as number) * (2 * cum - w - total);
  }
  return Math.max(0, sum / (total * totalWx));
}

/**
 * A recent minutes array: one copy of its values (to recognise it, and to tell which origins
 * changed since), and once computed its sorted order. Shared by the sort and the results kept, so
 * a minutes array is copied once.
 */
interface Snapshot {
  ref: ArrayLike<number>;
  copy: Float32Array | Float64Array;
  order: Int32Array | null;
}

/** Kept: the scenario's minutes, the previous ones (base of an incremental sort) and the plan's. */
const snapshots: Snapshot[] = [];

function snapshot(minutes: ArrayLike<number>): Snapshot {
  const k = snapshots.findIndex((x) => x.ref === minutes && sameNumbers(minutes, x.copy));
  if (k >= 0) {
    const hit = snapshots.splice(k, 1)[0] as Snapshot;
    snapshots.unshift(hit);
    return hit;
  }
  const copy = minutes instanceof Float32Array ? minutes.slice() : copyNumbers(minutes);
  const snap: Snapshot = { ref: minutes, copy, order: null };
  snapshots.unshift(snap);
  snapshots.length = Math.min(snapshots.length, 3);
  return snap;
}

/**
 * Every non-NaN origin sorted by value, then index. When few values differ from a recent sort
 * (a site opened or closed moves the minutes of a few thousand origins), the new order is that
 * one without the changed origins merged with the changed ones sorted: the same order, in linear
 * time. Else a full `sortedByValue`.
 */
function sortedOrder(minutes: ArrayLike<number>, snap: Snapshot): Int32Array {
  if (snap.order) return snap.order;
  const n = minutes.length;
  let base: Snapshot | null = null;
  let changed: number[] = [];
  for (const r of snapshots) {
    if (r === snap || !r.order || r.copy.length !== n) continue;
    const limit = base ? changed.length : n / 8;
    const diff: number[] = [];
    for (let i = 0; i < n && diff.length < limit; i++) if (!Object.is(minutes[i], r.copy[i])) diff.push(i);
    if (diff.length < limit) [base, changed] = [r, diff];
  }
  if (base === null) return (snap.order = sortedByValue(minutes));
  const prev = base.order as Int32Array;
  const isChanged = new Uint8Array(n);
  for (const i of changed) isChanged[i] = 1;
  const moved = sortedByValue(minutes, Int32Array.from(changed.filter((i) => !Number.isNaN(minutes[i]))));
  let size = 0;
  for (let k = 0; k < prev.length; k++) if (!isChanged[prev[k] as number]) size++;
  const order = new Int32Array(size + moved.length);
  let a = 0;
  let b = 0;
  let out = 0;
  while (a < prev.length || b < moved.length) {
    const i = prev[a];
    if (i !== undefined && isChanged[i]) {
      a++;
      continue;
    }
    const j = moved[b];
    let takePrev = j === undefined;
    if (!takePrev && i !== undefined) {
      const x = minutes[i] as number;
      const y = minutes[j as number] as number;
      takePrev = x < y || (x === y && i < (j as number));
    }
    if (takePrev) {
      order[out++] = i as number;
      a++;
    } else {
      order[out++] = j as number;
      b++;
    }
  }
  return (snap.order = order);
}

// ---------------------------------------------------------------------------------------------
// Recent results, for the same minutes (checked value by value), weights and groups.

interface Remembered {
  /** The minutes (checked by `snapshot`) and slot table (groups and weights, checked by `groupSlots`) it was computed with. */
  snapshot: Snapshot;
  table: object;
  result: InequalitySummary;
}

/** Results kept: the access page shows four reports (scenario and plan × population and a fragile one). */
const RECENT = 4;
const recent: Remembered[] = [];

function clone(s: InequalitySummary): InequalitySummary {
  return {
    overall: { ...s.overall },
    groups: s.groups.map((g) => ({ ...g })),
    decomposition: s.decomposition && { ...s.decomposition, groups: s.decomposition.groups.map((g) => ({ ...g })) },
  };
}

/** The definition: each index by its own function, per group (used when a weighted value is NaN). */
function inequalityReference(
  minutes: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
  order?: readonly string[],
): InequalitySummary {
  const members = new Map<string, number[]>();
  for (const g of order ?? []) members.set(g, []);
  for (let i = 0; i < minutes.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const g = groups[i] as string;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const row = (group: string | null, x: ArrayLike<number>, w: ArrayLike<number>): GroupInequality => ({
    group,
    p90Minutes: weightedQuantile(x, w, 0.9),
    gini: weightedGini(x, w),
    theil: theilIndex(x, w),
  });
  const groupRows = [...members].map(([g, list]) =>
    row(g, Float64Array.from(list, (i) => minutes[i] as number), Float64Array.from(list, (i) => weights[i] as number)),
  );
  return {
    overall: row(null, minutes, weights),
    groups: groupRows,
    decomposition: theilDecomposition(minutes, weights, groups, order),
  };
}
