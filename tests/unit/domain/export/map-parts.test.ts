import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../src/domain/export/escape-xml';
import { legendRows } from '../../../../src/domain/export/legend-rows';
import { fittedLambert93, northAngleDeg, pxPerKm } from '../../../../src/domain/export/map-projection';
import { niceScaleBar } from '../../../../src/domain/export/scale-bar';
import { wrapText } from '../../../../src/domain/export/wrap-text';
import type { LegendModel } from '../../../../src/domain/indicators/legend-model';

describe('niceScaleBar', () => {
  it.each([
    { pxPerKm: 10, maxPx: 250, expected: { km: 20, px: 200 } },
    { pxPerKm: 10, maxPx: 500, expected: { km: 50, px: 500 } },
    { pxPerKm: 18.4, maxPx: 666, expected: { km: 20, px: 368 } },
    { pxPerKm: 100, maxPx: 99, expected: { km: 0.5, px: 50 } },
  ])('$pxPerKm px/km in $maxPx px → $expected.km km', ({ pxPerKm, maxPx, expected }) => {
    const bar = niceScaleBar(pxPerKm, maxPx);
    expect(bar?.km).toBeCloseTo(expected.km, 12);
    expect(bar?.px).toBeCloseTo(expected.px, 9);
  });

  it.each([0, Number.NaN, Number.POSITIVE_INFINITY, -3])('no bar for a scale of %s', (s) =>
    expect(niceScaleBar(s, 100)).toBeNull(),
  );
});

describe('wrapText', () => {
  it.each([
    { text: 'Donnée non disponible / secret statistique', max: 22, expected: ['Donnée non disponible', '/ secret statistique'] },
    { text: 'court', max: 40, expected: ['court'] },
    { text: '', max: 10, expected: [''] },
    { text: 'Anticonstitutionnellement long', max: 5, expected: ['Anticonstitutionnellement', 'long'] },
    { text: '12,3\u00a0– 45,6\u00a0%', max: 6, expected: ['12,3\u00a0–', '45,6\u00a0%'] },
  ])('$text / $max', ({ text, max, expected }) => expect(wrapText(text, max)).toEqual(expected));
});

describe('escapeXml', () => {
  it('escapes the five markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008\ud800ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok');
    expect(escapeXml('Épiais-lès-Louvres 😀 12\u202f345')).toBe('Épiais-lès-Louvres 😀 12\u202f345');
  });
});

describe('legendRows', () => {
  const model: LegendModel = {
    classes: [
      { index: 0, lo: 10.01, hi: 10.04, color: '#eee', count: 3 },
      { index: 1, lo: 10.04, hi: 12, color: '#888', count: 1 },
    ],
    missing: 2,
    total: 6,
  };
  const count = (n: number) => `${n} communes`;

  it('formats bounds with enough decimals to stay distinct, then the missing entry', () => {
    expect(legendRows(model, { lang: 'fr', decimals: 1, unit: '%', missingLabel: 'Secret', countLabel: count })).toEqual([
      { symbol: { kind: 'fill', color: '#eee' }, label: '10,01\u00a0– 10,04\u00a0%', count: '3 communes' },
      { symbol: { kind: 'fill', color: '#888' }, label: '10,04\u00a0– 12,00\u00a0%', count: '1 communes' },
      { symbol: { kind: 'hatch' }, label: 'Secret', count: '2 communes' },
    ]);
  });

  it('uses the English number format and unit placement', () => {
    const rows = legendRows(model, { lang: 'en', decimals: 0, unit: '€', missingLabel: 'n/a', countLabel: count });
    expect(rows[1]?.label).toBe('€10.04\u00a0– €12.00');
  });

  it('keeps the missing entry when there are no classes', () => {
    const rows = legendRows({ classes: [], missing: 267, total: 267 }, { lang: 'fr', decimals: 1, unit: '', missingLabel: 'Aucune valeur', countLabel: count });
    expect(rows).toEqual([{ symbol: { kind: 'hatch' }, label: 'Aucune valeur', count: '267 communes' }]);
  });
});

describe('Lambert-93 fitted projection', () => {
  const square = {
    type: 'Polygon' as const,
    // clockwise (d3 winding) square around Blois
    coordinates: [[[1.2, 47.5], [1.2, 47.7], [1.5, 47.7], [1.5, 47.5], [1.2, 47.5]]],
  };
  const projection = fittedLambert93([[0, 0], [1000, 1000]], square);

  it('gives the pixel scale of the fitted map', () => {
    const p = pxPerKm(projection, [1.35, 47.6]);
    // 0.3° of longitude at 47.6° N ≈ 22.5 km fill the width of 1000 px: ≈ 44 px/km
    expect(p).toBeGreaterThan(40);
    expect(p).toBeLessThan(50);
  });

  it('turns north by the meridian convergence: clockwise west of 3° E (about 1.2° at 1.35° E)', () => {
    expect(northAngleDeg(projection, [1.35, 47.6])).toBeCloseTo((3 - 1.35) * Math.sin((46.5 * Math.PI) / 180), 0);
    expect(northAngleDeg(projection, [3, 47.6])).toBeCloseTo(0, 6);
  });
});
