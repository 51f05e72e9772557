// Test hooks of the production build, for e2e files type-checked by tsconfig.node.json (which does
// not include src/global.d.ts). Keep in step with src/global.d.ts.
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The MapLibre map, for end-to-end tests. */
    __map?: MapLibreMap;
  }
}

export {};
