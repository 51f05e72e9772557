import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { CodeInsee } from '../domain/types';

/** Commune code of a rendered feature (the promoted id, else the `code` property). */
export function featureCode(feature: MapGeoJSONFeature | undefined): CodeInsee | null {
  if (!feature) return null;
  const id = feature.id ?? (feature.properties as { code?: unknown } | null)?.code;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
