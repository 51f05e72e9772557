import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import './setup-worker';
import { baseStyle } from './base-style';
import { dotsImage } from './dots-image';
import { hatchImage } from './hatch-image';
import { DOTS_IMAGE, HATCH_IMAGE } from './layer-ids';

export interface CreateMapOptions {
  container: HTMLElement;
  /** UI strings of MapLibre's controls (`Map.Title`, `NavigationControl.ZoomIn`, …). */
  locale: Record<string, string>;
  reducedMotion: boolean;
}

/** Loir-et-Cher, before the commune outlines give the exact bounds. */
const INITIAL_VIEW = { center: [1.35, 47.6] as [number, number], zoom: 7.6 };

const IMAGES: Record<string, () => { width: number; height: number; data: Uint8Array }> = {
  [HATCH_IMAGE]: hatchImage,
  [DOTS_IMAGE]: dotsImage,
};

/**
 * Creates the map with the offline base style and its pattern images.
 *
 * @throws when WebGL is unavailable (MapLibre cannot create its context)
 */
export function createMap({ container, locale, reducedMotion }: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    ...INITIAL_VIEW,
    minZoom: 6,
    maxZoom: 14,
    attributionControl: false,
    maplibreLogo: false,
    dragRotate: false,
    fadeDuration: reducedMotion ? 0 : 300,
    locale,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const addImage = (id: string) => {
    const make = IMAGES[id];
    if (make && !map.hasImage(id)) map.addImage(id, make());
  };
  map.on('styleimagemissing', (e) => addImage(e.id));
  map.once('load', () => Object.keys(IMAGES).forEach(addImage));
  return map;
}
