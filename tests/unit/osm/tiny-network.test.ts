/**
 * Routing on the hand-made network tests/fixtures/osm/tiny-network.osm (drawing in the file).
 *
 * Hand-worked lengths. All segments lie on the equator or on a meridian except 4–6 and 6–5, which run
 * along the parallel 0.01° N:
 *   on the equator / a meridian, 0.01° = R·π/180·0.01 = 6,371,008.8 × 1.745329e-4 = 1,111.9508 m
 *   along 0.01° N, haversine = 2R·asin(cos 0.01°·sin 0.005°)                      = 1,111.9508 m (−0.02 mm)
 * Times: minutes = metres × 0.06 / (km/h).
 *   w1 residential, 30 km/h: 1,111.9508 m → 2.223902 min a segment
 *   w2 primary oneway (maxspeed 90 does not raise the class speed), 70 km/h → 0.953101 min a segment
 *   w5 tertiary, maxspeed=20 lowers 50 to 20 km/h: 1,111.9508 m → 3.335852 min
 *   w3 (footway) and w4 (access=private) carry no car edge.
 */
import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../scripts/lib/osm/road-graph.ts';
import { readOsmXml } from '../../../scripts/lib/osm/read-osm-xml.ts';
import { route, timesFromSources } from '../../../scripts/lib/osm/times-from-sources.ts';

const extract = readOsmXml(`${import.meta.dirname}/../../fixtures/osm/tiny-network.osm`);
const graph = buildRoadGraph(extract);
const at: Record<number, { lon: number; lat: number }> = {
  1: { lon: 0, lat: 0 },
  2: { lon: 0.01, lat: 0 },
  3: { lon: 0.02, lat: 0 },
  4: { lon: 0, lat: 0.01 },
  5: { lon: 0.02, lat: 0.01 },
  6: { lon: 0.01, lat: 0.01 },
  7: { lon: 0.03, lat: 0 },
};

