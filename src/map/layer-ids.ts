/** Source and layer ids of the map style; tests and the lead's code rely on them. */
export const SOURCES = {
  communes: 'communes',
  epci: 'epci',
  territoires: 'territoires',
  departement: 'departement',
  services: 'services',
  /** 1 km Filosofi 2021 cells, built in the browser (promoteId `id`). */
  grid: 'grid',
} as const;

export const LAYERS = {
  background: 'background',
  communesFill: 'communes-fill',
  communesMissing: 'communes-missing-hatch',
  epciFill: 'epci-fill',
  epciMissing: 'epci-missing-hatch',
  territoiresFill: 'territoires-fill',
  territoiresMissing: 'territoires-missing-hatch',
  gridFill: 'grid-fill',
  gridImputed: 'grid-imputed-dots',
  communesLine: 'communes-line',
  epciLine: 'epci-line',
  territoiresLine: 'territoires-line',
  departementLine: 'departement-line',
  communesHighlight: 'communes-highlight',
  epciHighlight: 'epci-highlight',
  territoiresHighlight: 'territoires-highlight',
  mdsCircle: 'mds-circle',
} as const;

/** Image id of the hatching drawn over units with no value. */
export const HATCH_IMAGE = 'hatch-missing';

/** Image id of the dots drawn over heavily imputed grid cells. */
export const DOTS_IMAGE = 'dots-imputed';

/** Choropleth levels drawn on the map, with their source and layers. */
export type MapLevel = 'commune' | 'epci' | 'territoire';

export const LEVEL_LAYERS: Record<MapLevel, { source: string; fill: string; missing: string; highlight: string }> = {
  commune: {
    source: SOURCES.communes,
    fill: LAYERS.communesFill,
    missing: LAYERS.communesMissing,
    highlight: LAYERS.communesHighlight,
  },
  epci: { source: SOURCES.epci, fill: LAYERS.epciFill, missing: LAYERS.epciMissing, highlight: LAYERS.epciHighlight },
  territoire: {
    source: SOURCES.territoires,
    fill: LAYERS.territoiresFill,
    missing: LAYERS.territoiresMissing,
    highlight: LAYERS.territoiresHighlight,
  },
};
