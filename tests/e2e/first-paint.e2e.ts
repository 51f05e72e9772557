// The first choropleth is an SVG drawn from the first-paint files (src/map/FirstPaintMap.svelte);
// MapLibre is only fetched on the first user input. Checks that nothing heavy loads without input,
// that the SVG map answers hover and click by itself, that it shows the same classes as the
// MapLibre map that replaces it, and that it stays usable when the MapLibre chunk cannot be loaded.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIRST_PAINT_MARK, MAP_READY_MARK, MAPLIBRE_START_MARK } from '../../src/map/first-paint';
import { LAYERS } from '../../src/map/layer-ids';
import {
  describeRecorder,
  launchChromium,
  openApp,
  openAppSession,
  waitForDuckdbReady,
  waitForFirstPaint,
  waitForSvgFirstPaint,
  type AppRecorder,
} from './support/browser';
import { legendCounts, renderedFillColors, renderedIdsAt } from './support/map-probe';

const COMMUNE_COUNT = 267;
const MAPLIBRE_CHUNK = '**/assets/create-map-*.js';
const SELECT = '[data-testid=indicator-select]';
const POLL = { timeout: 10_000 } as const;
const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** `rgb(1, 2, 3)` / `rgba(1,2,3,1)` → `1,2,3`; anything else (a pattern) → null. */
function rgbKey(color: string): string | null {
  const m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/.exec(color);
  return m ? [m[1], m[2], m[3]].map((v) => Math.round(Number(v))).join(',') : null;
}

/** Computed fill of every SVG first-paint path, by commune code. */
function svgFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid=first-paint-svg] path[data-code]', (paths) =>
    Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', getComputedStyle(p).fill])),
  );
}

