/*
 * Huge numbers and NaN, from a link or a broken data file, into the formatters: nothing on screen
 * ever reads « NaN », « Infinity » or « ∞ », no label runs to hundreds of digits, and no
 * formatter throws (a RangeError during a render would break the page).
 */
import { describe, expect, it } from 'vitest';
import { computeBreaks } from '../../../src/domain/classify/compute-breaks.ts';
import { distinctDecimals } from '../../../src/domain/format/distinct-decimals.ts';
import { formatNumber, formatValue, numberFormat, safeDecimals } from '../../../src/domain/format/format-number.ts';
import { formatRange } from '../../../src/domain/format/format-range.ts';
import { legendModel } from '../../../src/domain/indicators/legend-model.ts';
import { compositeSection } from '../../../src/domain/permalink/composite-section.ts';
import { createCodec } from '../../../src/domain/permalink/registry.ts';
import { CTX, SECTIONS, decodeState, encodeState } from '../domain/permalink/fixtures.ts';

const NOT_SHOWN = /NaN|Infinity|∞|undefined|null/;

const VALUES = [
  Number.NaN,
  Infinity,
  -Infinity,
  Number.parseFloat('1e400'),
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  1e15,
  -1e15,
  999_999_999_999_999.9,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
  12.5,
  null,
  undefined,
];
const DECIMALS = [undefined, 0, 1, 3, 20, 21, 25, 1000, -1, -3, 1.5, Number.NaN, Infinity, -Infinity];
const UNITS = ['', '%', '€', 'hab./km²', 'min'];

