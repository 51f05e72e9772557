import { LAYERS } from '../layer-ids';

/** Sources and layers the mobility page adds to the shared map (prefix `mobility-`). */
export const MOBILITY_SOURCES = {
  communes: 'mobility-communes',
  stations: 'mobility-stations',
  bus: 'mobility-bus',
} as const;

export const MOBILITY_LAYERS = {
  communesFill: 'mobility-communes-fill',
  selectedLine: 'mobility-selected-line',
  busCircle: 'mobility-bus-circle',
  stationsCircle: 'mobility-stations-circle',
} as const;

/** Explorer layers hidden while the mobility page is shown (restored on leaving). */
export const EXPLORER_LAYERS_HIDDEN: readonly string[] = [
  LAYERS.communesFill,
  LAYERS.communesMissing,
  LAYERS.epciFill,
  LAYERS.epciMissing,
  LAYERS.territoiresFill,
  LAYERS.territoiresMissing,
  LAYERS.gridFill,
  LAYERS.gridImputed,
  LAYERS.communesHighlight,
  LAYERS.epciHighlight,
  LAYERS.territoiresHighlight,
  LAYERS.mdsCircle,
];

/** Our fills go under the commune outlines, so that borders stay visible. */
export const INSERT_BEFORE = LAYERS.communesLine;
