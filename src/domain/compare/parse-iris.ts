import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DataFormatError } from '../data-format-error';
import type { CodeInsee } from '../types';

/** One IRIS of the digital fragility index (edition 2020, data 2015-2016; 100 = département average). */
export interface IrisRow {
  iris: string;
  commune: CodeInsee;
  nom: string;
  type: string;
  pop16: number | null;
  /** Overall score: above 100 = more fragile than the département on average. */
  score: number | null;
  acces: number | null;
  competences: number | null;
}

export type IrisFeature = Feature<Polygon | MultiPolygon, { iris: string; commune: string; nom: string }>;

/**
 * Validates `iris.geojson` (polygons only for the 5 communes with several IRIS).
 *
 * @throws DataFormatError when a feature is not a polygon with `iris` and `commune` properties
 */
export function parseIrisGeojson(raw: unknown): IrisFeature[] {
  const fc = raw as FeatureCollection | null;
  if (typeof fc !== 'object' || fc === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFormatError('FeatureCollection attendue');
  }
  return fc.features.map((f, i) => {
    const p = f?.properties as Record<string, unknown> | null;
    const type = f?.geometry?.type;
    if ((type !== 'Polygon' && type !== 'MultiPolygon') || typeof p?.iris !== 'string' || typeof p.commune !== 'string') {
      throw new DataFormatError(`features[${i}] : polygone avec iris et commune attendu`);
    }
    return f as IrisFeature;
  });
}
