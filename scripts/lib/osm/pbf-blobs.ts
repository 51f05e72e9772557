/**
 * The framing of an `.osm.pbf` file (https://wiki.openstreetmap.org/wiki/PBF_Format#File_format): a
 * sequence of [4-byte big-endian length][BlobHeader][Blob], each Blob holding one block, raw or
 * zlib-compressed. Reads one blob at a time from memory or from a file descriptor.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PbfReader } from 'pbf';
import { PipelineError } from '../errors.ts';

/** The format caps a BlobHeader at 64 KiB and a Blob at 32 MiB. */
const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;

/** Random access to the bytes of a file or a buffer. */
export interface ByteSource {
  size: number;
  read(pos: number, len: number): Uint8Array;
  close(): void;
}

/** A source over bytes already in memory (no copy). */
export function memorySource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (pos, len) => bytes.subarray(pos, pos + len), close: () => {} };
}

/** A source reading a file on demand; call `close()` when done. */
export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  return {
    size: fstatSync(fd).size,
    read(pos, len) {
      const out = new Uint8Array(len);
      let got = 0;
      while (got < len) {
        const n = readSync(fd, out, got, len - got, pos + got);
        if (n === 0) break;
        got += n;
      }
      return out.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}

/** One framed blob: its type (`OSMHeader`, `OSMData`, or unknown) and its still-compressed Blob message. */
export interface RawBlob {
  type: string;
  /** File offset of the block's length prefix, to come back to it in the second pass. */
  offset: number;
  next: number;
  blob: Uint8Array;
}

/**
 * The blob framed at byte `offset`.
 *
 * @throws PipelineError on a truncated file or sizes beyond the format's limits (not a PBF file)
 */
export function readBlobAt(src: ByteSource, offset: number): RawBlob {
  const lenBytes = src.read(offset, 4);
  if (lenBytes.length < 4) throw new PipelineError(`OSM PBF: truncated file at byte ${offset}`);
  const headerLen = new DataView(lenBytes.buffer, lenBytes.byteOffset, 4).getUint32(0, false);
  if (headerLen > MAX_HEADER) throw new PipelineError(`OSM PBF: BlobHeader of ${headerLen} bytes at byte ${offset}; not a .osm.pbf file?`);
  const hdr = src.read(offset + 4, headerLen);
  const h = new PbfReader(hdr).readFields(
    (tag, r: { type: string; datasize: number }, pbf) => {
      if (tag === 1) r.type = pbf.readString();
      else if (tag === 3) r.datasize = pbf.readVarint();
    },
    { type: '', datasize: -1 },
  );
  if (h.datasize < 0 || h.datasize > MAX_BLOB) throw new PipelineError(`OSM PBF: bad blob size ${h.datasize} at byte ${offset}`);
  const blob = src.read(offset + 4 + headerLen, h.datasize);
  if (blob.length < h.datasize) throw new PipelineError(`OSM PBF: truncated blob at byte ${offset}`);
  return { type: h.type, offset, next: offset + 4 + headerLen + h.datasize, blob };
}

/**
 * Decompressed content of a Blob message (raw or zlib).
 *
 * @throws PipelineError for lzma, bzip2, lz4 or zstd, with the osmium command that re-encodes the file
 */
export function blobData(blob: Uint8Array): Uint8Array {
  const r = new PbfReader(blob).readFields(
    (tag, acc: { raw?: Uint8Array; zlib?: Uint8Array; rawSize: number; other?: string }, pbf) => {
      if (tag === 1) acc.raw = pbf.readBytes();
      else if (tag === 2) acc.rawSize = pbf.readVarint();
      else if (tag === 3) acc.zlib = pbf.readBytes();
      else if (tag >= 4 && tag <= 7) acc.other = ['lzma', 'bzip2', 'lz4', 'zstd'][tag - 4];
    },
    { rawSize: -1 },
  );
  if (r.raw) return r.raw;
  if (r.zlib) {
    let out: Uint8Array;
    try {
      out = inflateSync(r.zlib);
    } catch (e) {
      throw new PipelineError(`OSM PBF: corrupt zlib blob (${(e as Error).message})`);
    }
    if (r.rawSize >= 0 && out.length !== r.rawSize) throw new PipelineError(`OSM PBF: blob inflated to ${out.length} bytes, header says ${r.rawSize}`);
    return out;
  }
  throw new PipelineError(
    `OSM PBF: ${r.other ?? 'empty'} blob compression is not supported; re-encode with \`osmium cat in.osm.pbf -o out.osm.pbf\` (zlib).`,
  );
}
