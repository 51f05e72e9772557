import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapSvg, type MapExportContent } from '../../../../src/domain/export/map-export';
import type { CodedFeature } from '../../../../src/domain/export/map-scene';
import type { LegendModel } from '../../../../src/domain/indicators/legend-model';
import { checkWellFormed } from './xml-check';

const root = join(import.meta.dirname, '../../../..');
function features(file: string): CodedFeature[] {
  return (JSON.parse(readFileSync(join(root, 'public/data', file), 'utf8')) as { features: CodedFeature[] }).features;
}

const communes = features('communes.geojson');
const epci = features('epci.geojson');
const territoires = features('territoires.geojson');
const departement = features('departement.geojson');

const COLORS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
const legend: LegendModel = {
  classes: [
    { index: 0, lo: 0, hi: 12.34, color: COLORS[0] ?? '', count: 50 },
    { index: 1, lo: 12.34, hi: 15, color: COLORS[1] ?? '', count: 50 },
    { index: 2, lo: 15, hi: 18.5, color: COLORS[2] ?? '', count: 50 },
    { index: 3, lo: 18.5, hi: 22, color: COLORS[3] ?? '', count: 50 },
    { index: 4, lo: 22, hi: 1234.5, color: COLORS[4] ?? '', count: 57 },
  ],
  missing: 10,
  total: 267,
};

function content(overrides: Partial<MapExportContent['texts']> = {}, lang: 'fr' | 'en' = 'fr'): MapExportContent {
  return {
    lang,
    texts: {
      title: 'Part des 75 ans et plus',
      subtitle: 'Par commune · unité : %',
      legendTitle: 'Légende',
      layersTitle: 'Autres éléments',
      notes: ['Quantiles, 5 classes ; plus foncé = plus fragile.'],
      footer: ['Source : INSEE – Recensement de la population 2022 ; données 2022.', 'Exporté le 23 novembre 2026'],
      north: 'N',
      ...overrides,
    },
    legend,
    legendFormat: {
      decimals: 1,
      unit: '%',
      missingLabel: 'Donnée non disponible / secret statistique',
      countLabel: (n) => `${n} communes`,
    },
    layerRows: [
      { symbol: { kind: 'point', fill: '#111111', stroke: '#ffffff' }, label: 'MDS ouverte', count: '' },
      { symbol: { kind: 'line', color: '#1a1a1a', width: 2 }, label: 'Limite de territoire', count: '' },
    ],
    description: 'Carte des 267 communes du Loir-et-Cher.',
  };
}

function fillsFor(units: readonly CodedFeature[], missing: ReadonlySet<string> = new Set()): Map<string, string | null> {
  return new Map(units.map((f, i) => [f.properties.code, missing.has(f.properties.code) ? null : (COLORS[i % 5] ?? null)]));
}

const outlines = { communes, epci, territoires, departement };
const unitPaths = (svg: string) => svg.match(/<path [^>]*data-code="[^"]*"/g) ?? [];

