// Explorer on the production build (served under a sub-path, headless Debian Chromium): indicator,
// classification method and level switches, checked against values computed here, independently,
// from the shipped files in public/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SOURCES } from '../../src/map/layer-ids';
import {
  describeRecorder,
  launchChromium,
  newAppContext,
  openApp,
  waitForDuckdbReady,
  waitForDuckdbState,
  waitForFirstPaint,
  type AppRecorder,
} from './support/browser';
import { featureState, legendCounts } from './support/map-probe';

const baseUrl = inject('baseUrl');
const SELECT = '[data-testid=indicator-select]';
const LEGEND = '[data-testid=legend]';

// Expected values, straight from the first-paint file (no app code involved).
const stats = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/commune-stats.json'), 'utf8'),
) as { columns: Record<string, (number | string | null)[]> };
const col = (name: string) => stats.columns[name] as (number | null)[];
const territoryOf = stats.columns.territoire as string[];
const share75ByTerritory: Record<string, number> = (() => {
  const sums: Record<string, [number, number]> = {};
  territoryOf.forEach((t, i) => {
    const s = (sums[t] ??= [0, 0]);
    s[0] += col('P22_POP75P')[i] ?? Number.NaN;
    s[1] += col('P22_POP')[i] ?? Number.NaN;
  });
  return Object.fromEntries(Object.entries(sums).map(([t, [num, den]]) => [t, (num / den) * 100]));
})();
const share75Departement =
  (col('P22_POP75P').reduce((a: number, b) => a + (b ?? Number.NaN), 0) /
    col('P22_POP').reduce((a: number, b) => a + (b ?? Number.NaN), 0)) *
  100;
const medianMissing = col('MED21').filter((v) => v === null).length;
const epciCount = new Set(stats.columns.epci_code).size;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function legendBounds(page: Page): Promise<{ lower: number; upper: number; count: number }[]> {
  return page
    .locator(`${LEGEND} [data-testid=legend-class]`)
    .evaluateAll((els) =>
      els.map((e) => ({
        lower: Number(e.getAttribute('data-lower')),
        upper: Number(e.getAttribute('data-upper')),
        count: Number(e.getAttribute('data-count')),
      })),
    );
}

