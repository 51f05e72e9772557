import type { Map as MapLibreMap, MapLibreEvent, PaddingOptions } from 'maplibre-gl';
import { roundCamera, type Camera } from '../domain/permalink/place-sections';

const same = (a: Camera, b: Camera) => a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom;

/**
 * The map camera as permalink state. `value` is null until the user moves the map (or a link sets
 * it): null means "the département framed in the window", so a first visit keeps a clean URL.
 *
 * A camera from a link is *held*: the app frames the map by itself at start and when the access or
 * mobility page first shows (`fitBounds`), and those programmatic moves would otherwise replace the
 * link's view. While held, a programmatic move is undone; the first user move releases the hold,
 * after which programmatic moves are recorded like the user's.
 */
export class MapCamera {
  value = $state.raw<Camera | null>(null);
  /** True once a map is attached (a link's camera can then be applied). */
  attached = $state(false);
  #map: MapLibreMap | null = null;
  #frame: ((padding?: PaddingOptions) => void) | null = null;
  #held = false;
  /** Programmatic moves undone since the hold began: a map that cannot reach the camera gives up. */
  #undone = 0;

  /**
   * @param frame fits the département in the window (used for a null camera), leaving `padding`
   *   pixels free on each side (default: the app's usual margin)
   * @returns detach
   */
  attach(map: MapLibreMap, frame: (padding?: PaddingOptions) => void): () => void {
    this.#map = map;
    this.#frame = frame;
    const onmoveend = (e: MapLibreEvent & { originalEvent?: unknown }) => this.#onMoveEnd(e.originalEvent !== undefined);
    map.on('moveend', onmoveend);
    this.attached = true;
    if (this.value) this.#jump(this.value);
    return () => {
      map.off('moveend', onmoveend);
      if (this.#map === map) {
        this.#map = null;
        this.attached = false;
      }
    };
  }

  /** Sets the camera from a link: jumps there (null: frames the département) and holds it. */
  apply(camera: Camera | null): void {
    const current = this.value;
    if (!(camera && current && same(camera, current)) && camera !== current) this.value = camera;
    this.#held = camera !== null;
    this.#undone = 0;
    if (camera) this.#jump(camera);
    else this.#frame?.();
  }

  /** Frames the département again if the camera is the default one (the window or the overlays changed). */
  reframe(padding?: PaddingOptions): void {
    if (this.value === null) this.#frame?.(padding);
  }

  #read(): Camera | null {
    const map = this.#map;
    if (!map) return null;
    const c = map.getCenter();
    return roundCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  }

  #jump(camera: Camera): void {
    const now = this.#read();
    if (!this.#map || (now && same(now, camera))) return;
    this.#map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  #onMoveEnd(byUser: boolean): void {
    const now = this.#read();
    if (!now) return;
    if (byUser) this.#held = false;
    else if (this.#held && this.value && this.#undone < 10) {
      // MapLibre delivers the events of a move made from a listener after this one: no recursion
      if (!same(now, this.value)) this.#undone++;
      this.#jump(this.value);
      return;
    } else if (this.value === null) {
      return;
    }
    if (!this.value || !same(now, this.value)) this.value = now;
  }
}
