/**
 * OSM PBF reader (https://wiki.openstreetmap.org/wiki/PBF_Format), fields read with `pbf`.
 *
 * A file is a sequence of blobs (`pbf-blobs.ts`). Blob `OSMHeader` holds a
 * HeaderBlock, `OSMData` a PrimitiveBlock: a string table plus groups of Nodes, DenseNodes, Ways or
 * Relations. Coordinates are integers: degrees = (offset + granularity × value) / 1e9. Ids, DenseNodes
 * lat/lon and way refs are delta-coded.
 *
 * Two passes, reading the file block by block: the first decodes ways (keeping those with the required
 * key) and notes which blocks hold nodes; the second decodes only those blocks and keeps the nodes the
 * kept ways reference. Relations are skipped. Only zlib-compressed or raw blobs are supported (that is
 * what Geofabrik and osmium write by default).
 */
import { PbfReader } from 'pbf';
import { PipelineError } from '../errors.ts';
import { blobData, fileSource, memorySource, readBlobAt, type ByteSource } from './pbf-blobs.ts';
import { NodeCollector, referencedNodeIds, type OsmExtract, type OsmWay, type ReadOsmOptions } from './osm-extract.ts';

/** What the OSMHeader block says about the file. */
export interface OsmPbfHeader {
  requiredFeatures: string[];
  optionalFeatures: string[];
  writingProgram?: string;
  source?: string;
  /** Replication timestamp (ISO 8601, UTC): how fresh the data is. */
  replicationTimestamp?: string;
  replicationSequence?: number;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
}

/** `OsmExtract` plus the file header. */
export interface OsmPbfExtract extends OsmExtract {
  header: OsmPbfHeader;
}

/** Required features this reader understands; any other (e.g. HistoricalInformation) is refused. */
const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes']);
function readHeader(data: Uint8Array): OsmPbfHeader {
  const h: OsmPbfHeader = { requiredFeatures: [], optionalFeatures: [] };
  new PbfReader(data).readFields((tag, acc: OsmPbfHeader, pbf) => {
    if (tag === 1) {
      const b = pbf.readFields(
        (t, box: number[], p) => {
          if (t >= 1 && t <= 4) box[t - 1] = p.readSVarint() / 1e9;
        },
        [0, 0, 0, 0],
        pbf.readVarint() + pbf.pos,
      );
      const [left, right, top, bottom] = b as [number, number, number, number];
      acc.bbox = [left, bottom, right, top];
    } else if (tag === 4) acc.requiredFeatures.push(pbf.readString());
    else if (tag === 5) acc.optionalFeatures.push(pbf.readString());
    else if (tag === 16) acc.writingProgram = pbf.readString();
    else if (tag === 17) acc.source = pbf.readString();
    else if (tag === 32) acc.replicationTimestamp = new Date(pbf.readVarint() * 1000).toISOString();
    else if (tag === 33) acc.replicationSequence = pbf.readVarint();
  }, h);
  const unknown = h.requiredFeatures.filter((f) => !SUPPORTED_FEATURES.has(f));
  if (unknown.length > 0) throw new PipelineError(`OSM PBF: unsupported required feature(s) ${unknown.join(', ')}`);
  return h;
}

interface Block {
  strings: string[];
  groups: [number, number][];
  granularity: number;
  latOffset: number;
  lonOffset: number;
  pbf: PbfReader;
}

function readBlock(data: Uint8Array): Block {
  const pbf = new PbfReader(data);
  const b: Block = { strings: [], groups: [], granularity: 100, latOffset: 0, lonOffset: 0, pbf };
  pbf.readFields((tag, acc: Block, p) => {
    if (tag === 1) {
      p.readFields(
        (t, s: string[], q) => {
          if (t === 1) s.push(q.readString());
        },
        acc.strings,
        p.readVarint() + p.pos,
      );
    } else if (tag === 2) {
      const len = p.readVarint();
      acc.groups.push([p.pos, p.pos + len]);
      p.pos += len;
    } else if (tag === 17) acc.granularity = p.readVarint();
    else if (tag === 19) acc.latOffset = p.readVarint(true);
    else if (tag === 20) acc.lonOffset = p.readVarint(true);
  }, b);
  return b;
}

/** Moves the reader to `pos` and forgets the current field, so `nextField` does not skip anything. */
function seek(pbf: PbfReader, pos: number): void {
  pbf.pos = pos;
  pbf._valueStart = -1;
}

/** Group fields: 1 Node, 2 DenseNodes, 3 Way, 4 Relation, 5 ChangeSet. */
function groupHasNodes(b: Block): boolean {
  for (const [start, end] of b.groups) {
    seek(b.pbf, start);
    const tag = b.pbf.nextField(end);
    if (tag === 1 || tag === 2) return true;
  }
  return false;
}

interface WayFields {
  id: number;
  keys: number[];
  vals: number[];
  refs: number[];
}