describe('explorer', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it(`shows ${medianMissing} communes without a median income, hatched apart from the classes`, async () => {
    expect(medianMissing).toBe(9);
    await page.selectOption(SELECT, 'revenu-median');
    await expect.poll(async () => (await legendCounts(page)).missing).toBe(medianMissing);
    const { classes } = await legendCounts(page);
    expect(classes.reduce((a, b) => a + b, 0)).toBe(267 - medianMissing);
    expect(await page.locator(`${LEGEND} [data-testid=legend-missing]`).innerText()).toMatch(/secret statistique/);
  });

  it('shows the département value of the share of 75+ as a ratio of sums', async () => {
    await page.selectOption(SELECT, 'part-75-plus');
    const ref = page.locator('[data-testid=legend-reference]');
    await expect.poll(async () => Number(await ref.getAttribute('data-value'))).toBeCloseTo(share75Departement, 6);
    expect(await ref.innerText()).toContain('12,7');
  });

  it('classes the 3 territories with Jenks (4 classes asked, 3 distinct values)', async () => {
    await waitForDuckdbReady(page);
    await page.selectOption('[data-testid=method-select]', 'jenks');
    await page.selectOption('[data-testid=class-count-select]', '4');
    await page.check('[data-testid=level-territoire]');
    await page.waitForSelector(`${LEGEND}[data-level=territoire]`, { timeout: 15_000 });

    const sorted = Object.entries(share75ByTerritory).sort((a, b) => a[1] - b[1]);
    const values = sorted.map(([, v]) => v);
    await expect.poll(async () => (await legendBounds(page)).length).toBe(3);
    const bounds = await legendBounds(page);
    // One territory per class: [v0, v1), [v1, v2), [v2, v2].
    expect(bounds.map((b) => b.count)).toEqual([1, 1, 1]);
    bounds.forEach((b, i) => {
      expect(b.lower).toBeCloseTo(values[i] as number, 9);
      expect(b.upper).toBeCloseTo(values[Math.min(i + 1, 2)] as number, 9);
    });
    expect((await legendCounts(page)).missing).toBe(0);
    expect(await page.locator('[data-testid=breaks-warnings]').innerText()).toMatch(/3 classes au lieu de 4/);

    // The map: each territory polygon carries its class as feature-state.
    for (const [i, [code]] of sorted.entries()) {
      await expect.poll(async () => (await featureState(page, SOURCES.territoires, code)).cls).toBe(i);
    }
    const description = await page.locator('[data-testid=map-description]').textContent();
    expect(description).toMatch(/Territoires/);
    expect(description).toMatch(/Jenks/);
    expect(description).toMatch(/3 classes/);
  });

  it('gives the same values in the table, sortable by value', async () => {
    await page.click('[data-testid=table-toggle]');
    const table = page.locator('[data-testid=unit-table]');
    await table.waitFor();
    await page.click('[data-testid=sort-value]'); // descending first
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        value: Number(tr.querySelector('[data-value]')?.getAttribute('data-value')),
      })),
    );
    const expected = Object.entries(share75ByTerritory).sort((a, b) => b[1] - a[1]);
    expect(rows.map((r) => r.code)).toEqual(expected.map(([code]) => code));
    rows.forEach((r, i) => expect(r.value).toBeCloseTo(expected[i]?.[1] as number, 9));
    expect(await table.locator('th[aria-sort=descending]').count()).toBe(1);
    await page.click('[data-testid=table-toggle]');
  });

  it('shows medians per EPCI as missing, with the range of commune values in the table', async () => {
    await page.check('[data-testid=level-epci]');
    await page.selectOption(SELECT, 'revenu-median');
    await page.waitForSelector(`${LEGEND}[data-level=epci] [data-testid=legend-not-aggregable]`, { timeout: 15_000 });
    expect((await legendCounts(page)).missing).toBe(epciCount);
    expect(await page.locator(`${LEGEND} [data-testid=legend-missing]`).innerText()).toMatch(/ne s’additionne pas/);
    await page.click('[data-testid=table-toggle]');
    const cells = await page.locator('[data-testid=unit-table] tbody td.num').allInnerTexts();
    expect(cells).toHaveLength(epciCount);
    for (const text of cells) expect(text).toMatch(/communes : .*\d.*–.*€/);
    await page.click('[data-testid=table-toggle]');
  });

  it('opens the indicator information, closes it with Escape and gives the focus back', async () => {
    await page.check('[data-testid=level-territoire]');
    await page.click('[data-testid=indicator-info-button]');
    const dialog = page.locator('[data-testid=indicator-info]');
    await dialog.waitFor({ state: 'visible' });
    await expect.poll(() => dialog.locator('[data-testid=info-licence]').count()).toBe(1);
    expect(await dialog.locator('[data-testid=info-licence]').innerText()).toMatch(/Licence Ouverte/);
    expect(await dialog.locator('[data-testid=info-url]').getAttribute('href')).toMatch(/^https:\/\/www\.insee\.fr\//);
    expect(await dialog.locator('[data-testid=info-territory-note]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('indicator-info-button');
  });

  it('draws the 4,451 cells of the 1 km grid with the imputation caution', async () => {
    await page.check('[data-testid=grid-toggle]');
    const legend = page.locator('[data-testid=grid-legend]');
    await legend.waitFor({ timeout: 15_000 });
    const counts = await legend
      .locator('[data-testid=grid-class]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4451);
    expect(Number(await legend.locator('[data-testid=grid-imputed]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await legend.innerText()).toMatch(/imputées/);
    await page.check('[data-testid=grid-measure-niveau-vie]');
    await expect.poll(() => legend.innerText()).toMatch(/Niveau de vie moyen/);
    await page.uncheck('[data-testid=grid-toggle]');
  });

  it('marks each map update with obs:render, and logged no error', async () => {
    expect(await page.evaluate(() => performance.getEntriesByName('obs:render').length)).toBeGreaterThan(3);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
  });
});

describe('explorer without WebAssembly', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    await openApp(page, baseUrl, {
      beforeNavigate: async (p) => {
        await p.context().route('**/*.wasm', (route) => route.abort('blockedbyclient'));
      },
    });
    await waitForFirstPaint(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('keeps EPCI and territories disabled and says why', async () => {
    expect(await page.isDisabled('[data-testid=level-epci]')).toBe(true);
    expect(await page.isDisabled('[data-testid=level-territoire]')).toBe(true);
    expect(await page.locator('[data-testid=level-reason]').innerText()).toMatch(/moteur de requêtes/);
    await waitForDuckdbState(page, 'error');
    expect(await page.isDisabled('[data-testid=level-territoire]')).toBe(true);
    expect(await page.locator('[data-testid=level-reason]').innerText()).toMatch(/n’a pas pu démarrer/);
  });

  it('still draws the grid from origins.arrow', async () => {
    await page.check('[data-testid=grid-toggle]');
    const legend = page.locator('[data-testid=grid-legend]');
    await legend.waitFor({ timeout: 15_000 });
    const counts = await legend
      .locator('[data-testid=grid-class]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4451);
  });
});
