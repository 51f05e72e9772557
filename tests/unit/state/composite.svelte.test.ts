// The composite-index page state on the shipped data (public/data): same results as the domain's
// computeComposite, weights re-weighted without normalising again, seeded stability, territories,
// definitions that round-trip, and uploaded columns usable as indicators.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompositeUploadResult } from '../../../src/data/composite-upload';
import { parseTerritories, parseTerritoryColumn } from '../../../src/domain/compare/parse-territories';
import { computeComposite } from '../../../src/domain/composite/compute-composite';
import { parseIndexDefinition, serialiseIndexDefinition } from '../../../src/domain/composite/index-definition-json';
import { INDEX_PRESETS, presetDefinition } from '../../../src/domain/composite/presets';
import { rankStability } from '../../../src/domain/composite/rank-stability';
import type { IndexDefinition } from '../../../src/domain/composite/types';
import { computeIndicatorColumn } from '../../../src/domain/indicators/compute';
import { compositeSection } from '../../../src/domain/permalink/composite-section';
import { parseCatalog } from '../../../src/domain/indicators/parse-catalog';
import { parseCommuneStats } from '../../../src/domain/stats/parse-commune-stats';
import { AppData } from '../../../src/state/app-data.svelte';
import { CompareState } from '../../../src/state/compare.svelte';
import { CompositeState, MIN_COVERAGE_CHOICES, WEIGHT_RANGE } from '../../../src/state/composite.svelte';
import { EngineStatus } from '../../../src/state/engine-status.svelte';
import { UploadsState, type Uploader } from '../../../src/state/uploads.svelte';

const raw = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/data', file), 'utf8')) as unknown;
const catalog = parseCatalog(raw('indicators.json'));
const stats = parseCommuneStats(raw('commune-stats.json'));
const territories = parseTerritories(raw('territoires.json'));
const territoryOf = parseTerritoryColumn(raw('commune-stats.json'));
const columns = new Map(catalog.indicators.map((ind) => [ind.id, computeIndicatorColumn(ind, stats)]));
const input = { codes: stats.codes, columns };
const sortedCodes = [...stats.codes].sort();

/** An uploader that answers from a queue: each call takes the next result (or throws an Error given). */
function fakeUploader(queue: (CompositeUploadResult | Error)[]): Uploader & { removed: string[] } {
  const removed: string[] = [];
  return {
    removed,
    upload: async () => {
      const next = queue.shift();
      if (!next) throw new Error('no more fake results');
      if (next instanceof Error) throw next;
      return next;
    },
    remove: async (table) => {
      removed.push(table);
    },
  };
}

/** A successful upload of one column: value = position in code order (0, 1, 2…), Blois absent. */
function okUpload(table: string, name: string): CompositeUploadResult {
  const values = sortedCodes.map((code, i) => (code === '41018' ? null : i));
  return {
    ok: true,
    table,
    columns: [{ name, values, count: values.filter((v) => v !== null).length, remapped: 0, decimal: null, sqlName: name }],
    notices: [],
    codeColumn: 'code',
    header: true,
    format: { encoding: 'utf-8', delimiter: ';', columnCount: 2, lines: [] },
    codes: sortedCodes,
  };
}

const badUpload: CompositeUploadResult = {
  ok: false,
  errors: [{ code: 'not-a-number', params: { line: 14, column: 'rsa', value: '12a' }, message: 'Ligne 14, colonne rsa : « 12a » n’est pas un nombre.' }],
};

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup(queue: (CompositeUploadResult | Error)[] = []) {
  const data = new AppData();
  const engine = new EngineStatus();
  const uploader = fakeUploader(queue);
  let composite!: CompositeState;
  let uploads!: UploadsState;
  let compare!: CompareState;
  cleanup = $effect.root(() => {
    compare = new CompareState(data, engine);
    uploads = new UploadsState(uploader);
    composite = new CompositeState(data, compare, uploads);
  });
  data.catalog = catalog;
  data.stats = stats;
  compare.territories = territories;
  compare.territoryOf = territoryOf;
  flushSync();
  return { data, composite, uploads, uploader };
}

const definitionOf = (c: CompositeState): IndexDefinition => c.definition('2026-03-15');

