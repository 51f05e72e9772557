import { describe, expect, it } from 'vitest';
import { fillColorExpression, stepColorExpression } from '../../../src/map/expressions';

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

  it('matches the class feature-state, grey when missing', () => {
    expect(fillColorExpression(['#a', '#b'], '#ccc')).toEqual([
      'match',
      ['coalesce', ['feature-state', 'cls'], -1],
      0,
      '#a',
      1,
      '#b',
      '#ccc',
    ]);
  });
});
