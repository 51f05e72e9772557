// Smoke test of the map view on the production build, served under a sub-path
// (http://127.0.0.1:<port>/sous/chemin/, see support/global-setup.ts), in headless Debian Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYERS, SOURCES } from '../../src/map/layer-ids';
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
import {
  canvasColorShares,
  featureState,
  interiorPoint,
  legendCounts,
  renderedFillColors,
} from './support/map-probe';

const COMMUNE_COUNT = 267;
const KNOWN = { blois: '41018', vendome: '41269', romorantin: '41194' } as const;
const SELECT = '[data-testid=indicator-select]';
/** UI updates are near-instant; the margin is for a loaded 2-core CI machine. */
const POLL = { timeout: 10_000 } as const;

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function distinct(values: Iterable<string>): Set<string> {
  return new Set(values);
}

async function legendTotal(page: Page): Promise<number> {
  const { classes, missing } = await legendCounts(page);
  return classes.reduce((a, b) => a + b, 0) + (missing ?? 0);
}

async function selectedIndicator(page: Page): Promise<string> {
  return page.locator(SELECT).inputValue();
}

async function indicatorIds(page: Page): Promise<string[]> {
  return page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
}

describe('map view', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page, 30_000, rec);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('loads every file from under the sub-path', () => {
    expect(page.url().startsWith(baseUrl)).toBe(true);
    const outside = rec.localRequests.filter((u) => !u.startsWith(baseUrl));
    expect(outside, 'requests outside the sub-path').toEqual([]);
    expect(rec.failedRequests, 'failed or 4xx/5xx requests').toEqual([]);
  });

  it('paints all communes in several colours', async () => {
    // 1. What MapLibre draws: fill-color evaluated per feature with its feature-state.
    const colors = await renderedFillColors(page, LAYERS.communesFill);
    expect(Object.keys(colors)).toHaveLength(COMMUNE_COUNT);
    expect(distinct(Object.values(colors)).size).toBeGreaterThanOrEqual(3);
    for (const code of Object.values(KNOWN)) {
      expect(colors[code], `commune ${code} is rendered`).toBeDefined();
      const state = await featureState(page, SOURCES.communes, code);
      expect(Object.keys(state).length, `commune ${code} has a feature-state`).toBeGreaterThan(0);
    }
    // 2. What the canvas shows: WebGL really drew it (guards against a blank SwiftShader canvas).
    // Count colours covering ≥ 0.5 % of the canvas that are not grey-ish (background, outlines).
    const shares = await canvasColorShares(page);
    const chromatic = shares.filter(([hex, share]) => {
      const [r, g, b] = [...hex.slice(1)].map((d) => parseInt(d, 16));
      return share >= 0.005 && Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) >= 2;
    });
    expect(chromatic.length, JSON.stringify(shares.slice(0, 12))).toBeGreaterThanOrEqual(3);
  });

  it('shows a tooltip with the name and a value when hovering Blois', async () => {
    const point = await interiorPoint(page, LAYERS.communesFill, KNOWN.blois);
    expect(point, 'a point inside Blois').not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x - 5, point.y - 5);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const tooltip = page.locator('[data-testid=tooltip]');
    try {
      await tooltip.first().waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      await page.mouse.click(point.x, point.y); // hover-less fallback: selection shows it too
      await tooltip.first().waitFor({ state: 'visible', timeout: 5_000 });
    }
    const text = await tooltip.first().innerText();
    expect(text).toContain('Blois');
    expect(text).toMatch(/\d/);
    await page.mouse.move(2, 2);
  });

  it('changes the colours and the legend with the indicator', async () => {
    const before = await selectedIndicator(page);
    const ids = await indicatorIds(page);
    expect(ids.length).toBeGreaterThan(1);
    const target = ['taux-pauvrete', 'revenu-median'].find((id) => id !== before && ids.includes(id)) ??
      ids.find((id) => id !== before);
    expect(target).toBeDefined();
    const legendBefore = await page.locator('[data-testid=legend]').innerText();
    const colorsBefore = await renderedFillColors(page, LAYERS.communesFill);

    await page.selectOption(SELECT, target ?? '');

    await expect.poll(() => page.locator('[data-testid=legend]').innerText(), POLL).not.toBe(legendBefore);
    await expect
      .poll(async () => {
        const after = await renderedFillColors(page, LAYERS.communesFill);
        return Object.keys(after).filter((code) => after[code] !== colorsBefore[code]).length;
      }, POLL)
      .toBeGreaterThan(0);
    expect(await selectedIndicator(page)).toBe(target);
  });

  it('legend counts add up to 267 communes for every indicator', async () => {
    for (const id of await indicatorIds(page)) {
      const legend = page.locator('[data-testid=legend]');
      const previous = await legend.innerText();
      if ((await selectedIndicator(page)) !== id) {
        await page.selectOption(SELECT, id);
        await expect.poll(() => legend.innerText(), { ...POLL, message: `legend updates for ${id}` }).not.toBe(previous);
      }
      const { classes, missing } = await legendCounts(page);
      expect(classes.length, `${id}: legend classes`).toBeGreaterThan(0);
      expect(missing, `${id}: [data-testid=legend-missing] with data-count`).not.toBeNull();
      expect(await legendTotal(page), `${id}: sum of legend data-count`).toBe(COMMUNE_COUNT);
    }
  });

  it('starts DuckDB after the first paint', async () => {
    await waitForDuckdbReady(page);
    const marks = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('obs:first-paint')[0]?.startTime ?? null,
      duckdbReady: performance.getEntriesByName('obs:duckdb-ready')[0]?.startTime ?? null,
    }));
    expect(marks.firstPaint, 'performance mark obs:first-paint').not.toBeNull();
    expect(marks.duckdbReady, 'performance mark obs:duckdb-ready').not.toBeNull();
    expect(marks.firstPaint ?? Infinity).toBeLessThan(marks.duckdbReady ?? -Infinity);
  });

  it('logged no console error, no page error and sent no request off the machine', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
  });
});

