import type { SlideSpec } from '../../domain/permalink/slide-deck';
import type { PaddingOptions } from 'maplibre-gl';
import type { MapCamera } from '../../state/permalink-camera.svelte';
import type { PermalinkSync } from '../../state/permalink.svelte';
import type { SlideDeck } from '../../state/slide-deck.svelte';
import type { ViewState } from '../../state/view.svelte';
import { MAP_PAGES } from './view-title';

/** Marks the presentation on <html>: the layout CSS (PresentMode.svelte) then shows the map alone. */
const PRESENTING_ATTR = 'presenting';

/**
 * Plays the deck's slides: each is a permalink applied in turn (replacing the URL, no history entry).
 * Full screen through the Fullscreen API when the browser allows it; otherwise the same layout
 * fills the window. Leaving restores the view and the focus from before.
 */
export class Presentation {
  active = $state(false);
  index = $state(0);
  /** The slides being played (a snapshot: editing the deck does not disturb a presentation). */
  playing = $state.raw<readonly SlideSpec[]>([]);
  /** True while the document is full screen through the Fullscreen API. */
  fullscreen = $state(false);
  readonly #deck: SlideDeck;
  readonly #permalink: PermalinkSync;
  readonly #view: ViewState;
  readonly #currentTitle: () => string;
  readonly #camera: MapCamera;
  #returnHash = '';
  #returnFocus: HTMLElement | null = null;

  constructor(deck: SlideDeck, permalink: PermalinkSync, view: ViewState, currentTitle: () => string, camera: MapCamera) {
    this.#camera = camera;
    this.#deck = deck;
    this.#permalink = permalink;
    this.#view = view;
    this.#currentTitle = currentTitle;
  }

  /** Starts at the first slide (no slide: the current view). Call it from a click or key handler. */
  enter(returnFocus: HTMLElement | null = null): void {
    if (this.active) return;
    this.#returnHash = this.#permalink.currentHash();
    this.#returnFocus = returnFocus ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const slides = this.#deck.slides;
    this.playing = slides.length > 0 ? slides.map(({ title, hash }) => ({ title, hash })) : [{ title: this.#currentTitle(), hash: this.#returnHash }];
    this.active = true;
    document.documentElement.dataset[PRESENTING_ATTR] = 'true';
    this.go(0);
    // Must run in the user's gesture: browsers refuse full screen otherwise.
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen({ navigationUI: 'hide' }).then(
        () => (this.fullscreen = true),
        () => (this.fullscreen = false),
      );
    }
  }

  leave(): void {
    if (!this.active) return;
    this.active = false;
    this.fullscreen = false;
    delete document.documentElement.dataset[PRESENTING_ATTR];
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.#permalink.applyLink(this.#returnHash);
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  /** The browser left full screen (its own Escape handling): the presentation ends with it. */
  fullscreenChanged(): void {
    if (document.fullscreenElement) return;
    if (this.active && this.fullscreen) this.leave();
    this.fullscreen = false;
  }

  /** A slide without a map position frames the département in the space the overlays leave free. */
  frameMap(padding: PaddingOptions): void {
    if (this.active) this.#camera.reframe(padding);
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  go(index: number): void {
    if (!this.active) return;
    const i = Math.max(0, Math.min(this.playing.length - 1, index));
    const slide = this.playing[i];
    if (!slide) return;
    this.index = i;
    this.#permalink.applyLink(slide.hash);
    // comparison and open-data pages have no map: their slide shows the map of the same view
    if (!MAP_PAGES.includes(this.#view.page)) {
      this.#permalink.applyLink(this.#permalink.hashWith(new Map([['page', 'carte']])));
    }
  }
}
