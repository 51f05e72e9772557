
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

export { PAGE_LAYERS_BEFORE as INSERT_BEFORE } from '../explorer-layers';