describe('SVG first paint, then MapLibre', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;
  let release: () => void = () => {};
  let svg: Record<string, string> = {};
  let heldRequests = 0;

  beforeAll(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    ({ context, page, rec } = await openAppSession(browser, baseUrl, {
      beforeNavigate: async (p) => {
        // MapLibre's chunk is held back until the SVG has been checked.
        await p.route(MAPLIBRE_CHUNK, async (route: Route) => {
          heldRequests++;
          await held;
          await route.continue();
        });
      },
    }));
    await waitForSvgFirstPaint(page);
    svg = await svgFills(page);
  });

  afterAll(async () => {
    release();
    await context?.close();
  });

  it('paints every commune as SVG, in several class colours, without MapLibre', async () => {
    expect(Object.keys(svg)).toHaveLength(COMMUNE_COUNT);
    const colours = new Set(Object.values(svg).map(rgbKey).filter((c) => c !== null));
    expect(colours.size).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => document.documentElement.dataset.mapReady ?? null)).toBeNull();
    expect(await page.evaluate(() => 'maplibregl' in window || Boolean((window as { __map?: unknown }).__map))).toBe(false);
    // the SVG is drawn inside the map area, at its size
    const box = await page.locator('[data-testid=first-paint-svg] svg').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(300);
  });

  it('fetches neither MapLibre nor DuckDB while the user has not touched the page', async () => {
    await page.waitForTimeout(1500);
    expect(heldRequests).toBe(0);
    expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, MAPLIBRE_START_MARK)).toBe(0);
    await expect.poll(() => page.locator('[data-testid=duckdb-status]').getAttribute('data-state'), POLL).toBe('idle');
    expect(rec.localRequests.filter((u) => u.endsWith('.wasm') || u.includes('duckdb'))).toEqual([]);
    // no style sheet at all: the entry's is inlined in index.html, the lazy views' wait for an input
    expect(rec.localRequests.filter((u) => u.endsWith('.css'))).toEqual([]);
    expect(rec.localRequests.filter((u) => /CommuneFiche|MapExport|PresentMode/.test(u))).toEqual([]);
    // a French visit never downloads the English texts
    expect(rec.localRequests.filter((u) => /assets\/en-[\w-]+\.js$/.test(u))).toEqual([]);
    // the commune list (below the fold) holds only its placeholder until an input
    expect(await page.locator('[data-testid=commune-select] option').count()).toBe(1);
  });

  it('draws the 12 MDS (7 open, 5 planned) and the EPCI, territory and département outlines', async () => {
    const mds = page.locator('[data-testid=first-paint-svg] circle[data-mds]');
    await expect.poll(() => mds.count(), POLL).toBe(12);
    const statuses = await mds.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-mds')));
    expect(statuses.filter((x) => x === 'ouverte')).toHaveLength(7);
    expect(statuses.filter((x) => x === 'prevue')).toHaveLength(5);
    const outlines = await page.$$eval('[data-testid=first-paint-svg] path[data-outline]', (ps) =>
      ps.map((p) => [p.getAttribute('data-outline'), getComputedStyle(p).stroke, getComputedStyle(p).fill]),
    );
    expect(outlines).toEqual([
      ['epci', 'rgb(77, 77, 77)', 'none'],
      ['territoires', 'rgb(26, 26, 26)', 'none'],
      ['departement', 'rgb(0, 0, 0)', 'none'],
    ]);
  });

  it('shows a commune tooltip on hover and selects the commune on click, MapLibre still held back', async () => {
    // a point inside Blois (41018): scan its path's box for a point in its fill, then take it to
    // the page through the path's transform (the paths are drawn in a scaled group)
    const point = await page.$eval('[data-testid=first-paint-svg] path[data-code="41018"]', (el) => {
      const path = el as SVGPathElement;
      const box = path.getBBox();
      const toScreen = path.getScreenCTM();
      if (!toScreen) return null;
      for (let fy = 0.5; fy < 1; fy += 0.05) {
        for (const sign of [1, -1]) {
          const y = box.y + box.height * (sign > 0 ? fy : 1 - fy);
          for (let fx = 0.3; fx < 0.7; fx += 0.05) {
            const x = box.x + box.width * fx;
            if (path.isPointInFill(new DOMPoint(x, y))) {
              const onScreen = new DOMPoint(x, y).matrixTransform(toScreen);
              return { x: onScreen.x, y: onScreen.y };
            }
          }
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    // the first input fills the commune list: every commune, in the collator's alphabetical order
    const options = page.locator('[data-testid=commune-select] option');
    await expect.poll(() => options.count(), POLL).toBe(COMMUNE_COUNT + 1);
    const names = (await options.allTextContents()).slice(1);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr-FR').compare));
    expect(names).toContain('Blois (41018)');
    const tooltip = page.locator('[data-testid=tooltip]');
    await expect.poll(() => tooltip.getAttribute('data-code'), POLL).toBe('41018');
    expect(await tooltip.textContent()).toContain('Blois');
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => page.locator('[data-testid=commune-select]').inputValue(), POLL).toBe('41018');
    expect(await page.locator('[data-testid=first-paint-svg] path[data-selected]').getAttribute('data-selected')).toBe('41018');
    expect(await page.locator('[data-testid=map-description]').textContent()).toContain('Blois');
    // the pointer move asked for MapLibre (held back here): the SVG map did all of this alone
    expect(heldRequests).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.dataset.mapReady ?? null)).toBeNull();
    // and says that the interactive map is on its way
    expect(await page.locator('[data-testid=map-interactive-loading]').innerText()).toBe(
      'Chargement de la carte interactive (zoom, déplacement)…',
    );
  });

  it('matches the legend: one SVG unit per commune counted there', async () => {
    const { classes, missing } = await legendCounts(page);
    const hatched = Object.values(svg).filter((f) => f.startsWith('url(')).length;
    expect(hatched).toBe(missing ?? 0);
    expect(classes.reduce((a, b) => a + b, 0)).toBe(COMMUNE_COUNT - hatched);
  });

  it('is replaced by MapLibre, which shows the same colour for every commune', async () => {
    expect(heldRequests, 'MapLibre chunk requested after the first input').toBeGreaterThanOrEqual(1);
    // one commune in nine: a point of the page well inside it on the SVG map (3 px from any edge)
    const samples = await page.$$eval('[data-testid=first-paint-svg] path[data-code]', (paths) => {
      const out: Array<{ code: string; x: number; y: number }> = [];
      paths.forEach((el, i) => {
        const path = el as SVGPathElement;
        const toScreen = path.getScreenCTM();
        if (i % 9 !== 0 || !toScreen) return;
        const box = path.getBBox();
        const d = 3 / toScreen.a; // 3 px in the path's units
        const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
        for (let fy = 0.2; fy <= 0.8; fy += 0.1) {
          for (let fx = 0.2; fx <= 0.8; fx += 0.1) {
            const x = box.x + box.width * fx;
            const y = box.y + box.height * fy;
            if (inside(x, y) && inside(x + d, y) && inside(x - d, y) && inside(x, y + d) && inside(x, y - d)) {
              const p = new DOMPoint(x, y).matrixTransform(toScreen);
              out.push({ code: path.getAttribute('data-code') ?? '', x: p.x, y: p.y });
              return;
            }
          }
        }
      });
      return out;
    });
    expect(samples.length).toBeGreaterThanOrEqual(20);
    release();
    await waitForFirstPaint(page, 30_000, rec);
    await expect.poll(() => page.locator('[data-testid=first-paint-svg]').count(), POLL).toBe(0);
    expect(await page.locator('[data-testid=map-interactive-loading]').count()).toBe(0);
    const gl = await renderedFillColors(page, LAYERS.communesFill);
    let compared = 0;
    for (const [code, fill] of Object.entries(svg)) {
      const expected = rgbKey(fill);
      if (expected === null) continue; // hatched (no value): a pattern in both
      expect(rgbKey(gl[code] ?? ''), `commune ${code}`).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
    // the input brought the fiche's chunk; the entry's inlined sheet was never fetched again
    await expect.poll(() => rec.localRequests.some((u) => /CommuneFiche-[\w-]+\.js$/.test(u)), POLL).toBe(true);
    expect(rec.localRequests.filter((u) => /assets\/index-[\w-]+\.css$/.test(u))).toEqual([]);
    // the same frame: where the SVG drew a commune, MapLibre draws the same commune
    const under = await renderedIdsAt(page, LAYERS.communesFill, samples);
    expect(under).toEqual(samples.map((s) => s.code));
    const marks = await page.evaluate(([first, ready]) => ({
      first: performance.getEntriesByName(first)[0]?.startTime ?? null,
      ready: performance.getEntriesByName(ready)[0]?.startTime ?? null,
    }), [FIRST_PAINT_MARK, MAP_READY_MARK] as const);
    expect(marks.first).not.toBeNull();
    expect(marks.first ?? Infinity).toBeLessThan(marks.ready ?? -Infinity);
  });

  it('logged no error', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
  });
});

