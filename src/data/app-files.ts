import { parseFeatureCollection } from '../domain/geo/parse-feature-collection';
import { parseCatalog } from '../domain/indicators/parse-catalog';
import { parseSources } from '../domain/sources/parse-sources';
import { parseCommuneStats } from '../domain/stats/parse-commune-stats';
import { parseTerritoryNote } from '../domain/territories/parse-territory-note';
import { fetchJson } from './fetch-data';

/** Files needed for the first choropleth (no DuckDB involved). */
export const FIRST_PAINT_FILES = ['indicators.json', 'commune-stats.json', 'communes.geojson'] as const;

export const loadCatalog = () => fetchJson('indicators.json', parseCatalog);
export const loadCommuneStats = () => fetchJson('commune-stats.json', parseCommuneStats);
export const loadCommunes = () =>
  fetchJson('communes.geojson', (raw) => parseFeatureCollection(raw, 'code'));

/** Overlay layers, loaded in parallel but never blocking the first paint. */
export const OVERLAY_FILES = {
  epci: 'epci.geojson',
  territoires: 'territoires.geojson',
  departement: 'departement.geojson',
  services: 'services.geojson',
} as const;

export type OverlayId = keyof typeof OVERLAY_FILES;

export const loadOverlay = (id: OverlayId) =>
  fetchJson(OVERLAY_FILES[id], (raw) => parseFeatureCollection(raw, id === 'services' ? null : 'code'));

/** Source names (sources.json) and the territory note: nice to have, never blocking. */
export const loadSources = () => fetchJson('sources.json', parseSources);
export const loadTerritoryNote = () => fetchJson('territoires.json', parseTerritoryNote);