describe('buildMapSvg', () => {
  const missing = new Set(['41001', '41018']);
  const svg = buildMapSvg(content(), { level: 'commune', units: communes, fills: fillsFor(communes, missing), outlines, points: [] });

  it('is a standalone, well-formed SVG document', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('width="297mm" height="210mm" viewBox="0 0 3508 2480"');
    expect(svg).toContain('font-family="sans-serif"');
    expect(checkWellFormed(svg)).toEqual([]);
  });

  it('draws one path with data-code per commune (267), with its class colour', () => {
    expect(unitPaths(svg)).toHaveLength(267);
    const codes = unitPaths(svg).map((p) => /data-code="(\d\w\d+)"/.exec(p)?.[1]);
    expect(new Set(codes).size).toBe(267);
    const vendome = /<path [^>]*data-code="41269"[^>]*>/.exec(svg)?.[0] ?? '';
    const i = communes.findIndex((f) => f.properties.code === '41269');
    expect(vendome).toContain(`fill="${COLORS[i % 5]}"`);
  });

  it('hatches missing units with the SVG pattern', () => {
    expect(svg).toMatch(/<pattern id="obs41-hatch"/);
    for (const code of missing) {
      const tag = new RegExp(`<path [^>]*data-code="${code}"[^>]*>`).exec(svg)?.[0] ?? '';
      expect(tag).toContain('fill="url(#obs41-hatch)"');
    }
  });

  it('draws the territory, EPCI and département outlines without data-code', () => {
    for (const id of ['epci', 'territoires', 'departement']) {
      expect(svg).toMatch(new RegExp(`<path d="[^"]+" data-outline="${id}" fill="none"`));
    }
  });

  it('writes the legend bounds in the French number format, and the missing entry with its count', () => {
    expect(svg).toContain('0,0\u00a0– 12,3\u00a0% (50\u00a0communes)');
    expect(svg).toContain('>22,0\u00a0– 1\u202f234,5\u00a0%');
    expect(svg).toContain('(57\u00a0communes)');
    expect(svg).toMatch(/Donnée non disponible \/[\s\S]*secret[\s\S]*statistique[\s\S]*\(10\u00a0communes\)/);
    expect(svg).toContain('Part des 75 ans et plus');
    expect(svg).toContain('Source : INSEE');
  });

  it('writes English number formats in English', () => {
    const en = buildMapSvg(content({}, 'en'), { level: 'commune', units: communes, fills: fillsFor(communes), outlines, points: [] });
    expect(en).toContain('>22.0\u00a0– 1,234.5%');
  });

  it('has a scale bar in km and a north arrow', () => {
    expect(svg).toMatch(/<text [^>]*>\d+\u00a0km<\/text>/);
    expect(svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>N<\/text>/);
  });

  it('draws the EPCI and territory levels with one path per unit', () => {
    const e = buildMapSvg(content(), { level: 'epci', units: epci, fills: fillsFor(epci), outlines, points: [] });
    expect(unitPaths(e)).toHaveLength(12);
    expect(e).toMatch(/data-outline="communes"/);
    const t = buildMapSvg(content(), { level: 'territoire', units: territoires, fills: fillsFor(territoires), outlines, points: [] });
    expect(unitPaths(t)).toHaveLength(3);
  });

  it('escapes hostile labels and names: no data becomes markup', () => {
    const hostile = 'Taux <script>alert("x")</script> & \'co\' ]]> \u0007';
    const unit: CodedFeature = {
      type: 'Feature',
      properties: { code: '41"/><g onload="x', nom: '<b>Blois</b> & "Cie"' },
      geometry: departement[0]?.geometry ?? { type: 'Point', coordinates: [1.3, 47.6] },
    };
    const out = buildMapSvg(content({ title: hostile, footer: [hostile] }), {
      level: 'commune',
      units: [unit],
      fills: new Map([[unit.properties.code, '#ff0000" onclick="x']]),
      outlines: {},
      points: [],
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('onload="x');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('Taux &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos; ]]&gt;');
    expect(out).toContain('data-code="41&quot;/&gt;&lt;g onload=&quot;x"');
    expect(out).toContain('<title>&lt;b&gt;Blois&lt;/b&gt; &amp; &quot;Cie&quot;</title>');
    expect(out).toContain('fill="#ff0000&quot; onclick=&quot;x"');
    expect(checkWellFormed(out)).toEqual([]);
    expect(unitPaths(out)).toHaveLength(1);
  });

  it('draws MDS points as circles', () => {
    const out = buildMapSvg(content(), {
      level: 'commune',
      units: communes,
      fills: fillsFor(communes),
      outlines,
      points: [
        { lon: 1.335, lat: 47.586, open: true },
        { lon: 1.07, lat: 47.79, open: false },
      ],
    });
    expect(out.match(/<circle [^>]*fill="#111111" stroke="#ffffff"/g)?.length).toBeGreaterThanOrEqual(2); // map + legend
    expect(out.match(/<circle [^>]*fill="#ffffff" stroke="#111111"/g)?.length).toBeGreaterThanOrEqual(1);
  });
});