describe('CompositeState on the shipped data', () => {
  it.each(INDEX_PRESETS.map((p) => [p.id, p] as const))('preset %s gives the domain result', (id, preset) => {
    const { composite } = setup();
    composite.selectPreset(id);
    const expected = computeComposite(presetDefinition(preset, '2026-03-15'), input);
    expect(composite.result?.ranks).toEqual(expected.ranks);
    expect(composite.result?.scores).toEqual(expected.scores);
    expect(composite.result?.excluded).toEqual(expected.excluded);
  });

  it('re-weighting does not normalise again, and still matches computeComposite', () => {
    const { composite } = setup();
    composite.selectPreset('autonomie');
    void composite.result;
    const runs = composite.normaliseRuns;
    const before = composite.result?.ranks;
    composite.setWeight('part-75-plus', 0.1);
    composite.setWeight('pharmacies-pour-10000', 5);
    const after = composite.result;
    expect(composite.normaliseRuns).toBe(runs);
    expect(after?.ranks).toEqual(computeComposite(definitionOf(composite), input).ranks);
    expect(after?.ranks).not.toEqual(before);
    // a direction or a method change does normalise again
    composite.setNormalisation('z-score');
    void composite.result;
    expect(composite.normaliseRuns).toBe(runs + 1);
    expect(composite.result?.scores).toEqual(computeComposite(definitionOf(composite), input).scores);
  });

  it('clamps weights to 0.1–5 and keeps catalogue directions fixed', () => {
    const { composite } = setup();
    composite.selectPreset('habitat-logement');
    composite.setWeight('logements-vacants', 12);
    composite.setWeight('menages-une-personne', 0);
    expect(composite.indicators.find((d) => d.id === 'logements-vacants')?.weight).toBe(5);
    expect(composite.indicators.find((d) => d.id === 'menages-une-personne')?.weight).toBe(0.1);
    composite.setDirection('logements-vacants', 'higher-less-fragile');
    expect(composite.indicators.find((d) => d.id === 'logements-vacants')?.direction).toBe('higher-more-fragile');
    composite.setDirection('proprietaires', 'higher-more-fragile'); // neutral in the catalogue
    expect(composite.indicators.find((d) => d.id === 'proprietaires')?.direction).toBe('higher-more-fragile');
    expect(composite.presetEdited).toBe(true);
  });

  it('minimum coverage below 1 ranks communes lacking an indicator, as the domain does', () => {
    const { composite } = setup();
    composite.selectPreset('insertion-emploi');
    expect(composite.result?.ranked).toBe(257);
    composite.setMinCoverage(0.75);
    const expected = computeComposite(definitionOf(composite), input);
    expect(composite.result?.ranked).toBe(expected.ranked);
    expect(composite.result?.ranks).toEqual(expected.ranks);
    expect(composite.result?.partial.length).toBeGreaterThan(0);
  });

  it('stability is seeded: same seed, same intervals, equal to the domain run', () => {
    const { composite } = setup();
    composite.selectPreset('sante');
    composite.setSeed(7);
    composite.runStability();
    const first = composite.stability;
    composite.runStability();
    expect(composite.stability).toEqual(first);
    const domain = rankStability(computeComposite(definitionOf(composite), input).matrix, { seed: 7 });
    expect(first?.communes).toEqual(domain.communes);
    expect(composite.ranking[0]?.stability).not.toBeNull();
    composite.setWeight('part-75-plus', 3);
    expect(composite.stability).toBeNull();
    expect(composite.stabilityStale).toBe(true);
  });

  it('territories: population-weighted mean and top 20 % counts add up to the département', () => {
    const { composite } = setup();
    composite.selectPreset('enfance-famille');
    const rows = composite.territories;
    expect(rows.map((r) => r.code)).toEqual([...territories.territories.map((t) => t.code), '41']);
    const dept = rows.at(-1)!;
    const parts = rows.slice(0, -1);
    expect(dept.scored).toBe(composite.result?.ranked);
    expect(parts.reduce((s, r) => s + r.top, 0)).toBe(dept.top);
    expect(dept.top).toBe(composite.ranking.filter((r) => r.rank <= composite.topCut).length);
    const pop = stats.columns.get('P22_POP')!;
    let num = 0;
    let den = 0;
    stats.codes.forEach((_, i) => {
      const s = composite.result!.scores[i];
      if (s == null) return;
      num += (pop[i] ?? 0) * s;
      den += pop[i] ?? 0;
    });
    expect(dept.meanScore).toBeCloseTo(num / den, 12);
  });

  it('an exported definition imports back to the same index', () => {
    const { composite } = setup();
    composite.selectPreset('autonomie');
    composite.setWeight('menages-une-personne', 2.5);
    composite.setNormalisation('min-max');
    const text = serialiseIndexDefinition(definitionOf(composite));
    const ranks = composite.result?.ranks;
    composite.selectPreset('sante');
    const parsed = parseIndexDefinition(text, composite.catalogueEntries);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) composite.applyDefinition(parsed.definition);
    expect(composite.result?.ranks).toEqual(ranks);
    expect(composite.presetId).toBe('autonomie');
  });
});

