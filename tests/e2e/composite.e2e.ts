// "Indice composite" page on the production build (served under a sub-path), in headless Chromium:
// a preset and a weight change give the ranking computed here in Node from public/data with the
// same domain functions; the map follows (feature-state classes, legend) within the time budget;
// the seeded rank-stability test is deterministic and equal to the Node run; the definition exports
// and imports back; leaving the page hands the map back to the explorer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeComposite } from '../../src/domain/composite/compute-composite';
import { parseIndexDefinition } from '../../src/domain/composite/index-definition-json';
import { INDEX_PRESETS, presetDefinition } from '../../src/domain/composite/presets';
import { rankStability } from '../../src/domain/composite/rank-stability';
import type { IndexDefinition } from '../../src/domain/composite/types';
import { computeIndicatorColumn } from '../../src/domain/indicators/compute';
import { parseCatalog } from '../../src/domain/indicators/parse-catalog';
import { parseCommuneStats } from '../../src/domain/stats/parse-commune-stats';
import { LAYERS } from '../../src/map/layer-ids';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';
import { featureState } from './support/map-probe';

const baseUrl = inject('baseUrl');
const DATA = resolve(import.meta.dirname, '../../public/data');
const POLL = { timeout: 15_000 } as const;

// ---- The same computation in Node, from the shipped files ----

const json = (file: string) => JSON.parse(readFileSync(resolve(DATA, file), 'utf8')) as unknown;
const catalog = parseCatalog(json('indicators.json'));
const stats = parseCommuneStats(json('commune-stats.json'));
const input = { codes: stats.codes, columns: new Map(catalog.indicators.map((i) => [i.id, computeIndicatorColumn(i, stats)])) };
const autonomie = INDEX_PRESETS.find((p) => p.id === 'autonomie')!;

/** Codes ranked 1…n (ties by name, as the page), for the first `n` rows. */
function expectedTop(definition: IndexDefinition, n: number): { code: string; rank: number }[] {
  const r = computeComposite(definition, input);
  return stats.codes
    .map((code, i) => ({ code, rank: r.ranks[i], name: stats.names[i] ?? code }))
    .filter((x): x is { code: string; rank: number; name: string } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'fr'))
    .slice(0, n)
    .map(({ code, rank }) => ({ code, rank }));
}

// ---- Page helpers ----

type Row = { code: string; rank: number; p05: string; p95: string; unstable: string };

function tableRows(page: Page): Promise<Row[]> {
  return page.locator('[data-testid=composite-row]').evaluateAll((rows) =>
    rows.map((r) => ({
      code: r.getAttribute('data-code') ?? '',
      rank: Number(r.getAttribute('data-rank')),
      p05: r.getAttribute('data-p05') ?? '',
      p95: r.getAttribute('data-p95') ?? '',
      unstable: r.getAttribute('data-unstable') ?? '',
    })),
  );
}

/** Waits until the table's first rows are `expected` and the map has drawn the same index. */
async function waitForRanking(page: Page, expected: { code: string; rank: number }[]): Promise<void> {
  await expect
    .poll(async () => (await tableRows(page)).slice(0, expected.length).map(({ code, rank }) => ({ code, rank })), POLL)
    .toEqual(expected);
  await page.waitForSelector('[data-testid=composite-legend][data-drawn=yes]', POLL);
}

function layerVisibility(page: Page, id: string): Promise<string | null> {
  return page.evaluate((layer) => {
    const map = window.__map;
    if (!map?.getLayer(layer)) return null;
    return (map.getLayoutProperty(layer, 'visibility') as string | undefined) ?? 'visible';
  }, id);
}

