// A hand-edited index definition with absurd weights (valid JSON, valid definition: any finite
// weight > 0) must not break the index: the page brings weights into its slider range, so the
// weighted mean never overflows into NaN scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'svelte';
import { afterEach, expect, it } from 'vitest';
import { parseTerritories, parseTerritoryColumn } from '../../../src/domain/compare/parse-territories';
import { parseIndexDefinition } from '../../../src/domain/composite/index-definition-json';
import { parseCatalog } from '../../../src/domain/indicators/parse-catalog';
import { parseCommuneStats } from '../../../src/domain/stats/parse-commune-stats';
import { AppData } from '../../../src/state/app-data.svelte';
import { CompareState } from '../../../src/state/compare.svelte';
import { CompositeState, WEIGHT_RANGE } from '../../../src/state/composite.svelte';
import { EngineStatus } from '../../../src/state/engine-status.svelte';
import { UploadsState } from '../../../src/state/uploads.svelte';

const raw = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/data', file), 'utf8')) as unknown;

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup(): CompositeState {
  const data = new AppData();
  const engine = new EngineStatus();
  let composite!: CompositeState;
  let compare!: CompareState;
  cleanup = $effect.root(() => {
    compare = new CompareState(data, engine);
    composite = new CompositeState(data, compare, new UploadsState({ upload: () => Promise.reject(new Error('unused')), remove: async () => {} }));
  });
  data.catalog = parseCatalog(raw('indicators.json'));
  data.stats = parseCommuneStats(raw('commune-stats.json'));
  compare.territories = parseTerritories(raw('territoires.json'));
  compare.territoryOf = parseTerritoryColumn(raw('commune-stats.json'));
  flushSync();
  return composite;
}

it('weights of 1e308 and 1e-300 are brought into the slider range: every commune still scored', () => {
  const composite = setup();
  const definition = (weights: number[]) =>
    JSON.stringify({
      version: 1,
      createdAt: '2026-01-01',
      normalisation: 'z-score',
      minCoverage: 1,
      indicators: ['part-75-plus', 'chomage-15-64', 'familles-monoparentales'].map((id, i) => ({ id, weight: weights[i], direction: 'higher-more-fragile' })),
    });
  const sane = parseIndexDefinition(definition([1, 1, 1]), composite.catalogueEntries);
  if (!sane.ok) throw new Error('sane definition refused');
  composite.applyDefinition(sane.definition);
  flushSync();
  const ranked = composite.result?.ranked ?? 0;
  expect(ranked).toBeGreaterThan(200);
  const parsed = parseIndexDefinition(definition([1e308, 1e308, 1e-300]), composite.catalogueEntries);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  composite.applyDefinition(parsed.definition);
  flushSync();
  expect(composite.indicators.map((d) => d.weight)).toEqual([WEIGHT_RANGE.max, WEIGHT_RANGE.max, WEIGHT_RANGE.min]);
  const result = composite.result;
  expect(result).not.toBeNull();
  expect(result!.ranked).toBe(ranked);
  const scores = result!.scores.filter((s): s is number => s !== null);
  expect(scores.length).toBe(result!.ranked);
  expect(scores.every(Number.isFinite)).toBe(true);
});
