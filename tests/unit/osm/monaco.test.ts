/**
 * The readers, the graph and the router on the real Geofabrik Monaco extract of 2019-09-30
 * (shared/data-raw/osm-monaco, see SOURCES-mobility.md §1). The files are read in place, never copied.
 *
 * Expected route times are computed here independently of the router: from the GeoJSON export
 * (coordinates only, no node ids), summing the haversine length of the named ways followed and
 * dividing by the speed worked out by hand from their tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomLcg } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTING_TAG_KEYS } from '../../../scripts/lib/osm/car-profile.ts';
import { pathNodes, shortestPaths } from '../../../scripts/lib/osm/dijkstra.ts';
import { readOsmPbf, type OsmPbfExtract } from '../../../scripts/lib/osm/read-osm-pbf.ts';
import { readOsmXml } from '../../../scripts/lib/osm/read-osm-xml.ts';
import { buildRoadGraph, type RoadGraph } from '../../../scripts/lib/osm/road-graph.ts';
import { buildSnapIndex, snap } from '../../../scripts/lib/osm/snap.ts';
import { largestStrongComponent } from '../../../scripts/lib/osm/strong-components.ts';
import { route, timesFromSources } from '../../../scripts/lib/osm/times-from-sources.ts';
import { nodeLonLat, type OsmExtract } from '../../../scripts/lib/osm/osm-extract.ts';

const rawDir = process.env.OBS41_DATA_RAW ?? `${import.meta.dirname}/../../../../shared/data-raw`;
const dir = join(rawDir, 'osm-monaco');
const PBF = join(dir, 'monaco-latest_2019-09-30.osm.pbf');
const XML = join(dir, 'monaco-highways_2019-09-30.osm');
const GEOJSON = join(dir, 'monaco-highways_2019-09-30.geojson');
const present = [PBF, XML, GEOJSON].every((p) => existsSync(p));
if (!present) console.warn(`monaco.test.ts skipped: OSM Monaco files not found in ${dir} (set OBS41_DATA_RAW to the raw-data folder)`);

type Coord = [number, number];
interface LineFeature {
  geometry: { type: string; coordinates: Coord[] };
  properties: Record<string, string>;
}

/** Haversine in metres, written again here so the expected values do not come from the router. */
function metres(a: Coord, b: Coord): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** One GeoJSON way to follow: its name, first coordinate, number of coordinates, and hand-worked speed. */
interface Step {
  name: string;
  from: Coord;
  n: number;
  kmh: number;
}

/** Length (m), time (min) and coordinates of a chain of GeoJSON ways, each starting where the last ended. */
function followChain(features: LineFeature[], steps: Step[]): { lengthM: number; minutes: number; coords: Coord[] } {
  let lengthM = 0;
  let minutes = 0;
  const coords: Coord[] = [];
  for (const s of steps) {
    const matches = features.filter((f) => {
      const c = f.geometry.coordinates;
      return f.properties.name === s.name && c.length === s.n && c[0]![0] === s.from[0] && c[0]![1] === s.from[1];
    });
    if (matches.length !== 1) throw new Error(`${s.name} from ${s.from}: ${matches.length} features`);
    const c = matches[0]!.geometry.coordinates;
    if (coords.length > 0) expect(c[0]).toEqual(coords[coords.length - 1]);
    for (let i = 1; i < c.length; i++) {
      const m = metres(c[i - 1]!, c[i]!);
      lengthM += m;
      minutes += (m / 1000 / s.kmh) * 60;
    }
    coords.push(...(coords.length > 0 ? c.slice(1) : c));
  }
  return { lengthM, minutes, coords };
}

