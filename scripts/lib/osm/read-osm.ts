import { existsSync } from 'node:fs';
import { PipelineError } from '../errors.ts';
import type { OsmExtract, ReadOsmOptions } from './osm-extract.ts';
import { readOsmPbf } from './read-osm-pbf.ts';
import { readOsmXml } from './read-osm-xml.ts';

/**
 * Reads an OSM extract chosen by its file name: `*.osm.pbf` / `*.pbf` as PBF, `*.osm` / `*.xml` as
 * OSM XML. Keeps the ways carrying `options.requiredKey` (default `highway`) and their nodes.
 *
 * @throws PipelineError when the file is missing, or for another extension (e.g. `.osm.bz2`: convert it with
 *   `osmium cat in.osm.bz2 -o out.osm.pbf`)
 */
export function readOsm(path: string, options: ReadOsmOptions = {}): OsmExtract {
  if (!existsSync(path)) throw new PipelineError(`OSM extract not found: ${path}`);
  const lower = path.toLowerCase();
  if (lower.endsWith('.pbf')) return readOsmPbf(path, options);
  if (lower.endsWith('.osm') || lower.endsWith('.xml')) return readOsmXml(path, options);
  throw new PipelineError(
    `${path}: expected an .osm.pbf or .osm (XML) file; convert other formats with \`osmium cat ${path} -o extract.osm.pbf\``,
  );
}
