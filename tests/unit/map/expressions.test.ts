import { describe, expect, it } from 'vitest';
import { missingOpacityExpression, stateColorExpression, stateOpacityExpression, stepColorExpression } from '../../../src/map/expressions';

describe('map expressions', () => {
  it('step colours a property by class, unknown (negative) values grey', () => {
    expect(stepColorExpression('ind', [3, 7], ['#a', '#b', '#c'], '#ccc')).toEqual([
      'case',
      ['<', ['to-number', ['get', 'ind'], -1], 0],
      '#ccc',
      ['step', ['to-number', ['get', 'ind'], -1], '#a', 3, '#b', 7, '#c'],
    ]);
    expect(stepColorExpression('ind', [], [], '#ccc')).toBe('#ccc');
  });

  it('reads the fill colour from feature-state, grey when none', () => {
    expect(stateColorExpression('#ccc')).toEqual(['to-color', ['coalesce', ['feature-state', 'fill'], '#ccc']]);
  });

  it('shows a unit only once classed, hides units of a hidden level', () => {
    expect(stateOpacityExpression(0.9)).toEqual(['case', ['==', ['coalesce', ['feature-state', 'cls'], -2], -2], 0, 0.9]);
  });

  it('hatches only units whose class state is -1 (missing), not hidden (-2) or unset ones', () => {
    expect(missingOpacityExpression).toEqual(['case', ['==', ['coalesce', ['feature-state', 'cls'], -2], -1], 1, 0]);
  });
});