describe('without any user input, a view that needs them still loads them', () => {
  // No pointer, key or wheel event here (waitForFirstPaint would move the mouse): only `wanted`
  // (src/App.svelte) can have started MapLibre, only the fiche can have started DuckDB.
  it.each([
    ['the access page', '#page=acces'],
    ['a link with a map position', '#carte=1.3359,47.5861,10.00'],
  ])('%s: the interactive map', async (_, hash) => {
    const { context, page, rec } = await openAppSession(browser, `${baseUrl}${hash}`);
    try {
      await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'done', undefined, { timeout: 30_000 });
      if (hash.startsWith('#carte=')) {
        // and the link's camera is the one shown (Blois, zoom 10), not the département's frame
        await expect
          .poll(() => page.evaluate(() => window.__map?.getZoom().toFixed(2) ?? null), POLL)
          .toBe('10.00');
        const [lon, lat] = await page.evaluate(() => window.__map?.getCenter().toArray() ?? [0, 0]);
        expect(lon).toBeCloseTo(1.3359, 3);
        expect(lat).toBeCloseTo(47.5861, 3);
      }
      expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a commune fiche: DuckDB, but not MapLibre', async () => {
    const { context, page, rec } = await openAppSession(browser, `${baseUrl}#fiche=41018`);
    try {
      await page.waitForSelector('[data-testid=commune-fiche][data-code="41018"]', { timeout: 30_000 });
      await waitForDuckdbReady(page);
      expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, MAPLIBRE_START_MARK)).toBe(0);
      expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('on a phone, the data version arriving after the first paint', () => {
  it('moves nothing in the header (no layout shift)', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      const rec = await openApp(page, baseUrl, {
        beforeNavigate: async (p) => {
          // manifest.json (the data version) is held back until the header has been measured
          await p.route('**/data/manifest.json', async (route: Route) => {
            await held;
            await route.continue();
          });
        },
      });
      await waitForSvgFirstPaint(page);
      const status = page.locator('[data-testid=offline-status]');
      expect(await status.innerText()).toBe('');
      const boxes = () =>
        page.$$eval('.app-header > *', (els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return [e.className, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
          }),
        );
      const before = await boxes();
      release();
      await expect.poll(() => status.innerText(), POLL).toMatch(/^Données v\. [0-9a-f]{6,}$/);
      expect(await boxes()).toEqual(before);
      expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });
});

describe('when the MapLibre chunk cannot be loaded', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    ({ context, page, rec } = await openAppSession(browser, baseUrl, {
      beforeNavigate: async (p) => {
        await p.route(MAPLIBRE_CHUNK, (route) => route.abort('blockedbyclient'));
      },
    }));
    await waitForSvgFirstPaint(page);
    // a user's first pointer move: the app asks for MapLibre, whose chunk is blocked
    await page.mouse.move(5, 5);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('says in French that the interactive map is unavailable', async () => {
    const alert = page.locator('[role=alert]', { hasText: /carte/i });
    await expect.poll(() => alert.count(), POLL).toBeGreaterThan(0);
    expect(await alert.first().innerText()).toMatch(/carte interactive ne peut pas s’afficher.*carte fixe la remplace/is);
    // no "loading" left on the map once it failed
    expect(await page.locator('[data-testid=map-interactive-loading]').count()).toBe(0);
  });

  it('keeps the SVG map, recoloured when the indicator changes', async () => {
    const before = await svgFills(page);
    expect(Object.keys(before)).toHaveLength(COMMUNE_COUNT);
    const current = await page.locator(SELECT).inputValue();
    const ids = await page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption(SELECT, ids.find((id) => id !== current) ?? '');
    await expect.poll(async () => JSON.stringify(await svgFills(page)), POLL).not.toBe(JSON.stringify(before));
    const { classes, missing } = await legendCounts(page);
    expect(classes.reduce((a, b) => a + b, 0) + (missing ?? 0)).toBe(COMMUNE_COUNT);
  });

  it('still starts DuckDB and raises no page error', async () => {
    await page.waitForSelector('[data-testid=duckdb-status][data-state=ready]', { state: 'attached', timeout: 60_000 });
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    const unexpected = rec.consoleErrors.filter((m) => !/create-map|ERR_BLOCKED_BY_CLIENT|Failed to fetch dynamically imported module/i.test(m));
    expect(unexpected, describeRecorder(rec)).toEqual([]);
  });
});

describe('when a lazily loaded view cannot be fetched', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    ({ context, page, rec } = await openAppSession(browser, baseUrl, {
      beforeNavigate: async (p) => {
        await p.route('**/assets/ComparePage-*.js', (route) => route.abort('blockedbyclient'));
      },
    }));
    await waitForSvgFirstPaint(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('says so in French on that page, and the other pages keep working', async () => {
    await page.click('[data-testid=nav-comparer]');
    const alert = page.locator('section.page-full [role=alert]');
    await expect.poll(() => alert.count(), POLL).toBe(1);
    expect(await alert.innerText()).toMatch(/^Une partie de l’application n’a pas pu être chargée \(.+\)\. Rechargez la page/);
    await page.click('[data-testid=nav-carte]');
    const before = await page.locator('[data-testid=legend]').innerText();
    const current = await page.locator(SELECT).inputValue();
    const ids = await page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption(SELECT, ids.find((id) => id !== current) ?? '');
    await expect.poll(() => page.locator('[data-testid=legend]').innerText(), POLL).not.toBe(before);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
  });
});

describe('when the application script itself cannot load', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openAppSession(browser, baseUrl, {
      beforeNavigate: async (p) => {
        await p.route('**/assets/index-*.js', (route) => route.abort('blockedbyclient'));
      },
    }));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('keeps the static header and replaces « Chargement de la carte… » by a French alert', async () => {
    const alert = page.locator('.shell-loading[role=alert]');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await alert.getAttribute('data-boot-failure')).toBe('script');
    expect(await alert.innerText()).toMatch(/^L’application n’a pas pu se charger : un de ses fichiers est introuvable ou bloqué\./);
    expect(await page.locator('h1').innerText()).toBe('Observatoire des solidarités du Loir-et-Cher');
    expect(await page.evaluate(() => document.documentElement.dataset.appStarted ?? null)).toBeNull();
  });
});