describe.skipIf(!present)('OSM Monaco 2019-09-30', () => {
  // loaded in beforeAll: a skipped suite's body still runs at collection time
  let pbf: OsmPbfExtract;
  let xml: OsmExtract;
  let graph: RoadGraph;
  let features: LineFeature[];
  let names: Map<number, string>;
  const timings: string[] = [];
  const namesOn = (wayIds: number[]) => wayIds.map((id) => names.get(id));
  beforeAll(() => {
    const t0 = performance.now();
    pbf = readOsmPbf(PBF);
    const t1 = performance.now();
    xml = readOsmXml(XML);
    const t2 = performance.now();
    graph = buildRoadGraph(pbf);
    const t3 = performance.now();
    timings.push(`PBF read ${(t1 - t0).toFixed(0)} ms, XML read ${(t2 - t1).toFixed(0)} ms, graph build ${(t3 - t2).toFixed(0)} ms`);
    features = (JSON.parse(readFileSync(GEOJSON, 'utf8')) as { features: LineFeature[] }).features;
    names = new Map(pbf.ways.map((w) => [w.id, w.tags.name ?? `(${w.tags.highway})`]));
  });

  describe('(b) the XML and PBF readers agree', () => {
    it('finds 1,899 highway ways in both, as SOURCES-mobility.md says for the PBF', () => {
      expect(pbf.ways).toHaveLength(1899);
      expect(xml.ways).toHaveLength(1899);
    });
    it('gives identical ways: ids, node refs and tags, in file order', () => expect(xml.ways).toEqual(pbf.ways));
    it('gives the same 9,087 nodes with bit-identical coordinates', () => {
      expect(pbf.nodes.ids.length).toBe(9087);
      expect(xml.nodes).toEqual(pbf.nodes);
    });
    it('reads all 3,717 ways of the PBF without the highway filter; the XML holds only the 1,899 highways', () => {
      const all = readOsmPbf(PBF, { requiredKey: null });
      expect(all.ways).toHaveLength(3717);
      expect(readOsmXml(XML, { requiredKey: null }).ways).toHaveLength(1899);
      // 45,133 of the file's 46,444 nodes are used by some way; the rest are stand-alone POIs
      expect(all.nodes.ids.length).toBe(45133);
    });
    it('reads the PBF header: osmium, replication 2019-09-30T20:18:02Z, Monaco bbox', () => {
      expect(pbf.header.replicationTimestamp).toBe('2019-09-30T20:18:02.000Z');
      expect(pbf.header.bbox).toEqual([7.409205, 43.72335, 7.448637, 43.75169]);
    });
    it('matches the 1,884 GeoJSON LineStrings coordinate for coordinate; the 15 other ways are closed area=yes squares', () => {
      const key = (cs: Coord[]) => cs.map((c) => c.join(',')).join(';');
      const left = new Map<string, number>();
      for (const f of features) left.set(key(f.geometry.coordinates), (left.get(key(f.geometry.coordinates)) ?? 0) + 1);
      const unmatched = pbf.ways.filter((w) => {
        const k = key(w.refs.map((r) => nodeLonLat(pbf.nodes, r) as Coord));
        const n = left.get(k) ?? 0;
        if (n === 0) return true;
        left.set(k, n - 1);
        return false;
      });
      expect(features).toHaveLength(1884);
      expect(unmatched).toHaveLength(15);
      expect(unmatched.every((w) => w.tags.area === 'yes' && w.refs[0] === w.refs[w.refs.length - 1])).toBe(true);
    });
    it('builds the same graph keeping only ROUTING_TAG_KEYS (the memory saver for a regional extract)', () => {
      const slim = readOsmPbf(PBF, { tagKeys: ROUTING_TAG_KEYS });
      expect(slim.ways.reduce((n, w) => n + Object.keys(w.tags).length, 0)).toBeLessThan(
        pbf.ways.reduce((n, w) => n + Object.keys(w.tags).length, 0),
      );
      const g = buildRoadGraph(slim);
      expect(g.head).toEqual(graph.head);
      expect(g.minutes).toEqual(graph.minutes);
    });
    it('builds the same graph from either file', () => {
      const g = buildRoadGraph(xml);
      expect(g.osmId).toEqual(graph.osmId);
      expect(g.head).toEqual(graph.head);
      expect(g.minutes).toEqual(graph.minutes);
    });
  });

  describe('the car graph', () => {
    it('uses the car ways only: no footway, steps, path, pedestrian area or private road', () => {
      // a more specific tag wins: 2 service roads are access=private but motor_vehicle=permissive
      const classes = new Set<string>();
      const byId = new Map(pbf.ways.map((w) => [w.id, w]));
      for (const id of new Set(graph.wayId)) {
        const t = byId.get(id)!.tags;
        classes.add(t.highway!);
        expect(['private', 'no']).not.toContain(t.motorcar ?? t.motor_vehicle ?? t.vehicle ?? t.access);
      }
      expect([...classes].sort()).toEqual(['primary', 'primary_link', 'residential', 'secondary', 'secondary_link', 'service', 'tertiary', 'unclassified']);
      expect(graph.stats.segmentsMissingNode).toBe(0);
    });
    it('keeps most nodes in the largest strongly connected component (the rest: stubs cut by the border, private islands)', () => {
      const inMain = largestStrongComponent(graph).reduce((n, v) => n + v, 0);
      expect(inMain / graph.nodeCount).toBeGreaterThan(0.85);
    });
  });

  describe('(c) routes checked against the named ways', () => {
    // Boulevard Albert 1er, northbound from the harbour to Sainte-Dévote: three ways, all
    // highway=primary (70 km/h) with maxspeed=50 → 50 km/h, oneway=yes. 456.6 m → 0.548 min.
    const albertNorth: Step[] = [
      { name: 'Boulevard Albert 1er', from: [7.4221705, 43.7328624], n: 13, kmh: 50 },
      { name: 'Boulevard Albert 1er', from: [7.4218115, 43.7333334], n: 52, kmh: 50 },
      { name: 'Boulevard Albert 1er', from: [7.4214209, 43.7365546], n: 3, kmh: 50 },
    ];
    // Avenue Princesse Grace, eastbound carriageway: primary oneway; the first way has maxspeed=30,
    // the six others maxspeed=50. 810.9 m → 1.085 min.
    const graceEast: Step[] = [
      { name: 'Avenue Princesse Grace', from: [7.4304852, 43.7415688], n: 6, kmh: 30 },
      { name: 'Avenue Princesse Grace', from: [7.4306447, 43.7428212], n: 9, kmh: 50 },
      { name: 'Avenue Princesse Grace', from: [7.4317829, 43.7450036], n: 8, kmh: 50 },
      { name: 'Avenue Princesse Grace', from: [7.433403, 43.7467063], n: 3, kmh: 50 },
      { name: 'Avenue Princesse Grace', from: [7.4337043, 43.7468949], n: 3, kmh: 50 },
      { name: 'Avenue Princesse Grace', from: [7.4341325, 43.7471489], n: 5, kmh: 50 },
      { name: 'Avenue Princesse Grace', from: [7.4347966, 43.7475695], n: 4, kmh: 50 },
    ];
    // Quai Albert 1er, southbound along the harbour: highway=residential, no maxspeed → 30 km/h, two-way.
    // At 7.4217921 E the quai splits; the two-way branch (10 points, 75.7 m) is shorter than the one-way
    // one (27 points, 78.8 m). 215.1 + 75.7 + 284.5 = 575.3 m → 1.151 min.
    const quaiSouth: Step[] = [
      { name: 'Quai Albert 1er', from: [7.4230269, 43.7368664], n: 45, kmh: 30 },
      { name: 'Quai Albert 1er', from: [7.4217921, 43.7355119], n: 10, kmh: 30 },
      { name: 'Quai Albert 1er', from: [7.4222556, 43.7349479], n: 51, kmh: 30 },
    ];
    const cases = [
      { name: 'Boulevard Albert 1er northbound', steps: albertNorth, lengthM: 456.6 },
      { name: 'Avenue Princesse Grace eastbound', steps: graceEast, lengthM: 810.9 },
      { name: 'Quai Albert 1er southbound', steps: quaiSouth, lengthM: 575.3 },
    ];
    it.each(cases)('$name: the router follows the named ways and takes their summed time', ({ steps, lengthM }) => {
      const want = followChain(features, steps);
      expect(want.lengthM).toBeCloseTo(lengthM, 0);
      const a = want.coords[0]!;
      const b = want.coords[want.coords.length - 1]!;
      const r = route(graph, { lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] });
      expect(r.from.distanceM).toBe(0);
      expect(r.to.distanceM).toBe(0);
      expect(r.minutes).toBeCloseTo(want.minutes, 9);
      expect(r.lengthM).toBeCloseTo(want.lengthM, 6);
      expect(r.nodes.map((v) => [graph.lon[v], graph.lat[v]])).toEqual(want.coords);
      expect(new Set(namesOn(r.wayIds))).toEqual(new Set([steps[0]!.name]));
    });

    it('Boulevard Albert 1er is one-way: the way back loops by Rue Grimaldi, Place d’Armes and Avenue du Port', () => {
      const there = followChain(features, albertNorth);
      const a = there.coords[0]!;
      const b = there.coords[there.coords.length - 1]!;
      const back = route(graph, { lon: b[0], lat: b[1] }, { lon: a[0], lat: a[1] });
      const via = namesOn(back.wayIds);
      expect(via).not.toContain('Boulevard Albert 1er');
      expect(via).toEqual(expect.arrayContaining(['Rue Grimaldi', "Place d'Armes", 'Avenue du Port']));
      expect(back.lengthM).toBeGreaterThan(2 * there.lengthM); // 1,017 m against 457 m
      expect(back.minutes).toBeGreaterThan(2 * there.minutes); // 1.16 min against 0.55 min
    });

    it('Avenue Princesse Grace is a dual carriageway: going back west from the same point means a U-turn at two roundabouts', () => {
      const there = followChain(features, graceEast);
      const a = there.coords[0]!;
      const b = there.coords[there.coords.length - 1]!;
      const back = route(graph, { lon: b[0], lat: b[1] }, { lon: a[0], lat: a[1] });
      expect(namesOn(back.wayIds)).toEqual(expect.arrayContaining(['Rond-Point du Sporting', 'Rond-Point du Portier']));
      expect(back.minutes).toBeGreaterThan(there.minutes + 0.5); // 1.90 min against 1.08 min
    });

    it('Quai Albert 1er northbound: the faster Boulevard Albert 1er (50 km/h) beats the shorter quai (30 km/h)', () => {
      const quai = followChain(features, quaiSouth); // the quai is two-way: same length and time back north
      const south = quai.coords[quai.coords.length - 1]!;
      const north = quai.coords[0]!;
      const r = route(graph, { lon: south[0], lat: south[1] }, { lon: north[0], lat: north[1] });
      expect(namesOn(r.wayIds)).toContain('Boulevard Albert 1er');
      expect(r.lengthM).toBeGreaterThan(quai.lengthM); // 747 m against 575 m
      expect(r.minutes).toBeLessThan(quai.minutes); // 1.01 min against 1.15 min
    });
  });

  describe('searches agree with each other and with brute force', () => {
    /** Seeded random points in the Monaco bbox (each test makes its own generator). */
    const pointsInBox = (seed: number) => {
      const rand = randomLcg(seed);
      return () => ({ lon: 7.409205 + rand() * (7.448637 - 7.409205), lat: 43.72335 + rand() * (43.75169 - 43.72335) });
    };

    it('snap finds the nearest node of the main component (200 random points, checked by brute force)', () => {
      const mask = largestStrongComponent(graph);
      const index = buildSnapIndex(graph, mask, 100);
      const inBox = pointsInBox(0.41);
      for (let i = 0; i < 200; i++) {
        const p = inBox();
        const kx = Math.cos((index.lat0 * Math.PI) / 180);
        let best = Infinity;
        for (let v = 0; v < graph.nodeCount; v++) {
          if (!mask[v]) continue;
          const dx = (graph.lon[v]! - p.lon) * kx;
          const dy = graph.lat[v]! - p.lat;
          best = Math.min(best, dx * dx + dy * dy);
        }
        const s = snap(graph, p.lon, p.lat);
        const dx = (graph.lon[s.node]! - p.lon) * kx;
        const dy = graph.lat[s.node]! - p.lat;
        expect(mask[s.node]).toBe(1);
        expect(dx * dx + dy * dy).toBeCloseTo(best, 15);
      }
    });

    it('Dijkstra equals Bellman-Ford relaxation from a node, forwards and backwards', () => {
      const root = snap(graph, 7.4265, 43.7385).node;
      for (const reverse of [false, true]) {
        const bf = new Float64Array(graph.nodeCount).fill(Infinity);
        bf[root] = 0;
        for (let changed = true; changed; ) {
          changed = false;
          for (let e = 0; e < graph.edgeCount; e++) {
            const [u, v] = reverse ? [graph.head[e]!, graph.tail[e]!] : [graph.tail[e]!, graph.head[e]!];
            if (bf[u]! + graph.minutes[e]! < bf[v]! - 1e-12) {
              bf[v] = bf[u]! + graph.minutes[e]!;
              changed = true;
            }
          }
        }
        const tree = shortestPaths(graph, root, { reverse });
        for (let v = 0; v < graph.nodeCount; v++) {
          if (bf[v] === Infinity) expect(tree.minutes[v]).toBe(Infinity);
          else expect(tree.minutes[v]).toBeCloseTo(bf[v]!, 9);
        }
        // a path's edges add up to its time
        const far = tree.minutes.reduce((best, m, v) => (Number.isFinite(m) && m > tree.minutes[best]! ? v : best), root);
        const path = pathNodes(graph, tree, far);
        expect(path[reverse ? path.length - 1 : 0]).toBe(root);
        let sum = 0;
        for (let i = 0; i + 1 < path.length; i++) {
          let w = Infinity;
          for (let e = graph.offsets[path[i]!]!; e < graph.offsets[path[i]! + 1]!; e++) if (graph.head[e] === path[i + 1]) w = Math.min(w, graph.minutes[e]!);
          sum += w;
        }
        expect(sum).toBeCloseTo(tree.minutes[far]!, 9);
      }
    });

    it('timesFromSources gives the same matrix searching from the sources or from the targets', () => {
      const inBox = pointsInBox(0.42);
      const sources = Array.from({ length: 5 }, inBox);
      const targets = Array.from({ length: 7 }, inBox);
      const forward = timesFromSources(graph, sources, targets); // 5 < 7: forward searches
      for (let t = 0; t < targets.length; t++) {
        const backward = timesFromSources(graph, sources, [targets[t]!]); // 1 < 5: one reverse search
        for (let s = 0; s < sources.length; s++) expect(backward.minutes[s]).toBeCloseTo(forward.minutes[s * 7 + t]!, 9);
      }
      expect(forward.minutes.every((m) => Number.isFinite(m) && m > 0 && m < 30)).toBe(true);
    });
  });

  it('(d) performance on Monaco (printed, not asserted)', () => {
    const t4 = performance.now();
    const tree = shortestPaths(graph, snap(graph, 7.4265, 43.7385).node);
    const t5 = performance.now();
    const reached = tree.minutes.filter(Number.isFinite).length;
    console.log(
      [
        `Monaco (first call, cold JIT): ${timings[0]}`,
        `  ${graph.nodeCount} nodes, ${graph.edgeCount} edges, ${graph.stats.waysUsed} of ${graph.stats.waysIn} highway ways open to cars`,
        `  one full Dijkstra: ${(t5 - t4).toFixed(1)} ms, ${reached} nodes reached`,
      ].join('\n'),
    );
    expect(reached).toBeGreaterThan(0);
  });
});
