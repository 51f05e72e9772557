import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MISSING_COLOR } from '../domain/classify/palette';
import { HEAVILY_IMPUTED } from '../domain/indicators/grid-cells';
import {
  highlightOpacityExpression,
  highlightWidthExpression,
  missingOpacityExpression,
  stateColorExpression,
  stateOpacityExpression,
} from './expressions';
import { DOTS_IMAGE, HATCH_IMAGE, LAYERS, SOURCES } from './layer-ids';

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/**
 * Choropleth fill of one level, coloured and shown by feature-state. Every level stays
 * `visible` with constant paint values: a visibility or paint change costs far more than
 * feature-states (see `stateOpacityExpression`). Hidden levels stay queryable.
 */
function levelFill(id: string, source: string): FillLayerSpecification {
  return {
    id,
    type: 'fill',
    source,
    paint: { 'fill-color': stateColorExpression(MISSING_COLOR), 'fill-opacity': stateOpacityExpression(0.92) },
  };
}

/** Hatching over the units of one level that have no value (class state -1). */
function levelMissing(id: string, source: string): FillLayerSpecification {
  return {
    id,
    type: 'fill',
    source,
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': missingOpacityExpression },
  };
}

function highlight(id: string, source: string): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    paint: {
      'line-color': '#0b3d91',
      'line-width': highlightWidthExpression,
      'line-opacity': highlightOpacityExpression,
    },
  };
}

const heavilyImputed: ExpressionSpecification = ['>=', ['to-number', ['get', 'imputed'], 0], HEAVILY_IMPUTED];

/**
 * The whole map style: a background and the project's GeoJSON sources, filled later with
 * `setData`. No tiles, glyphs, sprites or fonts: nothing leaves the machine.
 * Only the commune level is visible at first; `MapView` switches levels and the grid.
 * https://maplibre.org/maplibre-style-spec/
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    // No animated paint changes: an indicator or level switch shows at once (and `idle`,
    // which marks obs:render, is not held back by a 300 ms default transition).
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCES.communes]: { type: 'geojson', data: empty(), promoteId: 'code' },
      [SOURCES.epci]: { type: 'geojson', data: empty(), promoteId: 'code' },
      [SOURCES.territoires]: { type: 'geojson', data: empty(), promoteId: 'code' },
      [SOURCES.departement]: { type: 'geojson', data: empty() },
      [SOURCES.services]: { type: 'geojson', data: empty() },
      [SOURCES.grid]: { type: 'geojson', data: empty(), promoteId: 'id' },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: { 'background-color': '#eef1f4' } },
      levelFill(LAYERS.communesFill, SOURCES.communes),
      levelMissing(LAYERS.communesMissing, SOURCES.communes),
      levelFill(LAYERS.epciFill, SOURCES.epci),
      levelMissing(LAYERS.epciMissing, SOURCES.epci),
      levelFill(LAYERS.territoiresFill, SOURCES.territoires),
      levelMissing(LAYERS.territoiresMissing, SOURCES.territoires),
      {
        id: LAYERS.gridFill,
        type: 'fill',
        source: SOURCES.grid,
        layout: { visibility: 'none' },
        paint: {
          'fill-color': MISSING_COLOR,
          // INSEE's caution: mostly imputed cells are faded (and dotted, below).
          'fill-opacity': ['case', heavilyImputed, 0.45, 0.9],
          'fill-outline-color': 'rgba(255, 255, 255, 0.35)',
        },
      },
      {
        id: LAYERS.gridImputed,
        type: 'fill',
        source: SOURCES.grid,
        layout: { visibility: 'none' },
        filter: heavilyImputed,
        paint: { 'fill-pattern': DOTS_IMAGE },
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
      highlight(LAYERS.communesHighlight, SOURCES.communes),
      highlight(LAYERS.epciHighlight, SOURCES.epci),
      highlight(LAYERS.territoiresHighlight, SOURCES.territoires),
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
