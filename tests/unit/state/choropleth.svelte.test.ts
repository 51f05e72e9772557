import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorCatalog } from '../../../src/domain/types';
import { AppData } from '../../../src/state/app-data.svelte';
import { Choropleth } from '../../../src/state/choropleth.svelte';
import { EngineStatus } from '../../../src/state/engine-status.svelte';
import { ViewState } from '../../../src/state/view.svelte';

// Ten communes; share of 75+ = 1 … 10 % with populations 100 … 1000 (P75 = pop × i / 100).
const codes = Array.from({ length: 10 }, (_, i) => `410${String(i + 10)}`);
const pop = codes.map((_, i) => (i + 1) * 100);
const p75 = pop.map((p, i) => (p * (i + 1)) / 100);
const catalog: IndicatorCatalog = {
  axes: [{ id: 'a', label: { fr: 'A', en: 'A' } }],
  indicators: [
    {
      id: 'part-75-plus',
      axis: 'a',
      label: { fr: 'Part 75+', en: 'Share 75+' },
      short: { fr: '75+', en: '75+' },
      unit: '%',
      definition: { fr: '', en: '' },
      kind: 'ratio',
      numerator: 'P75',
      denominator: 'POP',
      offset: 0,
      scale: 100,
      decimals: 1,
      direction: 'higher-more-fragile',
      source: 's',
      year: 2022,
      default: true,
    },
  ],
};

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup() {
  const data = new AppData();
  const view = new ViewState();
  const engine = new EngineStatus();
  let choropleth!: Choropleth;
  cleanup = $effect.root(() => {
    choropleth = new Choropleth(data, view, engine);
  });
  data.catalog = catalog;
  data.stats = { codes, names: codes, columns: new Map([['POP', pop], ['P75', p75]]) };
  flushSync();
  return { data, view, choropleth };
}

describe('Choropleth', () => {
  it('classes the commune values with the chosen method and counts every commune', () => {
    const { view, choropleth } = setup();
    view.classCount = 5;
    expect(choropleth.breaks?.method).toBe('quantile');
    expect(choropleth.legend.classes.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    expect(choropleth.colors).toHaveLength(5);
    view.method = 'equal-interval';
    view.classCount = 3;
    flushSync();
    expect(choropleth.breaks?.thresholds).toEqual([4, 7]);
    expect(choropleth.classByCode.get(codes[9] as string)).toBe(2);
  });

  it('uses the département value (ratio of sums) as the std-dev centre', () => {
    const { view, choropleth } = setup();
    const expected = (p75.reduce((a, b) => a + b) / pop.reduce((a, b) => a + b)) * 100; // 7 %, not 5.5 %
    expect(choropleth.departementValue).toBeCloseTo(expected, 10);
    view.method = 'std-dev';
    view.classCount = 4;
    flushSync();
    expect(choropleth.breaks?.stdDev?.mean).toBeCloseTo(expected, 10);
    expect(choropleth.breaks?.thresholds).toContain(choropleth.breaks?.stdDev?.mean);
  });

  it('falls back to quantiles on unusable manual thresholds and reports why', () => {
    const { view, choropleth } = setup();
    view.method = 'manual';
    view.manualThresholds = [5];
    flushSync();
    expect(choropleth.manualError?.code).toBe('thresholds-count');
    expect(choropleth.breaks?.method).toBe('quantile');
    view.manualThresholds = [3, 6.5];
    flushSync();
    expect(choropleth.manualError).toBeNull();
    expect(choropleth.legend.classes.map((c) => c.count)).toEqual([2, 4, 4]);
  });

  it('stays at commune level until DuckDB is ready', () => {
    const { view, choropleth } = setup();
    view.level = 'territoire';
    flushSync();
    expect(choropleth.requestedLevel).toBe('commune');
    expect(choropleth.level).toBe('commune');
    expect(choropleth.codes).toHaveLength(10);
  });

  it('offers diverging palettes only where they make sense', () => {
    const { view, choropleth } = setup();
    expect(choropleth.palettes.some((p) => p.kind === 'diverging')).toBe(false);
    view.palette = 'RdBu';
    flushSync();
    expect(choropleth.paletteId).toBe('YlOrRd');
    view.method = 'std-dev';
    flushSync();
    expect(choropleth.paletteId).toBe('RdBu');
  });
});
