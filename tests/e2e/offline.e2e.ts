// Offline use after a first visit: the service worker (dist/sw.js, scripts/vite/service-worker-plugin.ts)
// precaches the shell, every chunk (MapLibre and the lazy views included), the data and DuckDB's files.
// Second load with the network cut: the map, DuckDB and every page must work, and the header says
// the app is offline and which data version it shows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  describeRecorder,
  launchChromium,
  newAppContext,
  openApp,
  waitForDuckdbState,
  waitForFirstPaint,
  type AppRecorder,
} from './support/browser';

const baseUrl = inject('baseUrl');
const DATA_VERSION = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8')) as { version: string }
).version;
const PAGES = ['comparer', 'indice', 'acces', 'mobilite', 'donnees', 'carte'] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let rec: AppRecorder;

beforeAll(async () => {
  browser = await launchChromium();
  context = await newAppContext(browser);
  page = await context.newPage();
  await openApp(page, baseUrl);
  await waitForFirstPaint(page, 60_000);
  await waitForDuckdbState(page, 'ready', 60_000);
  // the worker registers after DuckDB started; wait until it controls the page and its precache is done
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
    }
    return reg.active?.state;
  });
  await context.setOffline(true);
  rec = await openApp(page, baseUrl);
  await waitForFirstPaint(page, 60_000, rec);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('second visit without network', () => {
  it('really is offline (a request past the service worker fails)', async () => {
    // same origin, not precached: the service worker passes it to the network, which is cut
    const direct = await page.evaluate(async () => {
      try {
        await fetch(`./never-cached-${Date.now()}.json`);
        return 'reached';
      } catch {
        return 'failed';
      }
    });
    expect(direct).toBe('failed');
  });

  it('says it runs offline, and on which data version', async () => {
    const status = page.locator('[data-testid=offline-status]');
    await expect.poll(() => status.getAttribute('data-online')).toBe('false');
    const text = await status.innerText();
    expect(text).toMatch(/Hors ligne/);
    expect(text).toContain(DATA_VERSION);
  });

  it('starts DuckDB from the cache', async () => {
    await waitForDuckdbState(page, 'ready', 60_000);
  });

  it('opens every page (their code chunks come from the cache)', async () => {
    for (const p of PAGES) {
      await page.click(`[data-testid=nav-${p}]`);
      await expect.poll(() => page.locator('[role=alert]', { hasText: /n’a pas pu être chargée/ }).count()).toBe(0);
      // the page's own (lazily loaded) content is there
      const region = p === 'comparer' || p === 'donnees' ? 'section.page-full' : '#panel';
      await expect
        .poll(async () => (await page.locator(region).innerText()).length, { timeout: 15_000, message: p })
        .toBeGreaterThan(300);
    }
  });

  it('failed no request (but the probes above) and raised no error', () => {
    // the page itself is network-first: its network attempt fails, then the cached shell answers
    // and the app's connectivity probe (a HEAD request for the page, `?sonde=reseau`) fails too
    const probe = (r: string) => r.includes('/never-cached-') || r.includes('?sonde=reseau');
    const expected = (r: string) => r.startsWith(`${baseUrl} → `) || probe(r);
    expect(rec.failedRequests.filter((r) => !expected(r)), describeRecorder(rec)).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors.filter((m) => !probe(m)), describeRecorder(rec)).toEqual([]);
  });
});
