import { describe, expect, it } from 'vitest';
import { fixedFormat } from '../../../../src/domain/format/fixed-format';
import type { Lang } from '../../../../src/domain/types';

const NNBSP = '\u202f';

describe('fixedFormat: known answers', () => {
  // Worked out by hand from CLDR's fr-FR / en-GB patterns and ICU's half-expand rounding of the
  // shortest decimal form (1.005 is "1.005", not 1.00499… as toFixed reads it).
  it.each([
    { lang: 'fr', d: 1, value: 12345.67, expected: `12${NNBSP}345,7` },
    { lang: 'en', d: 1, value: 12345.67, expected: '12,345.7' },
    { lang: 'fr', d: 0, value: 1234, expected: `1${NNBSP}234` },
    { lang: 'fr', d: 0, value: 999, expected: '999' },
    { lang: 'en', d: 0, value: 1234567, expected: '1,234,567' },
    { lang: 'fr', d: 2, value: 1.005, expected: '1,01' },
    { lang: 'en', d: 0, value: 0.5, expected: '1' },
    { lang: 'en', d: 0, value: 2.5, expected: '3' },
    { lang: 'en', d: 0, value: -2.5, expected: '-3' },
    { lang: 'fr', d: 1, value: 0.96, expected: '1,0' },
    { lang: 'fr', d: 1, value: 9.96, expected: '10,0' },
    { lang: 'en', d: 1, value: 999.95, expected: '1,000.0' },
    { lang: 'fr', d: 3, value: 0.05, expected: '0,050' },
    { lang: 'fr', d: 3, value: 1e-7, expected: '0,000' },
    { lang: 'en', d: 10, value: 1e-7, expected: '0.0000001000' },
    { lang: 'en', d: 6, value: 5e-7, expected: '0.000001' },
    { lang: 'en', d: 0, value: 1.2345e25, expected: '12,345,000,000,000,000,000,000,000' },
    { lang: 'fr', d: 1, value: -0.04, expected: '-0,0' },
    { lang: 'fr', d: 0, value: -0, expected: '-0' },
    { lang: 'fr', d: 2, value: 0, expected: '0,00' },
    { lang: 'en', d: 1, value: Number.NaN, expected: 'NaN' },
    { lang: 'en', d: 1, value: -Infinity, expected: '-∞' },
    { lang: 'fr', d: 1, value: Infinity, expected: '∞' },
  ] as Array<{ lang: Lang; d: number; value: number; expected: string }>)(
    '$lang, $d decimals: $value → $expected',
    ({ lang, d, value, expected }) => {
      expect(fixedFormat(lang, d).format(value)).toBe(expected);
    },
  );
});

/** Deterministic pseudo-random numbers (mulberry32): the same values on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fixedFormat: same output as Intl.NumberFormat', () => {
  const next = random(41);
  const values: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 24 - 9); // 1e-9 … 1e14
    const raw = (next() - 0.3) * magnitude;
    values.push(raw);
    // values on a rounding edge: x.xx5 at several places, and their neighbours
    const places = Math.floor(next() * 4);
    const edge = Math.round(raw * 10 ** places) / 10 ** places + 0.5 / 10 ** (places + 1);
    values.push(edge, edge - Number.EPSILON * Math.abs(edge), edge + Number.EPSILON * Math.abs(edge));
  }
  values.push(0, -0, 0.5, 1.5, 2.5, 1e15 - 1, 123456789012345.6, 1e21, 1.7976931348623157e308, 5e-324);

  for (const lang of ['fr', 'en'] as const) {
    for (let decimals = 0; decimals <= 10; decimals++) {
      it(`${lang}, ${decimals} decimals, ${values.length} values`, () => {
        const intl = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
        const ours = fixedFormat(lang, decimals);
        const differ = values.filter((v) => ours.format(v) !== intl.format(v));
        expect(differ.map((v) => [v, ours.format(v), intl.format(v)])).toEqual([]);
      });
    }
  }
});
