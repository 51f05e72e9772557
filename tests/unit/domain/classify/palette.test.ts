import { color, interpolateRdBu, lab } from 'd3';
import { describe, expect, it } from 'vitest';
import { PALETTES, paletteColors } from '../../../../src/domain/classify/palette';
import type { PaletteId } from '../../../../src/domain/classify/palette';

// ColorBrewer arrays written out (colorbrewer2.org), not read back from d3:
const BLUES_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const RDBU_5 = ['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0']; // red first
const RDBU_7 = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];
const rev = (a: string[]): string[] => [...a].reverse();
const lightness = (c: string): number => lab(c).l;

describe('paletteColors: sequential', () => {
  it.each([
    { name: 'higher-more-fragile: light → dark', direction: 'higher-more-fragile', expected: BLUES_5 },
    { name: 'neutral: light → dark', direction: 'neutral', expected: BLUES_5 },
    { name: 'higher-less-fragile: reversed, dark = low', direction: 'higher-less-fragile', expected: rev(BLUES_5) },
  ] as const)('Blues k = 5, $name', ({ direction, expected }) => {
    expect(paletteColors('Blues', 5, direction)).toEqual(expected);
  });

  it.each([
    // viridis runs dark → light in d3, so it is flipped: samples t = 1, ½, 0
    { id: 'viridis', k: 3, expected: ['#fde725', '#21918c', '#440154'] },
    // k < 3: middle, or both ends, of the 3-class array #ffeda0 #feb24c #f03b20
    { id: 'YlOrRd', k: 1, expected: ['#feb24c'] },
    { id: 'YlOrRd', k: 2, expected: ['#ffeda0', '#f03b20'] },
  ] as const)('$id k = $k', ({ id, k, expected }) => {
    expect(paletteColors(id, k, 'higher-more-fragile')).toEqual(expected);
  });

  it.each(PALETTES.filter((p) => p.kind === 'sequential').map((p) => p.id))(
    '%s gets darker class after class, for k = 3…9',
    (id) => {
      for (let k = 3; k <= 9; k++) {
        const l = paletteColors(id, k, 'higher-more-fragile').map(lightness);
        for (let i = 1; i < k; i++) expect(l[i]).toBeLessThan(l[i - 1] as number);
      }
    },
  );
});

