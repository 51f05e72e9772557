import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../../src/domain/format/format-number';

// Characters checked against Node 20's ICU:
const NNBSP = '\u202f'; // narrow no-break space: fr-FR thousands separator
const NBSP = '\u00a0'; // no-break space: before %, € and other units in French

describe('formatNumber', () => {
  it.each([
    { value: 12345.67, lang: 'fr', decimals: 1, unit: undefined, expected: `12${NNBSP}345,7` },
    { value: 1234, lang: 'fr', decimals: 0, unit: undefined, expected: `1${NNBSP}234` },
    { value: 999, lang: 'fr', decimals: 0, unit: undefined, expected: '999' },
    { value: -1234.5, lang: 'fr', decimals: 1, unit: undefined, expected: `-1${NNBSP}234,5` },
    { value: 1234567.891, lang: 'en', decimals: 2, unit: undefined, expected: '1,234,567.89' },
    { value: 3, lang: 'fr', decimals: 2, unit: undefined, expected: '3,00' },
    { value: 12.3, lang: 'fr', decimals: 1, unit: '%', expected: `12,3${NBSP}%` },
    { value: 12.3, lang: 'en', decimals: 1, unit: '%', expected: '12.3%' },
    { value: 1234.5, lang: 'fr', decimals: 0, unit: '€', expected: `1${NNBSP}235${NBSP}€` },
    { value: 1234.5, lang: 'en', decimals: 0, unit: '€', expected: '€1,235' },
    { value: -1234.4, lang: 'en', decimals: 0, unit: '€', expected: '-€1,234' },
    { value: 45.67, lang: 'fr', decimals: 1, unit: 'hab./km²', expected: `45,7${NBSP}hab./km²` },
    { value: 45.67, lang: 'en', decimals: 1, unit: 'hab./km²', expected: `45.7${NBSP}inhab./km²` },
    { value: 12, lang: 'fr', decimals: 0, unit: 'min', expected: `12${NBSP}min` },
    { value: 12, lang: 'en', decimals: 0, unit: 'min', expected: `12${NBSP}min` },
    { value: 5, lang: 'fr', decimals: 0, unit: '', expected: '5' },
    // rounding: half away from zero
    { value: 2.5, lang: 'fr', decimals: 0, unit: undefined, expected: '3' },
    { value: -2.5, lang: 'fr', decimals: 0, unit: undefined, expected: '-3' },
    // no "-0": values that round to zero lose their sign
    { value: -0.04, lang: 'fr', decimals: 1, unit: '%', expected: `0,0${NBSP}%` },
    { value: -0, lang: 'en', decimals: 0, unit: undefined, expected: '0' },
    { value: -0.05, lang: 'fr', decimals: 1, unit: undefined, expected: '-0,1' },
  ] as const)('$value ($lang, $decimals, $unit) → $expected', ({ value, lang, decimals, unit, expected }) => {
    expect(formatNumber(value, { lang, decimals, unit })).toBe(expected);
  });

  it('defaults to one decimal and no unit', () => {
    expect(formatNumber(3, { lang: 'fr' })).toBe('3,0');
  });

  it.each([null, undefined, Number.NaN, Infinity, -Infinity])('%s → em dash, with or without unit', (value) => {
    expect(formatNumber(value, { lang: 'fr', unit: '%' })).toBe('\u2014');
    expect(formatNumber(value, { lang: 'en' })).toBe('\u2014');
  });
});

describe('legacy positional forms (existing UI callers)', () => {
  it.each([
    { call: () => formatNumber(1234.56, 1, 'fr'), expected: `1${NNBSP}234,6` },
    { call: () => formatNumber(1234.56, 0, 'en'), expected: '1,235' },
    { call: () => formatValue(12.34, 1, '%', 'fr'), expected: `12,3${NBSP}%` },
    { call: () => formatValue(null, 1, '%', 'fr'), expected: '\u2014' },
  ])('$expected', ({ call, expected }) => {
    expect(call()).toBe(expected);
  });
});
