import { describe, expect, it } from 'vitest';
import { formatRange } from '../../../../src/domain/format/format-range';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const DASH = `${NBSP}\u2013 `; // no-break space, en dash, space

describe('formatRange', () => {
  it.each([
    { lo: 12.3, hi: 45.6, lang: 'fr', decimals: 1, unit: '%', expected: `12,3${DASH}45,6${NBSP}%` },
    { lo: 12.3, hi: 45.6, lang: 'en', decimals: 1, unit: '%', expected: `12.3${DASH}45.6%` },
    { lo: 12, hi: 45, lang: 'fr', decimals: 0, unit: '€', expected: `12${DASH}45${NBSP}€` },
    { lo: 12, hi: 45, lang: 'en', decimals: 0, unit: '€', expected: `€12${DASH}€45` },
    { lo: -1.5, hi: 2, lang: 'fr', decimals: 1, unit: '', expected: `-1,5${DASH}2,0` },
    {
      lo: 1234,
      hi: 5678,
      lang: 'fr',
      decimals: 0,
      unit: 'hab./km²',
      expected: `1${NNBSP}234${DASH}5${NNBSP}678${NBSP}hab./km²`,
    },
    // same bounds once rounded → single value
    { lo: 7, hi: 7, lang: 'fr', decimals: 0, unit: '%', expected: `7${NBSP}%` },
    { lo: 12.31, hi: 12.34, lang: 'fr', decimals: 1, unit: '%', expected: `12,3${NBSP}%` },
    { lo: null, hi: 3, lang: 'fr', decimals: 1, unit: '%', expected: '\u2014' },
    { lo: 1, hi: Number.NaN, lang: 'en', decimals: 1, unit: '', expected: '\u2014' },
  ] as const)('[$lo, $hi] $lang $unit → $expected', ({ lo, hi, lang, decimals, unit, expected }) => {
    expect(formatRange(lo, hi, { lang, decimals, unit })).toBe(expected);
  });
});
