import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OsmWay } from '../../../scripts/lib/osm/osm-extract.ts';
import { readOsm } from '../../../scripts/lib/osm/read-osm.ts';
import { parseOsmXml, readOsmXml, scanOsmXml } from '../../../scripts/lib/osm/read-osm-xml.ts';

const fixturePath = `${import.meta.dirname}/../../fixtures/osm/tiny-network.osm`;
const fixture = readFileSync(fixturePath, 'utf8');

function scanAll(chunks: Iterable<string>) {
  const nodes: [number, number, number][] = [];
  const ways: OsmWay[] = [];
  scanOsmXml(chunks, { node: (id, lon, lat) => nodes.push([id, lon, lat]), way: (w) => ways.push(w) });
  return { nodes, ways };
}

function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('scanOsmXml', () => {
  const whole = scanAll([fixture]);

  it('reads every node (quotes, attribute order, spaces around =, open/close form) and every live way', () => {
    expect(whole.nodes).toEqual([
      [1, 0, 0],
      [2, 0.01, 0],
      [3, 0.02, 0],
      [4, 0, 0.01],
      [5, 0.02, 0.01],
      [6, 0.01, 0.01],
      [7, 0.03, 0],
      [8, 0.5, 0.5],
    ]);
    expect(whole.ways.map((w) => w.id)).toEqual([101, 102, 103, 104, 105, 107]);
    expect(whole.ways[1]?.tags).toEqual({ highway: 'primary', oneway: 'yes', maxspeed: '90' });
  });

  it.each([1, 2, 3, 7, 64, 1000])('gives the same result whatever the chunk size (%i characters)', (size) =>
    expect(scanAll(chunked(fixture, size))).toEqual(whole));

  const entityCases = [
    { v: 'a &amp; b', expected: 'a & b' },
    { v: '&lt;&gt;&quot;&apos;', expected: `<>"'` },
    { v: '&#233;t&#xE9;', expected: 'été' },
    { v: 'a > b', expected: 'a > b' },
    { v: 'x/y', expected: 'x/y' },
  ];
  it.each(entityCases)('decodes tag value $v', ({ v, expected }) => {
    const { ways } = scanAll([`<osm><way id="1"><nd ref="2"/><tag k="name" v="${v}"/></way></osm>`]);
    expect(ways[0]?.tags.name).toBe(expected);
  });

  it('accepts a self-closing way and skips deleted or invisible elements', () => {
    const text = `<osm><way id="5"/><node id="1" lat="1" lon="2" visible="false"/><node id="2" action="delete" lat="1" lon="2"/></osm>`;
    const { nodes, ways } = scanAll([text]);
    expect(ways).toEqual([{ id: 5, refs: [], tags: {} }]);
    expect(nodes).toEqual([]);
  });

  const bad = [
    { name: 'an unclosed element', text: '<osm><node id="1" lat="1" lon="2"' },
    { name: 'an unclosed way', text: '<osm><way id="1"><nd ref="2"/>' },
    { name: 'a node without lat', text: '<osm><node id="1" lon="2"/></osm>' },
    { name: 'an nd without ref', text: '<osm><way id="1"><nd/></way></osm>' },
  ];
  it.each(bad)('rejects $name', ({ text }) => expect(() => scanAll([text])).toThrow(/OSM XML/));
});

describe('parseOsmXml / readOsmXml', () => {
  it('gives the same extract from a string and from a file read in small chunks', () => {
    const a = parseOsmXml(fixture);
    const b = readOsmXml(fixturePath, {}, 17);
    expect(b).toEqual(a);
  });
  it('keeps every way with requiredKey null, and the nodes they use', () => {
    const all = parseOsmXml(fixture, { requiredKey: null });
    expect(all.ways.map((w) => w.id)).toEqual([101, 102, 103, 104, 105, 107]);
    expect([...all.nodes.ids]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('keeps a way whose node is missing from the file; the node is just absent from the table', () => {
    const cut = parseOsmXml('<osm><node id="1" lat="0" lon="0"/><way id="9"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/></way></osm>');
    expect(cut.ways[0]?.refs).toEqual([1, 2]);
    expect([...cut.nodes.ids]).toEqual([1]);
  });
});

describe('readOsm (dispatch by file name)', () => {
  it('reads .osm as XML', () => expect(readOsm(fixturePath)).toEqual(parseOsmXml(fixture)));
  it('keeps only the asked tag keys', () =>
    expect(readOsm(fixturePath, { tagKeys: ['highway'] }).ways[0]?.tags).toEqual({ highway: 'residential' }));
  it('says when the file is missing', () => expect(() => readOsm('/nowhere/x.osm.pbf')).toThrow(/not found: \/nowhere/));
  it('refuses other formats with an osmium hint', () =>
    expect(() => readOsm(`${import.meta.dirname}/read-osm-xml.test.ts`)).toThrow(/osmium cat/));
});
