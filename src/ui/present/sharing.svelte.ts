import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { bbox } from '../../domain/geo/bbox';
import { appBindings, appContext, type AppParts } from '../../state/permalink-bindings';
import { MapCamera } from '../../state/permalink-camera.svelte';
import { PermalinkSync } from '../../state/permalink.svelte';
import { SlideDeck } from '../../state/slide-deck.svelte';
import type { Choropleth } from '../../state/choropleth.svelte';
import type { MobilityState } from '../../state/mobility.svelte';
import { mobilityBinding } from '../mobility/mobility-link';
import { Presentation } from './presentation.svelte';
import { viewTitle } from './view-title';

export interface Sharing {
  permalink: PermalinkSync;
  camera: MapCamera;
  deck: SlideDeck;
  presentation: Presentation;
  /** Title of the view on screen (for a new slide). */
  currentTitle: () => string;
  /** Lets the permalink follow and move the map; @returns detach */
  attachMap: (map: MapLibreMap) => () => void;
}

/**
 * Permalink, slide deck and presentation of the app, wired to its state. Call it while App
 * initialises (the permalink's effects live with the component), then attach the map once loaded.
 */
export function setupSharing(parts: Omit<AppParts, 'camera'> & { choropleth: Choropleth; mobility?: MobilityState }): Sharing {
  const camera = new MapCamera();
  const all: AppParts = { ...parts, camera };
  const permalink = new PermalinkSync({ bindings: appBindings(all), context: () => appContext(all) });
  // the mobility page's settings (optional so that a caller without that page still compiles)
  if (parts.mobility) permalink.register(mobilityBinding(parts.mobility, parts.data));
  const deck = new SlideDeck();
  deck.load();
  const currentTitle = () => viewTitle(parts.view.page, parts.choropleth.indicator, parts.access.scenario.name);
  const presentation = new Presentation(deck, permalink, parts.view, currentTitle, camera);
  const attachMap = (map: MapLibreMap) =>
    camera.attach(map, (padding?: PaddingOptions) => {
      // a link without a camera: the département framed as on a first visit (MapView's framing);
      // resize first: the layout may have just changed (presentation entered or left)
      const box = parts.data.communes ? bbox(parts.data.communes) : null;
      if (!box) return;
      map.resize();
      map.fitBounds(box, { padding: padding ?? 24, animate: false });
    });
  return { permalink, camera, deck, presentation, currentTitle, attachMap };
}
