import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../scripts/lib/osm/binary-heap.ts';
import { haversineM } from '../../../scripts/lib/osm/haversine-m.ts';
import type { OsmExtract } from '../../../scripts/lib/osm/osm-extract.ts';
import { buildRoadGraph } from '../../../scripts/lib/osm/road-graph.ts';
import { buildSnapIndex, snapWith } from '../../../scripts/lib/osm/snap.ts';
import { largestStrongComponent, strongComponents } from '../../../scripts/lib/osm/strong-components.ts';
import { crowKm } from '../../../src/domain/access/travel-time.ts';

describe('MinHeap', () => {
  it('pops 2,000 seeded random keys in ascending order, growing past its initial capacity', () => {
    const rand = randomLcg(42);
    const heap = new MinHeap(4);
    const keys = Array.from({ length: 2000 }, () => Math.floor(rand() * 500));
    keys.forEach((k, i) => heap.push(k, i));
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()]!);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });
  it('is empty-safe', () => {
    const heap = new MinHeap();
    expect(heap.pop()).toBe(-1);
    expect(heap.peekKey()).toBe(Infinity);
  });
});

describe('haversineM', () => {
  const cases = [
    { name: 'Blois → Vendôme', a: [1.3359, 47.5861], b: [1.0657, 47.7929] },
    { name: 'across the equator', a: [0, -0.5], b: [0.5, 0.5] },
    { name: 'same point', a: [1.5, 47.5], b: [1.5, 47.5] },
  ];
  it.each(cases)('equals 1000 × crowKm of the domain model: $name', ({ a, b }) =>
    expect(haversineM(a[0]!, a[1]!, b[0]!, b[1]!)).toBeCloseTo(
      1000 * crowKm({ lon: a[0]!, lat: a[1]! }, { lon: b[0]!, lat: b[1]! }),
      6,
    ));
});

/**
 * Five nodes 0.001° apart on the equator:
 *   1 ⇄ 2 → 3 → 1   (two-way 1–2, one-way 2→3 and 3→1: one component {1, 2, 3})
 *   3 → 4            (one-way stub: 4 cannot come back, its own component)
 *   5 ⇄ 6            (an island reached by nothing: component {5, 6})
 */
const islandExtract: OsmExtract = {
  nodes: {
    ids: new Float64Array([1, 2, 3, 4, 5, 6]),
    lon: new Float64Array([0, 0.001, 0.002, 0.003, 0.01, 0.011]),
    lat: new Float64Array(6),
  },
  ways: [
    { id: 1, refs: [1, 2], tags: { highway: 'residential' } },
    { id: 2, refs: [2, 3, 1], tags: { highway: 'residential', oneway: 'yes' } },
    { id: 3, refs: [3, 4], tags: { highway: 'service', oneway: 'yes' } },
    { id: 4, refs: [5, 6], tags: { highway: 'residential' } },
  ],
};

describe('strongComponents', () => {
  const g = buildRoadGraph(islandExtract);
  it('finds {1, 2, 3}, {4} and {5, 6}', () => {
    const { component, sizes } = strongComponents(g);
    const byOsm = (id: number) => component[g.osmId.indexOf(id)];
    expect(byOsm(1)).toBe(byOsm(2));
    expect(byOsm(2)).toBe(byOsm(3));
    expect(byOsm(4)).not.toBe(byOsm(3));
    expect(byOsm(5)).toBe(byOsm(6));
    expect([...sizes].sort()).toEqual([1, 2, 3]);
  });
  it('keeps the largest one only in the mask', () =>
    expect([...largestStrongComponent(g)]).toEqual([1, 1, 1, 0, 0, 0]));
});

describe('snapWith', () => {
  const g = buildRoadGraph(islandExtract);
  const cases = [
    { name: 'on a node', p: [0.001, 0], mask: undefined, node: 2, metres: 0 },
    { name: 'between nodes, nearer 3', p: [0.0024, 0.0001], mask: undefined, node: 3, metres: haversineM(0.0024, 0.0001, 0.002, 0) },
    { name: 'next to the stub, without a mask', p: [0.0031, 0], mask: undefined, node: 4, metres: haversineM(0.0031, 0, 0.003, 0) },
    { name: 'next to the stub, main component only', p: [0.0031, 0], mask: largestStrongComponent(g), node: 3, metres: haversineM(0.0031, 0, 0.002, 0) },
    { name: 'far outside the grid', p: [0.5, 0.5], mask: undefined, node: 6, metres: haversineM(0.5, 0.5, 0.011, 0) },
    { name: 'on the island, main component only', p: [0.0105, 0], mask: largestStrongComponent(g), node: 3, metres: haversineM(0.0105, 0, 0.002, 0) },
  ];
  it.each(cases)('$name', ({ p, mask, node, metres }) => {
    const s = snapWith(buildSnapIndex(g, mask, 50), p[0]!, p[1]!);
    expect(g.osmId[s.node]).toBe(node);
    expect(s.distanceM).toBeCloseTo(metres, 6);
  });
  it('returns node −1 on an empty index', () =>
    expect(snapWith(buildSnapIndex(g, new Uint8Array(g.nodeCount)), 0, 0)).toEqual({ node: -1, distanceM: Infinity }));
});
