import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsToArrowIPC, SITES_SCHEMA } from '../../../scripts/lib/synthetic/arrow.ts';
import { assertSyntheticOutputDir } from '../../../scripts/lib/synthetic/guard.ts';
import { SYNTHETIC_LABEL } from '../../../scripts/lib/synthetic/label.ts';
import { deriveSeed, mulberry32 } from '../../../scripts/lib/synthetic/prng.ts';
import { boundingBox } from '../../../scripts/lib/synthetic/read-public.ts';
import { boundedPairs, replicate } from '../../../scripts/lib/synthetic/replicate.ts';
import type { DepartementData, OriginRecord } from '../../../scripts/lib/synthetic/types.ts';

/** Two communes, three 1 km cells, one MDS and one town centre, two bridges. */
function fixture(): DepartementData {
  const origin = (id: string, commune: string, lon: number, pop: number): OriginRecord => ({
    id,
    kind: 'cell',
    commune,
    territoire: 'nord',
    lon,
    lat: 47.5,
    side: 1,
    pop,
    pop_75p: pop / 10,
    fam_mono: 1,
    chom_1564: 2,
    ind: 10,
    ind_snv: 200000.5,
    imputed: 0,
    x_laea: 3600000,
    y_laea: 2700000,
  });
  return {
    communes: [
      { code: '41001', nom: 'Un', epci_code: '200000001', epci_nom: 'CC Une', arr_code: '411', arr_nom: 'Blois', territoire: 'nord', codes_postaux: '41000', anciens_codes: '', lon: 1, lat: 47.5 },
      { code: '41002', nom: 'Deux', epci_code: '200000001', epci_nom: 'CC Une', arr_code: '411', arr_nom: 'Blois', territoire: 'sud', codes_postaux: '41000', anciens_codes: '', lon: 1.5, lat: 47.5 },
    ],
    stats: {
      codes: ['41001', '41002'],
      columns: new Map<string, (number | null)[]>([
        ['P22_POP', [100, 50]],
        ['P22_POP75P', [10, 50]], // commune 2: everybody is 75+ (a share of 100 %)
        ['MED21', [20000, null]], // withheld for commune 2
        ['TP6021', [99.5, null]],
      ]),
    },
    origins: [origin('G1', '41001', 1, 60), origin('G2', '41001', 1.1, 40), origin('G3', '41002', 1.5, 50)],
    sites: [
      { id: 'MDS-01', type: 'mds', nom: 'MDS Un', commune: '41001', statut: 'ouverte', precision: 'x', lon: 1, lat: 47.5, side: 1 },
      { id: 'C-41002', type: 'commune', nom: 'Deux', commune: '41002', statut: 'candidat', precision: 'x', lon: 1.5, lat: 47.5, side: 1 },
    ],
    accessModel: {
      method: 'crow-calibrated',
      model: { interceptMin: 3, minPerKm: 1 },
      loire: { river: [[1, 47], [2, 48]], bridges: [{ id: 'b1', nom: 'Pont', in_dept: true, lon: 1.2, lat: 47.5 }] },
      origins: { cells: 3, centres: 0, borderFallback: 0 },
    },
    catalogue: [
      { id: 'part-75-plus', kind: 'ratio', numerator: 'P22_POP75P', denominator: 'P22_POP', offset: 0, unit: '%' },
      { id: 'evolution', kind: 'ratio', numerator: 'P22_POP', denominator: 'P16_POP', offset: 1, unit: '%' },
      { id: 'taux-pauvrete', kind: 'published-rate', numerator: 'TP6021', denominator: null, offset: 0, unit: '%' },
    ],
    bbox: [1, 47.5, 1.5, 47.5],
  };
}

