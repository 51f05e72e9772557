/**
 * A drawing as a flat list of marks in pixel coordinates, written as SVG by `sceneToSvg` and
 * painted on a canvas by `ui/export/paint-scene.ts`: the exported SVG and the print PNG are the
 * same drawing. Text `y` is the alphabetic baseline (SVG's default, and canvas' `alphabetic`).
 */

interface Stroke {
  stroke?: string;
  strokeWidth?: number;
}

/** `hatch`: the scene's hatching (grey background and dark diagonal lines), for missing values. */
interface Fill {
  fill?: string;
  /** 0–1; default 1. */
  fillOpacity?: number;
  hatch?: boolean;
}

export type Mark =
  | ({ type: 'rect'; x: number; y: number; width: number; height: number } & Fill & Stroke)
  | ({
      type: 'path';
      /** SVG path data (also read by the canvas `Path2D`). */
      d: string;
      /** Unit code: written as `data-code`; only the units of the map carry one. */
      code?: string;
      /** Unit name: written as the path's `<title>` (tooltip in SVG viewers). */
      name?: string;
      /** What an unfilled outline is ("epci", "territoires"…): written as `data-outline`. */
      outline?: string;
      lineJoin?: 'round' | 'miter';
    } & Fill &
      Stroke)
  | ({ type: 'circle'; cx: number; cy: number; r: number } & Fill & Stroke)
  | ({ type: 'polygon'; points: readonly (readonly [number, number])[] } & Fill & Stroke)
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      /** Font size in pixels. */
      size: number;
      weight?: 'normal' | 'bold';
      fill: string;
      anchor?: 'start' | 'middle' | 'end';
    }
  /** A raster drawn by the canvas painter from the image of that key (the screen map); not in SVG. */
  | { type: 'image'; x: number; y: number; width: number; height: number; key: string };

export interface HatchStyle {
  /** Period of the lines, in pixels. */
  size: number;
  lineWidth: number;
  background: string;
  color: string;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  hatch: HatchStyle;
  marks: Mark[];
  /** Accessible name and description (SVG `<title>` and `<desc>`). */
  title: string;
  description: string;
}

/** Fonts: a generic family only, so that the file opens the same everywhere without fetching one. */
export const SCENE_FONT = 'sans-serif';