describe('tiny network: reading and graph', () => {
  it('keeps the highway ways (not the deleted one, not the building) and their nodes only', () => {
    expect(extract.ways.map((w) => w.id)).toEqual([101, 102, 103, 104, 105]);
    expect([...extract.nodes.ids]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(extract.ways[0]?.tags.name).toBe("Rue d'en <Bas> & école");
    expect(extract.ways[1]?.refs).toEqual([1, 4, 6, 5, 3]);
  });
  it('has 7 nodes and 10 edges: w1 2×2, w2 4×1 (oneway), w5 1×2; none from the footway or the private road', () => {
    expect(graph.nodeCount).toBe(7);
    expect(graph.edgeCount).toBe(10);
    expect(new Set(graph.wayId)).toEqual(new Set([101, 102, 105]));
    expect(graph.stats).toEqual({ waysIn: 5, waysUsed: 3, segmentsMissingNode: 0 });
  });
});

describe('tiny network: hand-worked fastest routes', () => {
  const cases = [
    // 1→3: w1 is 2 × 2.223902 = 4.447803; the oneway loop 1→4→6→5→3 is 4 × 0.953101 = 3.812403 → loop
    { from: 1, to: 3, minutes: 3.812403, path: [1, 4, 6, 5, 3] },
    // 3→1: the loop is one-way the other way, so only w1 is left: 4.447803 (the oneway forces the longer way)
    { from: 3, to: 1, minutes: 4.447803, path: [3, 2, 1] },
    // 2→6: the footway 2–6 does not count; 2→1 (2.223902) then 1→4→6 (2 × 0.953101) = 4.130103
    { from: 2, to: 6, minutes: 4.130103, path: [2, 1, 4, 6] },
    // 6→2: 6→5→3 (2 × 0.953101) then 3→2 (2.223902) = 4.130103
    { from: 6, to: 2, minutes: 4.130103, path: [6, 5, 3, 2] },
    // 4→2: the private 4–2 is closed and 4→1 is against the oneway: 4→6→5→3 (3 × 0.953101) + 3→2 = 5.083204
    { from: 4, to: 2, minutes: 5.083204, path: [4, 6, 5, 3, 2] },
    // 1→7: 3.812403 + w5 3.335852 = 7.148255
    { from: 1, to: 7, minutes: 7.148255, path: [1, 4, 6, 5, 3, 7] },
    // 7→1: 3.335852 + 4.447803 = 7.783655
    { from: 7, to: 1, minutes: 7.783655, path: [7, 3, 2, 1] },
    { from: 5, to: 5, minutes: 0, path: [5] },
  ];
  it.each(cases)('$from → $to: $minutes min via $path', ({ from, to, minutes, path }) => {
    const r = route(graph, at[from]!, at[to]!);
    expect(r.minutes).toBeCloseTo(minutes, 5);
    expect(r.osmIds).toEqual(path);
    expect(r.from.distanceM).toBe(0);
    expect(r.to.distanceM).toBe(0);
  });
  it('adds the length of the route: 1→7 is 5 segments of 1,111.95 m', () =>
    expect(route(graph, at[1]!, at[7]!).lengthM).toBeCloseTo(5 * 1111.9508, 3));
});

describe('tiny network: timesFromSources', () => {
  // 0.001° south of node 1 snaps to node 1, 111.195 m away: at 20 km/h that is 0.333585 min
  const nearNode1 = { lon: 0, lat: -0.001 };
  const targets = [at[3]!, at[7]!, at[4]!];
  const expected = [0.333585 + 3.812403, 0.333585 + 7.148255, 0.333585 + 0.953101];

  it('adds the access leg at 20 km/h to the drive (forward searches: 1 source, 3 targets)', () => {
    const t = timesFromSources(graph, [nearNode1], targets);
    expect(t.sourceSnaps[0]?.distanceM).toBeCloseTo(111.1951, 3);
    expected.forEach((m, i) => expect(t.minutes[i]).toBeCloseTo(m, 5));
  });
  it('gives the same times searching backwards from the targets (3 sources, 1 target)', () => {
    const t = timesFromSources(graph, targets.map(() => nearNode1).concat([at[7]!]), [at[1]!]);
    expect(t.nSources).toBe(4);
    for (let s = 0; s < 3; s++) expect(t.minutes[s]).toBeCloseTo(0.333585, 5); // same node: access only
    expect(t.minutes[3]).toBeCloseTo(7.783655, 5);
  });
  it('is directional: a row-major matrix of 2 × 2 with the oneway asymmetry', () => {
    const t = timesFromSources(graph, [at[1]!, at[3]!], [at[1]!, at[3]!], Infinity, { keepPaths: true });
    expect([...t.minutes].map((m) => +m.toFixed(6))).toEqual([0, 3.812403, 4.447803, 0]);
    expect(t.paths).toEqual([[1], [1, 4, 6, 5, 3], [3, 2, 1], [3]]);
  });
  it('returns Infinity above maxMinutes (1→7 takes 7.15 min)', () => {
    const t = timesFromSources(graph, [at[1]!], [at[7]!, at[3]!], 7);
    expect(t.minutes[0]).toBe(Infinity);
    expect(t.minutes[1]).toBeCloseTo(3.812403, 5);
  });
  it('uses the access speed it is given', () => {
    const t = timesFromSources(graph, [nearNode1], [at[1]!], Infinity, { accessKmh: 5 });
    expect(t.minutes[0]).toBeCloseTo((111.19508 * 0.06) / 5, 5);
  });
  it('returns Infinity for every pair on an empty graph', () => {
    const empty = buildRoadGraph({ nodes: extract.nodes, ways: [] });
    const t = timesFromSources(empty, [at[1]!], [at[2]!]);
    expect(t.minutes[0]).toBe(Infinity);
    expect(t.sourceSnaps[0]?.node).toBe(-1);
  });
});