describe('replicate', () => {
  it('without noise: copies side by side, fictitious codes, same values', () => {
    const out = replicate(fixture(), { copies: 2, cols: 2, seed: 1, amplitude: 0 });
    // step: lon 0.5 + 0.02 = 0.52, lat 0 + 0.02 = 0.02; middle column 0: copy 1 is 0.52° east
    expect(out.tiles.map((t) => [t.tag, t.dLon, t.dLat])).toEqual([
      ['00', 0, 0],
      ['01', 0.52, 0],
    ]);
    expect(out.stats.codes).toEqual(['S00001', 'S00002', 'S01001', 'S01002']);
    expect(out.communes.map((c) => [c.code, c.nom, c.territoire, c.epci_code, c.lon])).toEqual([
      ['S00001', 'Un [S00]', 'S00-nord', 'S00-200000001', 1],
      ['S00002', 'Deux [S00]', 'S00-sud', 'S00-200000001', 1.5],
      ['S01001', 'Un [S01]', 'S01-nord', 'S01-200000001', 1.52],
      ['S01002', 'Deux [S01]', 'S01-sud', 'S01-200000001', 2.02],
    ]);
    expect(out.stats.columns.get('P22_POP')).toEqual([100, 50, 100, 50]);
    expect(out.stats.columns.get('MED21')).toEqual([20000, null, 20000, null]);
    expect(out.origins.map((o) => [o.id, o.commune, o.lon, o.pop])).toEqual([
      ['S00-G1', 'S00001', 1, 60],
      ['S00-G2', 'S00001', 1.1, 40],
      ['S00-G3', 'S00002', 1.5, 50],
      ['S01-G1', 'S01001', 1.52, 60],
      ['S01-G2', 'S01001', 1.62, 40],
      ['S01-G3', 'S01002', 2.02, 50],
    ]);
    expect(out.sites.map((s) => [s.id, s.commune, s.lon])).toEqual([
      ['MDS-S00-01', 'S00001', 1],
      ['C-S00002', 'S00002', 1.5],
      ['MDS-S01-01', 'S01001', 1],
      ['C-S01002', 'S01002', 1.5],
    ].map(([id, c, lon], i) => [id, c, (lon as number) + (i >= 2 ? 0.52 : 0)]));
    expect(out.accessModel.loire.bridges.map((b) => [b.id, b.lon])).toEqual([
      ['S00-b1', 1.2],
      ['S01-b1', 1.72],
    ]);
    expect(out.accessModel.origins).toEqual({ cells: 6, centres: 0, borderFallback: 0 });
    expect(out.communeCopy).toEqual(Int32Array.from([0, 0, 1, 1]));
  });

  it('is labelled synthetic everywhere', () => {
    const out = replicate(fixture(), { copies: 1, cols: 1, seed: 1, amplitude: 0.03 });
    expect(out.synthetic).toBe(true);
    expect(out.label).toBe(SYNTHETIC_LABEL);
    expect(out.accessModel.synthetic).toBe(true);
    expect(out.label.fr).toMatch(/SYNTHÉTIQUES/);
    expect(out.label.en).toMatch(/SYNTHETIC/);
  });

  it('jitters with the copy’s own seeded stream, row by row then column by column', () => {
    const seed = 41;
    const a = 0.1;
    const out = replicate(fixture(), { copies: 2, cols: 2, seed, amplitude: a });
    // copy 1, stats stream: draws for (row 0: P22_POP, P22_POP75P, MED21, TP6021), (row 1: …)
    const r = mulberry32(deriveSeed(seed, 1, 1));
    const u = Array.from({ length: 8 }, r);
    const pop = out.stats.columns.get('P22_POP') as (number | null)[];
    expect(pop[2]).toBe(Math.round(100 * (1 + a * (2 * (u[0] as number) - 1)))); // integer column
    expect(pop[3]).toBe(Math.round(50 * (1 + a * (2 * (u[4] as number) - 1))));
    // cells follow their commune's population factor
    expect(out.origins[3]?.pop).toBe(Math.round(((60 * (pop[2] as number)) / 100) * 1000) / 1000);
    // same options → same replica; another seed → another one
    expect(replicate(fixture(), { copies: 2, cols: 2, seed, amplitude: a }).stats.columns).toEqual(out.stats.columns);
    expect(replicate(fixture(), { copies: 2, cols: 2, seed: 42, amplitude: a }).stats.columns).not.toEqual(out.stats.columns);
  });

  it('keeps withheld values missing, shares ≤ 100 % and published rates ≤ 100', () => {
    const out = replicate(fixture(), { copies: 40, cols: 8, seed: 3, amplitude: 0.05 });
    const med = out.stats.columns.get('MED21') as (number | null)[];
    const pop = out.stats.columns.get('P22_POP') as (number | null)[];
    const old = out.stats.columns.get('P22_POP75P') as (number | null)[];
    const rate = out.stats.columns.get('TP6021') as (number | null)[];
    for (let i = 0; i < med.length; i++) {
      expect(med[i] === null).toBe(i % 2 === 1);
      expect(old[i] as number).toBeLessThanOrEqual(pop[i] as number);
      if (rate[i] !== null) expect(rate[i] as number).toBeLessThanOrEqual(100);
    }
    expect(out.clamped).toBeGreaterThan(0); // commune 2 (100 % aged 75+) needed it in some copies
  });

  it('bounds only the shares of the catalogue', () => {
    expect(boundedPairs(fixture().catalogue)).toEqual([{ numerator: 'P22_POP75P', denominator: 'P22_POP' }]);
  });
});

describe('boundingBox', () => {
  it('walks nested coordinates and extra points', () => {
    const polygon = [[[1, 2], [3, 2], [3, 5], [1, 2]]];
    expect(boundingBox([polygon], [{ lon: 0, lat: 4 }])).toEqual([0, 2, 3, 5]);
  });
});

describe('rowsToArrowIPC', () => {
  it('round-trips typed columns and nulls', () => {
    const rows = fixture().sites.map((s, i) => ({ ...s, nom: i === 0 ? null : s.nom }));
    const table = tableFromIPC(rowsToArrowIPC(rows, SITES_SCHEMA));
    expect(table.numRows).toBe(2);
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'id:Utf8', 'type:Utf8', 'nom:Utf8', 'commune:Utf8', 'statut:Utf8', 'precision:Utf8', 'lon:Float64', 'lat:Float64', 'side:Float64',
    ]);
    expect(table.get(0)?.toJSON()).toMatchObject({ id: 'MDS-01', nom: null, lon: 1 });
  });
});

describe('assertSyntheticOutputDir', () => {
  const root = resolve(import.meta.dirname, '../../..');
  it('accepts a folder outside the project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'obs41-synth-'));
    try {
      expect(assertSyntheticOutputDir(join(dir, 'data'), root)).toMatch(/obs41-synth-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it.each(['public/data', 'dist/data', '.', 'tmp/x'])('refuses %s inside the project', (sub) => {
    expect(() => assertSyntheticOutputDir(join(root, sub), root)).toThrow(/must not be written inside the project/);
  });
  it('refuses a link that leads into the project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'obs41-synth-'));
    try {
      symlinkSync(join(root, 'public'), join(dir, 'link'));
      expect(() => assertSyntheticOutputDir(join(dir, 'link', 'data'), root)).toThrow(/inside the project/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
