
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

export { PAGE_LAYERS_BEFORE as INSERT_BEFORE } from '../explorer-layers';
