import { LAYERS } from '../layer-ids';

/** Sources and layers the composite-index page adds to the shared map (prefix `composite-`). */
export const COMPOSITE_SOURCES = {
  communes: 'composite-communes',
} as const;

export const COMPOSITE_LAYERS = {
  communesFill: 'composite-communes-fill',
  communesMissing: 'composite-communes-missing',
  selectedLine: 'composite-selected-line',
} as const;

/**
 * Feature-state keys on COMPOSITE_SOURCES.communes: `cls` = class (0 = least fragile, -1 = no
 * value: hatched), `v` = the value shown (score or uploaded value; absent when none), `sel`.
 */
export const COMPOSITE_STATE = { cls: 'cls', value: 'v', selected: 'sel' } as const;

/** Explorer layers hidden while the composite page is shown (restored on leaving). */
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
