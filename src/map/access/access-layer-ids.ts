import { LAYERS } from '../layer-ids';

/** Sources and layers the access page adds to the shared map (prefix `access-`). */
export const ACCESS_SOURCES = {
  cells: 'access-cells',
  communes: 'access-communes',
  sites: 'access-sites',
} as const;

export const ACCESS_LAYERS = {
  cellsFill: 'access-cells-fill',
  communesFill: 'access-communes-fill',
  sitesCircle: 'access-sites-circle',
} as const;

/** Explorer layers hidden while the access page is shown (restored on leaving). */
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