function readWays(b: Block, keyIndex: number | null, tagKeys: ReadonlySet<string> | undefined, out: OsmWay[]): void {
  for (const [start, end] of b.groups) {
    seek(b.pbf, start);
    b.pbf.readFields(
      (tag, _acc: null, p) => {
        if (tag !== 3) return;
        const w = p.readFields(
          (t, acc: WayFields, q) => {
            if (t === 1) acc.id = q.readVarint();
            else if (t === 2) q.readPackedVarint(acc.keys);
            else if (t === 3) q.readPackedVarint(acc.vals);
            else if (t === 8) q.readPackedSVarint(acc.refs);
          },
          { id: 0, keys: [], vals: [], refs: [] },
          p.readVarint() + p.pos,
        );
        if (keyIndex !== null && !w.keys.includes(keyIndex)) return;
        const tags: Record<string, string> = {};
        for (let i = 0; i < w.keys.length; i++) {
          const k = b.strings[w.keys[i] as number] as string;
          if (!tagKeys || tagKeys.has(k)) tags[k] = b.strings[w.vals[i] as number] ?? '';
        }
        for (let i = 1; i < w.refs.length; i++) w.refs[i] = (w.refs[i] as number) + (w.refs[i - 1] as number);
        out.push({ id: w.id, refs: w.refs, tags });
      },
      null,
      end,
    );
  }
}

function readNodes(b: Block, collect: (id: number, lon: number, lat: number) => void): void {
  const { granularity: g, latOffset, lonOffset } = b;
  for (const [start, end] of b.groups) {
    seek(b.pbf, start);
    b.pbf.readFields(
      (tag, _acc: null, p) => {
        if (tag === 2) {
          const d = p.readFields(
            (t, acc: { id: number[]; lat: number[]; lon: number[] }, q) => {
              if (t === 1) q.readPackedSVarint(acc.id);
              else if (t === 8) q.readPackedSVarint(acc.lat);
              else if (t === 9) q.readPackedSVarint(acc.lon);
            },
            { id: [], lat: [], lon: [] },
            p.readVarint() + p.pos,
          );
          let id = 0;
          let lat = 0;
          let lon = 0;
          for (let i = 0; i < d.id.length; i++) {
            id += d.id[i] as number;
            lat += d.lat[i] as number;
            lon += d.lon[i] as number;
            // division (not × 1e-9) so the result is the double nearest the decimal, as in OSM XML
            collect(id, (lonOffset + g * lon) / 1e9, (latOffset + g * lat) / 1e9);
          }
        } else if (tag === 1) {
          const n = p.readFields(
            (t, acc: { id: number; lat: number; lon: number }, q) => {
              if (t === 1) acc.id = q.readSVarint();
              else if (t === 8) acc.lat = q.readSVarint();
              else if (t === 9) acc.lon = q.readSVarint();
            },
            { id: 0, lat: 0, lon: 0 },
            p.readVarint() + p.pos,
          );
          collect(n.id, (lonOffset + g * n.lon) / 1e9, (latOffset + g * n.lat) / 1e9);
        }
      },
      null,
      end,
    );
  }
}

function readFrom(src: ByteSource, options: ReadOsmOptions): OsmPbfExtract {
  const key = options.requiredKey === undefined ? 'highway' : options.requiredKey;
  const tagKeys = options.tagKeys ? new Set(options.tagKeys) : undefined;
  let header: OsmPbfHeader | undefined;
  const ways: OsmWay[] = [];
  const nodeBlocks: number[] = [];
  for (let pos = 0; pos < src.size; ) {
    const raw = readBlobAt(src, pos);
    pos = raw.next;
    if (raw.type === 'OSMHeader') header = readHeader(blobData(raw.blob));
    else if (raw.type === 'OSMData') {
      if (!header) throw new PipelineError('OSM PBF: OSMData block before the OSMHeader block');
      const b = readBlock(blobData(raw.blob));
      if (groupHasNodes(b)) nodeBlocks.push(raw.offset);
      const keyIndex = key === null ? null : b.strings.indexOf(key);
      if (keyIndex !== -1) readWays(b, keyIndex, tagKeys, ways);
    } // other blob types are to be skipped, says the spec
  }
  if (!header) throw new PipelineError('OSM PBF: no OSMHeader block; not a .osm.pbf file?');
  const nodes = new NodeCollector(referencedNodeIds(ways));
  const add = (id: number, lon: number, lat: number): void => nodes.add(id, lon, lat);
  for (const offset of nodeBlocks) readNodes(readBlock(blobData(readBlobAt(src, offset).blob)), add);
  return { header, nodes: nodes.finish(), ways };
}

/**
 * Decodes an `.osm.pbf` held in memory: the ways carrying `options.requiredKey` (default `highway`)
 * with their tags and node refs, the coordinates (degrees) of the nodes they reference, and the header.
 *
 * @throws PipelineError on a truncated or non-PBF input, an unsupported compression (lzma, lz4, zstd)
 *   or required feature (history files)
 */
export function parseOsmPbf(bytes: Uint8Array, options: ReadOsmOptions = {}): OsmPbfExtract {
  return readFrom(memorySource(bytes), options);
}

/**
 * Reads an `.osm.pbf` file block by block (never whole), as `parseOsmPbf` does. Peak memory is the
 * kept ways, the ids of their nodes (8 bytes each, plus 16 for coordinates) and one decompressed block.
 */
export function readOsmPbf(path: string, options: ReadOsmOptions = {}): OsmPbfExtract {
  const src = fileSource(path);
  try {
    return readFrom(src, options);
  } finally {
    src.close();
  }
}