async function runStability(page: Page, seed: number): Promise<Row[]> {
  const input = page.locator('[data-testid=composite-seed]');
  await input.fill(String(seed));
  await input.press('Enter');
  await input.blur();
  await page.click('[data-testid=composite-stability-run]');
  await page.waitForSelector(`[data-testid=composite-stability-result][data-seed="${seed}"]`, POLL);
  return tableRows(page);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let rec: AppRecorder;

beforeAll(async () => {
  browser = await launchChromium();
  context = await newAppContext(browser);
  page = await context.newPage();
  rec = await openApp(page, baseUrl);
  await waitForFirstPaint(page, 30_000, rec);
  await page.click('[data-testid=nav-indice]');
  await page.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('composite index page', () => {
  it('a preset gives the ranking computed in Node, and the map its classes', async () => {
    await page.selectOption('[data-testid=composite-preset]', 'autonomie');
    const definition = presetDefinition(autonomie, '2026-01-01');
    const top = expectedTop(definition, 10);
    await waitForRanking(page, top);
    expect(await page.getAttribute('[data-testid=composite-ranking]', 'data-ranked')).toBe('267');
    // the most fragile commune is in the darkest class, on our layer; the explorer's is hidden
    expect(await featureState(page, 'composite-communes', top[0]!.code)).toMatchObject({ cls: 4 });
    expect(await layerVisibility(page, 'composite-communes-fill')).toBe('visible');
    expect(await layerVisibility(page, LAYERS.communesFill)).toBe('none');
    const counts = await page.locator('[data-testid=composite-legend-class]').evaluateAll((li) => li.map((l) => Number(l.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(267);
    // chosen indicators shown and editable
    expect(await page.locator('[data-testid=composite-indicator]').count()).toBe(autonomie.indicators.length);
  });

  it('changing a weight re-ranks as computed in Node, within the time budget', async () => {
    const before = (await tableRows(page)).map((r) => r.code);
    const weight = page.locator('[data-testid="composite-weight-part-75-plus"]');
    await weight.fill('0.2');
    await weight.press('Enter');
    const edited: IndexDefinition = {
      ...presetDefinition(autonomie, '2026-01-01'),
      indicators: autonomie.indicators.map((d) => (d.id === 'part-75-plus' ? { ...d, weight: 0.2 } : { ...d })),
    };
    const top = expectedTop(edited, 10);
    await waitForRanking(page, top);
    const after = (await tableRows(page)).map((r) => r.code);
    expect(after).not.toEqual(before);
    expect(after[0]).toBe(top[0]!.code);

    // keyboard on a slider: one change per key press; each ends with a measure up to the map update
    await page.evaluate(() => performance.clearMeasures('obs:index-update'));
    const slider = page.locator('[data-testid="composite-weight-range-pharmacies-pour-10000"]');
    await slider.focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-testid=composite-legend][data-drawn=yes]', POLL);
    }
    const durations = await page.evaluate(() => performance.getEntriesByName('obs:index-update').map((e) => e.duration));
    expect(durations.length).toBeGreaterThanOrEqual(10);
    const sorted = [...durations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`composite: weight change → map updated, median ${median.toFixed(1)} ms over ${durations.length} changes`);
    expect(median).toBeLessThanOrEqual(50);
    expect(await page.evaluate(() => performance.getEntriesByName('obs:index-updated').length)).toBeGreaterThan(0);
    // the same definition in Node
    const weights = await page.locator('[data-testid=composite-indicator]').evaluateAll((rows) =>
      rows.map((r) => ({ id: r.getAttribute('data-id') ?? '', weight: Number((r.querySelector('input[type=number]') as HTMLInputElement).value) })),
    );
    const now: IndexDefinition = {
      ...edited,
      indicators: autonomie.indicators.map((d) => ({ ...d, weight: weights.find((w) => w.id === d.id)!.weight })),
    };
    expect(now.indicators.find((d) => d.id === 'pharmacies-pour-10000')!.weight).toBeCloseTo(2.2, 6);
    await waitForRanking(page, expectedTop(now, 10));

    // the permalink carries the index: a fresh page opened on it shows the same ranking
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash)), POLL).toContain('pharmacies-pour-10000:2.2:-');
    const hash = await page.evaluate(() => location.hash);
    expect(decodeURIComponent(hash)).toContain('part-75-plus:0.2:+');
    expect(hash).toContain('page=indice');
    const other = await context.newPage();
    await other.goto(`${baseUrl}${hash}`);
    await other.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 30_000 });
    await waitForRanking(other, expectedTop(now, 10));
    await other.close();
  });

  it('rank stability with a seed is deterministic and equal to the Node run', async () => {
    const first = await runStability(page, 123);
    const timing = Number(await page.getAttribute('[data-testid=composite-stability-result]', 'data-ms'));
    console.log(`composite: 500-draw rank stability in the browser: ${timing.toFixed(0)} ms`);
    expect(timing).toBeLessThanOrEqual(1000);
    expect(first[0]!.p05).not.toBe('');
    await runStability(page, 5);
    const again = await runStability(page, 123);
    expect(again).toEqual(first);

    // Node: the same definition (read back from the page's export), the same seed
    const [download] = await Promise.all([page.waitForEvent('download', POLL), page.click('[data-testid=composite-export-json]')]);
    const text = readFileSync(await download.path(), 'utf8');
    const parsed = parseIndexDefinition(text, catalog.indicators.map((i) => ({ id: i.id, direction: i.direction })));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.definition.dataVersion).toBe((json('manifest.json') as { version: string }).version);
    const node = rankStability(computeComposite(parsed.definition, input).matrix, { seed: 123 });
    const byCode = new Map(node.communes.flatMap((c) => (c ? [[c.code, c] as const] : [])));
    for (const r of first) {
      const c = byCode.get(r.code)!;
      expect({ code: r.code, p05: Number(r.p05), p95: Number(r.p95), unstable: r.unstable === 'true' }).toEqual({
        code: c.code,
        p05: c.p05,
        p95: c.p95,
        unstable: c.unstable,
      });
    }
    expect(Number(await page.getAttribute('[data-testid=composite-stability-result]', 'data-unstable'))).toBe(node.unstableCount);
  });

  it('the territory comparison adds up to the département', async () => {
    const rows = await page.locator('[data-testid=composite-territory]').evaluateAll((tr) =>
      tr.map((r) => ({ code: r.getAttribute('data-code'), top: Number(r.getAttribute('data-top')) })),
    );
    expect(rows.map((r) => r.code)).toEqual(['nord', 'centre', 'sud', '41']);
    expect(rows[0]!.top + rows[1]!.top + rows[2]!.top).toBe(rows[3]!.top);
    expect(rows[3]!.top).toBe(Math.round(0.2 * 267));
  });

  it('imports a definition back, and refuses a broken one with a French message', async () => {
    await page.selectOption('[data-testid=composite-preset]', 'sante');
    const definition = { ...presetDefinition(autonomie, '2026-02-01'), label: 'Autonomie test' };
    definition.indicators = definition.indicators.map((d) => (d.id === 'menages-une-personne' ? { ...d, weight: 3 } : d));
    await page.setInputFiles('[data-testid=composite-import]', {
      name: 'indice.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(definition)),
    });
    await page.waitForSelector('[data-testid=composite-import-ok]', POLL);
    await waitForRanking(page, expectedTop(definition, 10));

    const broken = { ...definition, normalisation: 'log', indicators: [{ id: 'inconnu', weight: 1, direction: 'higher-more-fragile' }] };
    await page.setInputFiles('[data-testid=composite-import]', {
      name: 'casse.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.locator('[data-testid=composite-import-errors]');
    await alert.waitFor(POLL);
    expect(await alert.getAttribute('role')).toBe('alert');
    const text = await alert.innerText();
    expect(text).toContain('Normalisation inconnue : « log »');
    expect(text).toContain('Indicateur inconnu : « inconnu »');
    // the index in use is unchanged
    await waitForRanking(page, expectedTop(definition, 10));
  });

  it('exports the scores as CSV with the definition in the header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', POLL), page.click('[data-testid=composite-table-csv]')]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^# Source : /);
    const def = lines.find((l) => l.startsWith('# Définition (JSON, réimportable) : '));
    expect(def).toBeDefined();
    const header = lines.findIndex((l) => l.startsWith('Rang (1 = plus fragile);'));
    expect(header).toBeGreaterThan(0);
    expect(lines.length - header - 1).toBe(267);
    const firstRow = lines[header + 1]!.split(';');
    expect(firstRow[0]).toBe('1');
  });

  it('hands the map back to the explorer on leaving', async () => {
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => layerVisibility(page, 'composite-communes-fill'), POLL).toBe('none');
    await expect.poll(() => layerVisibility(page, LAYERS.communesFill), POLL).toBe('visible');
    await page.click('[data-testid=nav-mobilite]');
    await page.click('[data-testid=nav-indice]');
    await expect.poll(() => layerVisibility(page, 'composite-communes-fill'), POLL).toBe('visible');
    await expect.poll(() => layerVisibility(page, 'mobility-communes-fill'), POLL).toBe('none');
    expect(await layerVisibility(page, LAYERS.communesFill)).toBe('none');
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => layerVisibility(page, LAYERS.communesFill), POLL).toBe('visible');
  });

  it('raised no console error, page error or foreign request', () => {
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
  });
});
