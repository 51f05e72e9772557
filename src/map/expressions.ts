import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * Feature-state key holding the class index of a unit (0 … n − 1), -1 when its value is
 * missing, or -2 ({@link HIDDEN_CLASS}) when its level is not shown.
 */
export const CLASS_STATE = 'cls';

/** Feature-state key holding the fill colour of a unit (CSS colour), absent = missing grey. */
export const COLOR_STATE = 'fill';

/** Class state of the units of a level that is not on screen (no hatching). */
export const HIDDEN_CLASS = -2;

/**
 * `fill-color` from a numeric feature property, by class (MapLibre `step`): class i for
 * thresholds[i − 1] ≤ value < thresholds[i], as `classify`. A negative or absent value
 * (unknown) gets `missingColor`.
 * https://maplibre.org/maplibre-style-spec/expressions/#step
 *
 * @param colors thresholds.length + 1 colours, class 0 first
 */
export function stepColorExpression(
  property: string,
  thresholds: readonly number[],
  colors: readonly string[],
  missingColor: string,
): ExpressionSpecification | string {
  if (colors.length === 0) return missingColor;
  const value: ExpressionSpecification = ['to-number', ['get', property], -1];
  const steps = thresholds.flatMap((t, i) => [t, colors[i + 1] ?? colors[colors.length - 1]]);
  return [
    'case',
    ['<', value, 0],
    missingColor,
    ['step', value, colors[0], ...steps],
  ] as unknown as ExpressionSpecification;
}

/**
 * `fill-color` of the choropleth layers: the colour held in feature-state, grey when none.
 * Constant: an indicator, method or palette switch only changes feature-states, which
 * MapLibre applies without reloading the source (a new data-driven paint value would).
 */
export function stateColorExpression(missingColor: string): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', COLOR_STATE], missingColor]];
}

/**
 * `fill-opacity` of the choropleth layers: `opacity` for units with a class state, 0 for
 * units never classed or whose level is hidden ({@link HIDDEN_CLASS}). Constant, so that a
 * level switch costs feature-states only: any `setPaintProperty` holds MapLibre's `idle`
 * back by ~200 ms here (measured), a feature-state update of 267 communes by ~10 ms.
 */
export function stateOpacityExpression(opacity: number): ExpressionSpecification {
  return ['case', ['==', ['coalesce', ['feature-state', CLASS_STATE], HIDDEN_CLASS], HIDDEN_CLASS], 0, opacity];
}

/**
 * `fill-opacity` of the hatching layers: visible only where the value is missing (-1); not
 * for units never classed or whose level is hidden.
 */
export const missingOpacityExpression: ExpressionSpecification = [
  'case',
  ['==', ['coalesce', ['feature-state', CLASS_STATE], HIDDEN_CLASS], -1],
  1,
  0,
];

/** `line-opacity` of the highlight layer: hovered or selected units. */
export const highlightOpacityExpression: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  1,
  ['boolean', ['feature-state', 'hover'], false],
  0.8,
  0,
];

/** `line-width` of the highlight layer, in pixels. */
export const highlightWidthExpression: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  3,
  2,
];
