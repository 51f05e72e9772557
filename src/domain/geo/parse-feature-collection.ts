import type { FeatureCollection, Geometry } from 'geojson';
import { DataFormatError } from '../data-format-error';

/** Properties every project layer carries (see data/README.md). */
export interface CodedProperties {
  code: string;
  nom?: string;
  [key: string]: unknown;
}

export type CodedFeatureCollection = FeatureCollection<Geometry, CodedProperties>;

/**
 * Checks that a parsed GeoJSON value is a FeatureCollection whose features have a geometry.
 *
 * @param raw the JSON value
 * @param keyProperty property that must be a string on every feature (`code` for areas,
 *   `id` for services); pass null to skip that check
 * @throws DataFormatError on any other shape
 */
export function parseFeatureCollection(
  raw: unknown,
  keyProperty: string | null = 'code',
): CodedFeatureCollection {
  if (typeof raw !== 'object' || raw === null) throw new DataFormatError('GeoJSON attendu');
  const fc = raw as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFormatError('FeatureCollection attendue');
  }
  for (const [i, f] of (fc.features as unknown[]).entries()) {
    const feature = f as { geometry?: unknown; properties?: Record<string, unknown> | null };
    if (typeof feature !== 'object' || feature === null || typeof feature.geometry !== 'object') {
      throw new DataFormatError(`features[${i}] : géométrie attendue`);
    }
    if (keyProperty !== null && typeof feature.properties?.[keyProperty] !== 'string') {
      throw new DataFormatError(`features[${i}].properties.${keyProperty} : texte attendu`);
    }
  }
  return raw as CodedFeatureCollection;
}
