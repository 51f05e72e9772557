import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MISSING_COLOR } from '../domain/indicators/local-palette';
import {
  fillColorExpression,
  highlightOpacityExpression,
  highlightWidthExpression,
  missingOpacityExpression,
} from './expressions';
import { HATCH_IMAGE, LAYERS, SOURCES } from './layer-ids';

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/**
 * The whole map style: a background and the project's GeoJSON sources, filled later with
 * `setData`. No tiles, glyphs, sprites or fonts: nothing leaves the machine.
 * https://maplibre.org/maplibre-style-spec/
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCES.communes]: { type: 'geojson', data: empty(), promoteId: 'code' },
      [SOURCES.epci]: { type: 'geojson', data: empty() },
      [SOURCES.territoires]: { type: 'geojson', data: empty() },
      [SOURCES.departement]: { type: 'geojson', data: empty() },
      [SOURCES.services]: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: { 'background-color': '#eef1f4' } },
      {
        id: LAYERS.communesFill,
        type: 'fill',
        source: SOURCES.communes,
        paint: { 'fill-color': fillColorExpression([], MISSING_COLOR), 'fill-opacity': 0.92 },
      },
      {
        id: LAYERS.communesMissing,
        type: 'fill',
        source: SOURCES.communes,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': missingOpacityExpression },
      },
      {
        id: LAYERS.communesLine,
        type: 'line',
        source: SOURCES.communes,
        paint: { 'line-color': '#ffffff', 'line-width': 0.5, 'line-opacity': 0.9 },
      },
      {
        id: LAYERS.epciLine,
        type: 'line',
        source: SOURCES.epci,
        paint: { 'line-color': '#4d4d4d', 'line-width': 1.2 },
      },
      {
        id: LAYERS.territoiresLine,
        type: 'line',
        source: SOURCES.territoires,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#1a1a1a', 'line-width': 3 },
      },
      {
        id: LAYERS.departementLine,
        type: 'line',
        source: SOURCES.departement,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#000000', 'line-width': 2 },
      },
      {
        id: LAYERS.communesHighlight,
        type: 'line',
        source: SOURCES.communes,
        paint: {
          'line-color': '#0b3d91',
          'line-width': highlightWidthExpression,
          'line-opacity': highlightOpacityExpression,
        },
      },
      {
        id: LAYERS.mdsCircle,
        type: 'circle',
        source: SOURCES.services,
        filter: ['==', ['get', 'type'], 'mds'],
        paint: {
          'circle-radius': 6,
          // Open: filled black disc; planned: hollow (white) disc with a black ring.
          'circle-color': ['match', ['get', 'statut'], 'ouverte', '#111111', '#ffffff'],
          'circle-stroke-color': ['match', ['get', 'statut'], 'ouverte', '#ffffff', '#111111'],
          'circle-stroke-width': 2.5,
        },
      },
    ],
  };
}