describe('paletteColors: diverging', () => {
  it.each([
    // warm (red) marks the fragile end: high values under higher-more-fragile
    { name: 'k = 5, higher-more-fragile: blue → red', k: 5, direction: 'higher-more-fragile', expected: rev(RDBU_5) },
    { name: 'k = 5, higher-less-fragile: red → blue', k: 5, direction: 'higher-less-fragile', expected: RDBU_5 },
    // even k: no neutral class; equals ColorBrewer's 4-class RdBu
    { name: 'k = 4, no neutral', k: 4, direction: 'higher-more-fragile', expected: ['#0571b0', '#92c5de', '#f4a582', '#ca0020'] },
  ] as const)('RdBu $name', ({ k, direction, expected }) => {
    expect(paletteColors('RdBu', k, direction)).toEqual(expected);
  });

  it('PuOr keeps d3 order (orange, the warm end, is already last)', () => {
    expect(paletteColors('PuOr', 3, 'higher-more-fragile')).toEqual(['#998ec3', '#f7f7f7', '#f1a340']);
  });

  // RdBu 7, cool → warm: #2166ac #67a9cf #d1e5f0 #f7f7f7 #fddbc7 #ef8a62 #b2182b
  it.each([
    {
      // c = 1, k = 5 → m = max(1, 3) = 3 → 7 colours; class i → ramp[3 − 1 + i] = ramp[2…6]
      name: 'centre in class 1 of 5: class 1 neutral, one light blue below, four reds above',
      k: 5,
      direction: 'higher-more-fragile',
      centre: { kind: 'class', index: 1 },
      expected: ['#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'],
    },
    {
      // same with the ramp reversed (warm = low values)
      name: 'same, higher-less-fragile',
      k: 5,
      direction: 'higher-less-fragile',
      centre: { kind: 'class', index: 1 },
      expected: ['#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
    },
    {
      // reference below min: b = 0, m = 3 → ramp[4 + i]: all on the warm side
      name: 'reference below every class: all warm',
      k: 3,
      direction: 'higher-more-fragile',
      centre: { kind: 'boundary', below: 0 },
      expected: ['#fddbc7', '#ef8a62', '#b2182b'],
    },
    {
      // reference above max: b = 3, m = 3 → ramp[0 + i]: all on the cool side
      name: 'reference above every class: all cool',
      k: 3,
      direction: 'higher-more-fragile',
      centre: { kind: 'boundary', below: 3 },
      expected: ['#2166ac', '#67a9cf', '#d1e5f0'],
    },
    {
      // b = 1 of 3: m = max(1, 2) = 2 → 5 colours cool→warm #0571b0 #92c5de #f7f7f7 #f4a582
      // #ca0020; class 0 → ramp[1], classes 1, 2 → ramp[3], ramp[4]
      name: 'reference on the first threshold: no neutral class',
      k: 3,
      direction: 'higher-more-fragile',
      centre: { kind: 'boundary', below: 1 },
      expected: ['#92c5de', '#f4a582', '#ca0020'],
    },
  ] as const)('RdBu: $name', ({ k, direction, centre, expected }) => {
    expect(paletteColors('RdBu', k, direction, centre)).toEqual(expected);
  });

  it('the symmetric centre reproduces ColorBrewer (k = 7, centre class 3)', () => {
    expect(paletteColors('RdBu', 7, 'higher-more-fragile', { kind: 'class', index: 3 })).toEqual(rev(RDBU_7));
  });

  it('beyond 11 ramp colours (k = 9, centre class 0) it samples the interpolator', () => {
    const colors = paletteColors('RdBu', 9, 'higher-more-fragile', { kind: 'class', index: 0 });
    expect(colors).toHaveLength(9);
    expect(colors[0]).toBe(color(interpolateRdBu(0.5))?.formatHex());
    expect(new Set(colors).size).toBe(9);
  });

  it.each(PALETTES.filter((p) => p.kind === 'diverging').map((p) => p.id))(
    '%s, odd k: the middle class is the lightest, and shades darken away from it',
    (id) => {
      for (const k of [3, 5, 7, 9]) {
        const l = paletteColors(id, k, 'higher-more-fragile').map(lightness);
        const mid = (k - 1) / 2;
        for (let i = 0; i < mid; i++) {
          expect(l[i]).toBeLessThan(l[i + 1] as number);
          expect(l[k - 1 - i]).toBeLessThan(l[k - 2 - i] as number);
        }
      }
    },
  );
});

describe('PALETTES', () => {
  it('ids are unique and every palette has French and English labels', () => {
    expect(new Set(PALETTES.map((p) => p.id)).size).toBe(PALETTES.length);
    for (const p of PALETTES) {
      expect(p.label.fr.length).toBeGreaterThan(0);
      expect(p.label.en.length).toBeGreaterThan(0);
    }
  });

  it('includes the required schemes with the right kind', () => {
    const kinds = Object.fromEntries(PALETTES.map((p) => [p.id, p.kind]));
    expect(kinds).toMatchObject({
      YlOrRd: 'sequential', Blues: 'sequential', viridis: 'sequential', PuBu: 'sequential',
      RdBu: 'diverging', PuOr: 'diverging', BrBG: 'diverging',
    });
  });

  it('only RdYlGn is flagged as not colour-blind safe', () => {
    expect(PALETTES.filter((p) => !p.colorBlindSafe).map((p) => p.id)).toEqual(['RdYlGn']);
  });

  it.each(PALETTES.map((p) => p.id))('%s gives k distinct hex colours for k = 1…9', (id: PaletteId) => {
    for (let k = 1; k <= 9; k++) {
      const colors = paletteColors(id, k, 'higher-more-fragile');
      expect(colors).toHaveLength(k);
      expect(colors.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
      expect(new Set(colors).size).toBe(k);
    }
  });

  it.each([0, 2.5])('k = %s throws', (k) => {
    expect(() => paletteColors('Blues', k, 'neutral')).toThrow(RangeError);
  });
});
