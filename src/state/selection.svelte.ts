import type { CodeInsee } from '../domain/types';

/** A commune under the pointer, with the pointer position in map-container pixels. */
export interface Hovered {
  code: CodeInsee;
  x: number;
  y: number;
}

/** A commune chosen by click or keyboard, anchored at a map position ([lon, lat]; null if unknown). */
export interface Selected {
  code: CodeInsee;
  lngLat: [number, number] | null;
}

export class Selection {
  hovered = $state.raw<Hovered | null>(null);
  selected = $state.raw<Selected | null>(null);
}