describe('formatNumber never prints NaN or Infinity, never throws', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: ${VALUES.length} values × ${DECIMALS.length} decimals × ${UNITS.length} units`, () => {
      for (const value of VALUES) {
        for (const decimals of DECIMALS) {
          for (const unit of UNITS) {
            const text = formatNumber(value, { lang, decimals, unit });
            const what = `${String(value)} / ${String(decimals)} / ${unit}`;
            expect(text, what).not.toMatch(NOT_SHOWN);
            expect(text.length, `${what} → ${text}`).toBeLessThan(50);
          }
        }
      }
    });
  }

  it.each([
    { value: Number.NaN, expected: '—' },
    { value: Infinity, expected: '—' },
    { value: -Infinity, expected: '—' },
    { value: Number.parseFloat('1e400'), expected: '—' },
    { value: 1e308, expected: '1E308' },
    { value: -1.5e16, expected: '-1,5E16' },
    { value: 1e15, expected: '1E15' },
    { value: 999_999_999_999_999, expected: '999\u202f999\u202f999\u202f999\u202f999' },
    { value: -0, expected: '0' },
    { value: 5e-324, expected: '0' },
  ])('fr: $value → $expected', ({ value, expected }) => {
    expect(formatNumber(value, { lang: 'fr', decimals: 0 })).toBe(expected);
  });

  it('a scientific value keeps its unit', () => {
    expect(formatNumber(1e308, { lang: 'fr', decimals: 1, unit: '%' })).toBe('1E308\u00a0%');
    expect(formatNumber(-2e20, { lang: 'en', decimals: 1, unit: '€' })).toBe('-€2E20');
  });

  it('decimals Intl refuses are brought into 0…10 (a corrupt catalogue must not break every render)', () => {
    expect([25, 21, 10, -1, 1.5, Number.NaN, Infinity].map(safeDecimals)).toEqual([10, 10, 10, 0, 2, 1, 1]);
    expect(formatNumber(12.5, { lang: 'fr', decimals: -3 })).toBe('13');
    expect(formatNumber(12.5, { lang: 'fr', decimals: Number.NaN })).toBe('12,5');
    expect(() => numberFormat('fr', 99)).not.toThrow();
    expect(formatValue(Number.NaN, 1, '%', 'fr')).toBe('—');
    // the positional form too
    expect(formatNumber(Infinity, 30, 'en')).toBe('—');
  });

  it('a non-number slipped through as a number is missing, not printed', () => {
    for (const bad of ['12', '1e308', {}, [], true] as unknown[]) {
      expect(formatNumber(bad as number, { lang: 'fr' })).toBe('—');
    }
  });
});

describe('formatRange and distinctDecimals with hostile bounds', () => {
  it('never prints NaN, Infinity, or hundreds of digits', () => {
    for (const lo of VALUES) {
      for (const hi of VALUES) {
        const text = formatRange(lo ?? null, hi ?? null, { lang: 'fr', decimals: 1, unit: '%' });
        expect(text, `${String(lo)}…${String(hi)}`).not.toMatch(NOT_SHOWN);
        expect(text.length).toBeLessThan(60);
      }
    }
    expect(formatRange(-1e308, 1e308, { lang: 'fr', decimals: 0 })).toBe('-1E308\u00a0– 1E308');
  });

  it('distinctDecimals does not throw on NaN, ±Infinity or absurd limits', () => {
    expect(() => distinctDecimals([Number.NaN, -Infinity, 1e308, Infinity], { min: -5, max: 50 })).not.toThrow();
    expect(Number.isFinite(distinctDecimals([1, Number.NaN, 2], { min: 25, max: 30 }))).toBe(true);
  });
});

describe('legends of hostile values: every method', () => {
  // a commune at ±1e308 (a broken commune-stats.json), a few NaN and nulls, ordinary values
  const values = [-1e308, 1e308, Number.NaN, null, ...Array.from({ length: 60 }, (_, i) => i * 1.5)];
  for (const method of ['quantile', 'jenks', 'equal-interval', 'std-dev'] as const) {
    it(`${method}: class labels are numbers or « — », counts add up`, () => {
      const result = computeBreaks(values, { method, k: 5 });
      const breaks = result.ok ? result.breaks : null;
      const legend = legendModel(values, breaks, ['#a', '#b', '#c', '#d', '#e']);
      const labels = legend.classes.map((c) => formatRange(c.lo, c.hi, { lang: 'fr', decimals: 1 }));
      for (const label of labels) expect(label, method).not.toMatch(NOT_SHOWN);
      expect(legend.classes.reduce((a, c) => a + c.count, 0) + legend.missing).toBe(values.length);
    });
  }
});

describe('huge numbers and NaN in a link', () => {
  const composite = compositeSection({ weightRange: { min: 0.1, max: 5 }, coverages: [1, 0.75, 0.5], defaultNormalisation: 'z-score' });
  const codec = createCodec([...Object.values(SECTIONS), composite]);
  const NUMBERS = ['1e308', '1e400', '-1e308', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '', ' ', '1e-400', '-0', '９', '1,5', '١٢'];

  /** Every number of a decoded state, deep. */
  function numbersIn(value: unknown): number[] {
    if (typeof value === 'number') return [value];
    if (Array.isArray(value)) return value.flatMap(numbersIn);
    if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
    return [];
  }

  for (const raw of NUMBERS) {
    const hash = [
      `classes=${raw}`,
      `methode=manual&bornes=1,${raw},3`,
      `carte=${raw},47.5,${raw}`,
      `acces-minutes=${raw}`,
      `indice=part-75-plus:${raw}:%2B`,
      `indice-couverture=${raw}`,
    ].join('&');
    it(`« ${raw} » everywhere: finite values only, defaults where refused, and a link without NaN`, () => {
      const { values, notices } = codec.decode(hash, CTX);
      for (const n of numbersIn([...values.values()])) expect(Number.isFinite(n), `${n} in ${raw}`).toBe(true);
      expect(notices.length).toBeGreaterThan(0);
      const again = codec.format(values);
      expect(again).not.toMatch(/NaN|Infinity/);
      // and the link written back decodes to the same state, with no notice
      expect(codec.decode(again, CTX).notices).toEqual([]);
    });
  }

  it('the core sections alone (as the fixtures decode them) keep finite numbers', () => {
    const { state } = decodeState('classes=1e308&carte=1e308,1e308,1e308&acces-minutes=1e400&bornes=NaN');
    expect(numbersIn(state).every(Number.isFinite)).toBe(true);
    expect(encodeState(state)).not.toMatch(/NaN|Infinity|e\+?308/);
  });
});