describe('without WebAssembly', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    // Every .wasm download fails (the DuckDB worker's too: context routes cover workers).
    rec = await openApp(page, baseUrl, {
      beforeNavigate: async (p) => {
        await p.context().route('**/*.wasm', (route) => route.abort('blockedbyclient'));
      },
    });
    await waitForFirstPaint(page, 30_000, rec);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('still paints the map', async () => {
    const colors = await renderedFillColors(page, LAYERS.communesFill);
    expect(Object.keys(colors)).toHaveLength(COMMUNE_COUNT);
    expect(distinct(Object.values(colors)).size).toBeGreaterThanOrEqual(3);
  });

  it('shows the DuckDB error state with a French message', async () => {
    await waitForDuckdbState(page, 'error');
    const status = page.locator('[data-testid=duckdb-status]');
    const text = (await status.innerText()).trim();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    expect(text).toMatch(/n’a pas pu|n'a pas pu|impossible|indisponible|erreur|échec/i);
    expect(rec.localRequests.some((u) => u.endsWith('.wasm')), 'the wasm was requested').toBe(true);
  });

  it('keeps the indicator choice working', async () => {
    const legendBefore = await page.locator('[data-testid=legend]').innerText();
    const before = await selectedIndicator(page);
    const target = (await indicatorIds(page)).find((id) => id !== before);
    await page.selectOption(SELECT, target ?? '');
    await expect.poll(() => page.locator('[data-testid=legend]').innerText(), POLL).not.toBe(legendBefore);
    expect(await legendTotal(page)).toBe(COMMUNE_COUNT);
  });

  it('handles the failure: no page error, only the blocked download logged', () => {
    // duckdb-wasm's own worker leaves the failed wasm fetch as an unhandled rejection *inside the
    // worker* (Playwright reports it as a pageerror); the app cannot catch it, so it is tolerated.
    // Anything thrown by the page's own scripts still fails the test.
    const pageErrors = rec.pageErrors.filter((e) => !/^TypeError: Failed to fetch\n\s+at [^\n]*duckdb-browser-[a-z]+\.worker/.test(e));
    expect(pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    const unexpected = rec.consoleErrors.filter((m) => !/\.wasm|WebAssembly|duckdb|ERR_BLOCKED_BY_CLIENT/i.test(m));
    expect(unexpected, describeRecorder(rec)).toEqual([]);
  });
});
