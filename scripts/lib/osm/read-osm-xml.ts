/**
 * OSM XML reader (https://wiki.openstreetmap.org/wiki/OSM_XML) with no dependency: a small state
 * machine over a tag regex, fed by chunks so a file never has to fit in one string. Handles either
 * quote style, any attribute order, self-closing and open/close elements, comments, the XML
 * declaration and the five XML entities plus numeric character references.
 *
 * Two passes: the first keeps the wanted ways and the ids of their nodes, the second the coordinates
 * of those nodes only (a file lists nodes before ways, so one pass would have to keep them all).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { PipelineError } from '../errors.ts';
import {
  NodeCollector,
  referencedNodeIds,
  withTagKeys,
  type OsmExtract,
  type OsmWay,
  type ReadOsmOptions,
} from './osm-extract.ts';

/** Callbacks of `scanOsmXml`; coordinates in degrees. Elements marked deleted or invisible are skipped. */
export interface OsmXmlVisitor {
  node?(id: number, lon: number, lat: number): void;
  way?(way: OsmWay): void;
}

// <name attr="v" attr='v' ... /> or </name>; quoted values may hold '>' or '/'.
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Longest element we wait for across chunks before calling the input malformed (characters). */
const MAX_ELEMENT = 1 << 20;

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : NAMED[name as string] as string,
  );
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) out[m[1] as string] = decode(m[2] ?? m[3] ?? '');
  return out;
}

function skipped(a: Record<string, string>): boolean {
  return a.action === 'delete' || a.visible === 'false';
}

function num(a: Record<string, string>, key: string, what: string): number {
  const v = Number(a[key]);
  if (a[key] === undefined || a[key] === '' || !Number.isFinite(v)) throw new PipelineError(`OSM XML: ${what} without a numeric ${key}`);
  return v;
}

/**
 * Streams OSM XML text given as chunks (split anywhere, even inside an element) and calls the visitor
 * for each node (id, lon, lat in degrees) and each way (id, node refs, decoded tags). Relations,
 * changesets, bounds and node tags are ignored.
 *
 * @throws PipelineError on text that is not OSM XML (an unclosed or malformed element, a node without lat/lon)
 */
export function scanOsmXml(chunks: Iterable<string>, visitor: OsmXmlVisitor): void {
  let buf = '';
  let way: OsmWay | null = null;
  let wayDeleted = false;
  let consumed = 0; // characters before `buf`, for error messages
  const handle = (close: boolean, name: string, attrText: string, selfClosing: boolean): void => {
    if (close) {
      if (name === 'way' && way) {
        if (!wayDeleted) visitor.way?.(way);
        way = null;
      }
      return;
    }
    if (way) {
      if (name === 'nd') way.refs.push(num(attributes(attrText), 'ref', `way ${way.id}: nd`));
      else if (name === 'tag') {
        const a = attributes(attrText);
        if (a.k !== undefined) way.tags[a.k] = a.v ?? '';
      }
      return;
    }
    if (name === 'node') {
      if (!visitor.node) return;
      const a = attributes(attrText);
      if (skipped(a)) return;
      const id = num(a, 'id', 'node');
      visitor.node(id, num(a, 'lon', `node ${id}`), num(a, 'lat', `node ${id}`));
    } else if (name === 'way') {
      const a = attributes(attrText);
      const w: OsmWay = { id: num(a, 'id', 'way'), refs: [], tags: {} };
      if (selfClosing) {
        if (!skipped(a)) visitor.way?.(w);
      } else {
        way = w;
        wayDeleted = skipped(a);
      }
    }
  };

  const parse = (final: boolean): void => {
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        pos = buf.length;
        break;
      }
      pos = lt;
      const c1 = buf[lt + 1];
      if (c1 === undefined) break; // '<' at the end of the text read so far
      if (c1 === '?' || c1 === '!') {
        // XML declaration, comment or DOCTYPE: skip to its end
        if (c1 === '!' && buf.length - lt < 4 && !final) break; // maybe a '<!--' split by the chunk
        const closer = c1 === '?' ? '?>' : buf.startsWith('<!--', lt) ? '-->' : '>';
        const e = buf.indexOf(closer, lt + 2);
        if (e < 0) break;
        pos = e + closer.length;
        continue;
      }
      TAG.lastIndex = lt;
      const m = TAG.exec(buf);
      if (!m) break; // incomplete element (or malformed: reported below)
      pos = TAG.lastIndex;
      handle(m[1] === '/', m[2] as string, m[3] as string, m[4] === '/');
    }
    buf = buf.slice(pos);
    consumed += pos;
    if (buf.length > 0 && (final || buf.length > MAX_ELEMENT) && buf.trim() !== '') {
      throw new PipelineError(`OSM XML: malformed or unclosed element at character ${consumed}: ${JSON.stringify(buf.slice(0, 80))}`);
    }
  };

  for (const chunk of chunks) {
    buf += chunk;
    parse(false);
  }
  parse(true);
  if (way) throw new PipelineError(`OSM XML: way ${(way as OsmWay).id} is not closed`);
}

function extract(chunks: () => Iterable<string>, options: ReadOsmOptions): OsmExtract {
  const key = options.requiredKey === undefined ? 'highway' : options.requiredKey;
  const tagKeys = options.tagKeys ? new Set(options.tagKeys) : undefined;
  const ways: OsmWay[] = [];
  scanOsmXml(chunks(), {
    way: (w) => {
      if (key === null || w.tags[key] !== undefined) ways.push(withTagKeys(w, tagKeys));
    },
  });
  const nodes = new NodeCollector(referencedNodeIds(ways));
  scanOsmXml(chunks(), { node: (id, lon, lat) => nodes.add(id, lon, lat) });
  return { nodes: nodes.finish(), ways };
}

/**
 * Parses OSM XML held in a string: the ways carrying `options.requiredKey` (default `highway`) and the
 * coordinates (degrees) of the nodes they reference. Referenced nodes missing from the text are simply
 * absent from `nodes`.
 */
export function parseOsmXml(text: string, options: ReadOsmOptions = {}): OsmExtract {
  return extract(() => [text], options);
}

/** Reads a file as UTF-8 text in chunks of `chunkBytes`, without holding it whole. */
function* fileChunks(path: string, chunkBytes: number): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(chunkBytes);
    const decoder = new TextDecoder('utf-8');
    for (;;) {
      const n = readSync(fd, bytes, 0, chunkBytes, null);
      if (n === 0) break;
      yield decoder.decode(bytes.subarray(0, n), { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an `.osm` XML file (uncompressed) in two streaming passes, as `parseOsmXml` does for a string.
 * Memory holds the kept ways and their nodes, not the file.
 *
 * @param chunkBytes read size in bytes (default 4 MiB); any size gives the same result
 */
export function readOsmXml(path: string, options: ReadOsmOptions = {}, chunkBytes = 1 << 22): OsmExtract {
  return extract(() => fileChunks(path, chunkBytes), options);
}
