import mapshaper from 'mapshaper';
import { PipelineError } from './errors.ts';

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
export type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

/** Percentage of removable vertices kept by Visvalingam simplification (mapshaper `-simplify`). */
export const SIMPLIFY = '35%';

async function run(commands: string, input: FeatureCollection): Promise<FeatureCollection> {
  const out = await mapshaper.applyCommands(commands, { 'in.json': JSON.stringify(input) });
  const text = out['out.json'];
  if (!text) throw new PipelineError(`mapshaper produced no output for: ${commands}`);
  return JSON.parse(text.toString()) as FeatureCollection;
}

/**
 * Polygons (2018 communes) → one polygon per current commune, `codeOf` giving the current code of
 * each input feature. mapshaper builds a topology first, so the union leaves no slivers and
 * simplification keeps shared borders identical (no gaps, no overlaps).
 */
export async function dissolveCommunes(input: FeatureCollection, codeOf: (f: FeatureCollection['features'][number]) => string, simplify = true): Promise<FeatureCollection> {
  const slim: FeatureCollection = {
    type: 'FeatureCollection',
    features: input.features.map((f) => ({ ...f, properties: { code: codeOf(f) } })),
  };
  const simplifyCmd = simplify ? `-simplify ${SIMPLIFY} keep-shapes ` : '';
  return run(`-i in.json -dissolve code ${simplifyCmd}-clean -o format=geojson precision=0.00001 out.json`, slim);
}

/** Dissolves already-simplified communes into larger units by the given property. */
export async function dissolveBy(communes: FeatureCollection, groupOf: (code: string) => string): Promise<FeatureCollection> {
  const tagged: FeatureCollection = {
    type: 'FeatureCollection',
    features: communes.features.map((f) => ({ ...f, properties: { group: groupOf(String(f.properties.code)) } })),
  };
  return run('-i in.json -dissolve group -o format=geojson precision=0.00001 out.json', tagged);
}

/** Sorts features by code so the output is byte-identical between runs. */
export function featureOrder(fc: FeatureCollection, key = 'code'): FeatureCollection {
  return { ...fc, features: [...fc.features].sort((a, b) => String(a.properties[key]).localeCompare(String(b.properties[key]))) };
}

/** Simplifies polygons that share borders (IRIS of one commune) without opening gaps between them. */
export async function simplifyFeatures(fc: FeatureCollection): Promise<FeatureCollection> {
  return run(`-i in.json -simplify ${SIMPLIFY} keep-shapes -clean -o format=geojson precision=0.00001 out.json`, fc);
}