describe('CompositeState in a permalink', () => {
  const section = compositeSection({ weightRange: WEIGHT_RANGE, coverages: MIN_COVERAGE_CHOICES, defaultNormalisation: 'rank' });
  const ctx = { indicatorIds: new Set(catalog.indicators.map((i) => i.id)), communeCodes: new Set(stats.codes), sites: [] };

  it('carries nothing by default, and the edited index through encode / decode / apply', async () => {
    const a = setup([okUpload('upload_1', 'rsa')]);
    expect(a.composite.linkValue).toBeNull();
    a.composite.selectPreset('autonomie');
    a.composite.setWeight('part-75-plus', 0.3);
    a.composite.setNormalisation('z-score');
    await a.uploads.add('…', 'a.csv');
    a.composite.toggleIndicator('import:rsa', true);
    const params = new Map(Object.entries(section.encode(a.composite.linkValue)) as [string, string][]);
    expect(params.get('indice')).not.toContain('import:');
    const decoded = section.decode(params, ctx);
    expect(decoded.notices).toEqual([]);
    a.composite.dropIndicators(['import:rsa']);
    const expected = a.composite.result?.ranks;
    cleanup?.();

    const b = setup();
    b.composite.applyLink(decoded.value);
    expect(b.composite.result?.ranks).toEqual(expected);
    expect(b.composite.normalisation).toBe('z-score');
    b.composite.applyLink(null);
    expect(b.composite.linkValue).toBeNull();
    expect(b.composite.presetId).toBe(INDEX_PRESETS[0]!.id);
  });

  it('catalogue directions win over a tampered link', () => {
    const { composite } = setup();
    composite.applyLink({ indicators: [{ id: 'revenu-median', weight: 1, direction: 'higher-more-fragile' }], normalisation: 'rank', minCoverage: 1 });
    expect(composite.indicators[0]?.direction).toBe('higher-less-fragile');
  });
});

describe('UploadsState', () => {
  it('keeps the previous table when an upload fails (refused or engine error)', async () => {
    const { uploads } = setup([okUpload('upload_1', 'rsa'), badUpload, new Error('DuckDB a échoué')]);
    expect(await uploads.add('…', 'bon.csv')).toBe(true);
    const loaded = uploads.entries;
    expect(uploads.columns.map((c) => c.id)).toEqual(['import:rsa']);
    expect(uploads.columns[0]?.values.get('41018')).toBeNull();
    expect(uploads.columns[0]?.values.get(sortedCodes[0]!)).toBe(0);

    expect(await uploads.add('…', 'mauvais.csv')).toBe(false);
    expect(uploads.entries).toBe(loaded);
    expect(uploads.errors[0]?.params.line).toBe(14);
    expect(uploads.failedSource).toBe('mauvais.csv');

    expect(await uploads.add('…', 'autre.csv')).toBe(false);
    expect(uploads.entries).toBe(loaded);
    expect(uploads.failure).toBe('DuckDB a échoué');
    expect(uploads.phase).toBe('idle');
  });

  it('refuses a file above the size limit without reading it', async () => {
    const { uploads } = setup([]);
    const file = { name: 'gros.csv', size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    expect(await uploads.addFile(file)).toBe(false);
    expect(uploads.errors[0]?.code).toBe('file-too-large');
  });

  it('an uploaded column is a neutral indicator of the index, and removing it drops it', async () => {
    const { composite, uploads, uploader } = setup([okUpload('upload_1', 'rsa'), okUpload('upload_2', 'rsa')]);
    await uploads.add('…', 'a.csv');
    await uploads.add('…', 'b.csv');
    expect(uploads.columns.map((c) => c.id)).toEqual(['import:rsa', 'import:rsa_2']);
    composite.selectPreset('sante');
    composite.toggleIndicator('import:rsa', true);
    expect(composite.isNeutral('import:rsa')).toBe(true);
    composite.setDirection('import:rsa', 'higher-less-fragile');
    const def = definitionOf(composite);
    const uploadedColumn = stats.codes.map((code) => uploads.byId.get('import:rsa')!.values.get(code) ?? null);
    const expected = computeComposite(def, { codes: stats.codes, columns: new Map([...columns, ['import:rsa', uploadedColumn]]) });
    expect(composite.result?.ranks).toEqual(expected.ranks);
    expect(composite.result?.excluded.map((e) => e.code)).toContain('41018');
    expect(parseIndexDefinition(serialiseIndexDefinition(def), composite.catalogueEntries).ok).toBe(true);

    composite.layer = 'import:rsa';
    expect(composite.mapLayer.kind).toBe('upload');
    expect(composite.mapLayer.classByCode.get('41018')).toBeNull();
    composite.dropIndicators(['import:rsa']);
    await uploads.remove('upload_1');
    expect(uploader.removed).toEqual(['upload_1']);
    expect(uploads.columns.map((c) => c.id)).toEqual(['import:rsa_2']);
    expect(composite.mapLayer.kind).toBe('index');
    expect(composite.result?.ranks).toEqual(computeComposite(presetDefinition(INDEX_PRESETS[4]!, 'x'), input).ranks);
  });
});
