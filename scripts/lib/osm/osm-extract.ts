/**
 * What the OSM readers (`read-osm-xml.ts`, `read-osm-pbf.ts`) return: the ways that carry a given key
 * (by default `highway`) and the coordinates of only the nodes those ways reference. Relations, node
 * tags and metadata (version, user, timestamp) are dropped.
 *
 * Node coordinates sit in sorted typed arrays rather than a `Map<id, [lon, lat]>`: 24 bytes a node
 * instead of roughly 80, which matters for a département extract (2–5 million nodes).
 */

/** One OSM way: id, node ids in drawing order, and its tags (decoded text, no entities left). */
export interface OsmWay {
  id: number;
  refs: number[];
  tags: Record<string, string>;
}

/**
 * Node coordinates in WGS84 degrees. `ids` is sorted ascending with no duplicates; `lon[i]`, `lat[i]`
 * belong to `ids[i]`. Node ids fit exactly in a float64 (they are below 2^53).
 */
export interface OsmNodes {
  ids: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
}

/** Ways that passed the reader's filter, and the nodes they reference that exist in the file. */
export interface OsmExtract {
  nodes: OsmNodes;
  ways: OsmWay[];
}

/** Options shared by both readers. */
export interface ReadOsmOptions {
  /**
   * Keep only ways that carry this tag key (any value). Default `'highway'`; `null` keeps every way.
   * Nodes are kept only when a kept way references them.
   */
  requiredKey?: string | null;
  /**
   * Keep only these tag keys on the kept ways (default: all). Passing `ROUTING_TAG_KEYS` (car-profile.ts) saves most of
   * the memory taken by tags on a regional extract (names, surfaces, lanes, sources…).
   */
  tagKeys?: readonly string[];
}

/** A way with only the wanted tag keys (the same way object when `keys` is undefined). */
export function withTagKeys(way: OsmWay, keys: ReadonlySet<string> | undefined): OsmWay {
  if (!keys) return way;
  const tags: Record<string, string> = {};
  for (const k in way.tags) if (keys.has(k)) tags[k] = way.tags[k] as string;
  return { id: way.id, refs: way.refs, tags };
}

/**
 * Index of node `id` in `nodes.ids` (binary search), or −1 when the node is absent — for instance a
 * way cut by the extract boundary.
 */
export function findNode(nodes: OsmNodes, id: number): number {
  const ids = nodes.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] as number;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** `[lon, lat]` in degrees of node `id`, or `undefined` when the node is absent. */
export function nodeLonLat(nodes: OsmNodes, id: number): [number, number] | undefined {
  const i = findNode(nodes, id);
  return i < 0 ? undefined : [nodes.lon[i] as number, nodes.lat[i] as number];
}

/** Sorted, de-duplicated copy of the node ids referenced by `ways`. */
export function referencedNodeIds(ways: readonly OsmWay[]): Float64Array {
  let n = 0;
  for (const w of ways) n += w.refs.length;
  const all = new Float64Array(n);
  let k = 0;
  for (const w of ways) for (const r of w.refs) all[k++] = r;
  all.sort();
  let u = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[u - 1]) all[u++] = all[i] as number;
  return all.slice(0, u);
}

/**
 * Collects the coordinates of the wanted nodes while a reader streams through a file, whatever the
 * order in which nodes arrive. When they arrive in ascending id order (sorted files: Geofabrik, osmium
 * output) each lookup is a step forward, so a pass over tens of millions of nodes stays linear.
 */
export class NodeCollector {
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private cursor = 0;

  /** @param wanted sorted, unique node ids (as from `referencedNodeIds`) */
  constructor(private readonly wanted: Float64Array) {
    this.lon = new Float64Array(wanted.length).fill(NaN);
    this.lat = new Float64Array(wanted.length).fill(NaN);
  }

  /** Records the node if it is wanted; coordinates in degrees. */
  add(id: number, lon: number, lat: number): void {
    const w = this.wanted;
    let i = this.cursor;
    if (i < w.length && (w[i] as number) <= id) {
      while (i < w.length && (w[i] as number) < id) i++;
    } else if (i === 0 || (w[i - 1] as number) < id) {
      return; // between two wanted ids: not wanted
    } else {
      // out of order: fall back to a binary search
      i = findNode({ ids: w, lon: this.lon, lat: this.lat }, id);
      if (i < 0) return;
    }
    this.cursor = i;
    if (i < w.length && w[i] === id) {
      this.lon[i] = lon;
      this.lat[i] = lat;
    }
  }

  /** The node table, keeping only the wanted nodes that were seen. */
  finish(): OsmNodes {
    let n = 0;
    for (let i = 0; i < this.wanted.length; i++) if (!Number.isNaN(this.lon[i])) n++;
    const out: OsmNodes = { ids: new Float64Array(n), lon: new Float64Array(n), lat: new Float64Array(n) };
    let k = 0;
    for (let i = 0; i < this.wanted.length; i++) {
      if (Number.isNaN(this.lon[i])) continue;
      out.ids[k] = this.wanted[i] as number;
      out.lon[k] = this.lon[i] as number;
      out.lat[k] = this.lat[i] as number;
      k++;
    }
    return out;
  }
}
