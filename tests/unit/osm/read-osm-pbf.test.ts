/**
 * The PBF decoder on a small file encoded here with PbfWriter, following the spec field numbers
 * (https://wiki.openstreetmap.org/wiki/PBF_Format). It uses a non-default granularity and offsets,
 * negative deltas, a plain Node beside DenseNodes, a relation, an unknown blob type, and raw and
 * zlib blobs, none of which the Monaco file exercises.
 */
import { deflateSync } from 'node:zlib';
import { PbfWriter } from 'pbf';
import { describe, expect, it } from 'vitest';
import { parseOsmPbf } from '../../../scripts/lib/osm/read-osm-pbf.ts';

type Compression = 'raw' | 'zlib' | 'zstd';

function frame(type: string, data: Uint8Array, compression: Compression): Uint8Array {
  const blob = new PbfWriter();
  if (compression === 'raw') blob.writeBytesField(1, data);
  else if (compression === 'zlib') {
    blob.writeVarintField(2, data.length);
    blob.writeBytesField(3, deflateSync(data));
  } else blob.writeBytesField(7, data); // pretend zstd
  const blobBytes = blob.finish();
  const header = new PbfWriter();
  header.writeStringField(1, type);
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const out = new Uint8Array(4 + headerBytes.length + blobBytes.length);
  new DataView(out.buffer).setUint32(0, headerBytes.length, false);
  out.set(headerBytes, 4);
  out.set(blobBytes, 4 + headerBytes.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

function headerBlock(required = ['OsmSchema-V0.6', 'DenseNodes']): Uint8Array {
  const w = new PbfWriter();
  for (const f of required) w.writeStringField(4, f);
  w.writeStringField(16, 'hand-written test');
  w.writeVarintField(32, 1569874682); // 2019-09-30T20:18:02Z
  return w.finish();
}

const deltas = (xs: number[]) => xs.map((x, i) => x - (i > 0 ? (xs[i - 1] as number) : 0));

/**
 * Nodes with granularity 1000 (1e-6°), lat_offset 47°, lon_offset 1°:
 *   degrees = (offset + 1000 × raw) / 1e9, e.g. lat raw 500000 → (47e9 + 5e8) / 1e9 = 47.5
 *   10: (1.25, 47.5)  11: (1.250002, 47.500001)  13: (1.2, 47.499999)   (DenseNodes, delta-coded)
 *   20: (1.3, 47.6)                                                      (plain Node)
 */
function nodeBlock(): Uint8Array {
  const w = new PbfWriter();
  w.writeMessage(1, (_: null, p: PbfWriter) => p.writeBytesField(1, new Uint8Array(0)), null); // string table [""]
  w.writeMessage(
    2,
    (_: null, p: PbfWriter) =>
      p.writeMessage(
        2,
        (__: null, q: PbfWriter) => {
          q.writePackedSVarint(1, deltas([10, 11, 13]));
          q.writePackedSVarint(8, deltas([500000, 500001, 499999]));
          q.writePackedSVarint(9, deltas([250000, 250002, 200000]));
        },
        null,
      ),
    null,
  );
  w.writeMessage(
    2,
    (_: null, p: PbfWriter) =>
      p.writeMessage(
        1,
        (__: null, q: PbfWriter) => {
          q.writeSVarintField(1, 20);
          q.writeSVarintField(8, 600000);
          q.writeSVarintField(9, 300000);
        },
        null,
      ),
    null,
  );
  w.writeVarintField(17, 1000);
  w.writeVarintField(19, 47_000_000_000);
  w.writeVarintField(20, 1_000_000_000);
  return w.finish();
}

const STRINGS = ['', 'highway', 'residential', 'name', "Rue de l'École", 'building', 'yes', 'oneway'];

function way(p: PbfWriter, id: number, keys: number[], vals: number[], refs: number[]): void {
  p.writeMessage(
    3,
    (_: null, q: PbfWriter) => {
      q.writeVarintField(1, id);
      q.writePackedVarint(2, keys);
      q.writePackedVarint(3, vals);
      q.writePackedSVarint(8, deltas(refs));
    },
    null,
  );
}

function wayBlock(): Uint8Array {
  const w = new PbfWriter();
  w.writeMessage(1, (_: null, p: PbfWriter) => STRINGS.forEach((s) => p.writeStringField(1, s)), null);
  w.writeMessage(
    2,
    (_: null, p: PbfWriter) => {
      way(p, 100, [1, 3], [2, 4], [10, 11, 13, 20]);
      way(p, 101, [5], [6], [13, 99]); // a building: dropped
      way(p, 102, [1, 7], [2, 6], [20, 10]); // negative delta
    },
    null,
  );
  w.writeMessage(2, (_: null, p: PbfWriter) => p.writeMessage(4, (__: null, q: PbfWriter) => q.writeVarintField(1, 7), null), null);
  return w.finish();
}

function file(header = headerBlock(), wayCompression: Compression = 'raw'): Uint8Array {
  return concat([
    frame('OSMHeader', header, 'zlib'),
    frame('OSMData', nodeBlock(), 'zlib'),
    frame('SomethingNew', new Uint8Array([1, 2, 3]), 'raw'),
    frame('OSMData', wayBlock(), wayCompression),
  ]);
}

describe('parseOsmPbf on a hand-encoded file', () => {
  const x = parseOsmPbf(file());

  it('reads the header', () => {
    expect(x.header.requiredFeatures).toEqual(['OsmSchema-V0.6', 'DenseNodes']);
    expect(x.header.writingProgram).toBe('hand-written test');
    expect(x.header.replicationTimestamp).toBe('2019-09-30T20:18:02.000Z');
  });
  it('keeps the highway ways with decoded tags and delta-decoded refs', () => {
    expect(x.ways).toEqual([
      { id: 100, refs: [10, 11, 13, 20], tags: { highway: 'residential', name: "Rue de l'École" } },
      { id: 102, refs: [20, 10], tags: { highway: 'residential', oneway: 'yes' } },
    ]);
  });
  it('applies granularity and offsets to dense and plain nodes, giving the same doubles as the decimals', () => {
    expect([...x.nodes.ids]).toEqual([10, 11, 13, 20]);
    expect([...x.nodes.lon]).toEqual([1.25, 1.250002, 1.2, 1.3]);
    expect([...x.nodes.lat]).toEqual([47.5, 47.500001, 47.499999, 47.6]);
  });
  it('keeps every way and node with requiredKey null (node 99 is referenced but absent)', () => {
    const all = parseOsmPbf(file(), { requiredKey: null });
    expect(all.ways.map((w) => w.id)).toEqual([100, 101, 102]);
    expect([...all.nodes.ids]).toEqual([10, 11, 13, 20]);
  });

  const bad = [
    { name: 'a history file', bytes: () => file(headerBlock(['OsmSchema-V0.6', 'HistoricalInformation'])), message: /HistoricalInformation/ },
    { name: 'zstd compression', bytes: () => file(headerBlock(), 'zstd'), message: /zstd.*osmium cat/ },
    { name: 'a truncated file', bytes: () => file().subarray(0, file().length - 5), message: /truncated/ },
    { name: 'an XML file', bytes: () => new TextEncoder().encode('<?xml version="1.0"?><osm></osm>'), message: /not a \.osm\.pbf/ },
    { name: 'data before the header', bytes: () => frame('OSMData', nodeBlock(), 'raw'), message: /before the OSMHeader/ },
  ];
  it.each(bad)('rejects $name', ({ bytes, message }) => expect(() => parseOsmPbf(bytes())).toThrow(message));
});
