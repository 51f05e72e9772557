import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * Feature-state key holding the class index of a unit (0 … n − 1), or -1 when its value
 * is missing. Units never given a state (before the first paint) count as missing.
 */
export const CLASS_STATE = 'cls';

const classOf: ExpressionSpecification = ['coalesce', ['feature-state', CLASS_STATE], -1];

/**
 * `fill-color` for the choropleth: class colours by feature-state, grey when missing.
 * https://maplibre.org/maplibre-style-spec/expressions/#match
 *
 * @param colors one CSS colour per class, class 0 first
 */
export function fillColorExpression(
  colors: readonly string[],
  missingColor: string,
): ExpressionSpecification | string {
  if (colors.length === 0) return missingColor;
  const pairs = colors.flatMap((color, i) => [i, color]);
  return ['match', classOf, ...pairs, missingColor] as unknown as ExpressionSpecification;
}

/** `fill-opacity` of the hatching layer: visible only where the value is missing. */
export const missingOpacityExpression: ExpressionSpecification = [
  'case',
  ['==', classOf, -1],
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
