
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

export { PAGE_LAYERS_BEFORE as INSERT_BEFORE } from '../explorer-layers';
