/** Source and layer ids of the map style; tests and the lead's code rely on them. */
export const SOURCES = {
  communes: 'communes',
  epci: 'epci',
  territoires: 'territoires',
  departement: 'departement',
  services: 'services',
} as const;

export const LAYERS = {
  background: 'background',
  communesFill: 'communes-fill',
  communesMissing: 'communes-missing-hatch',
  communesLine: 'communes-line',
  epciLine: 'epci-line',
  territoiresLine: 'territoires-line',
  departementLine: 'departement-line',
  communesHighlight: 'communes-highlight',
  mdsCircle: 'mds-circle',
} as const;

/** Image id of the hatching drawn over units with no value. */
export const HATCH_IMAGE = 'hatch-missing';
