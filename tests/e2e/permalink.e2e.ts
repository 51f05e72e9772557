// Permalinks on the production build under a sub-path: a link reproduces its view, back / forward
// walk through views, a hostile link loads as text-only notices, and the share button.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  describeRecorder,
  launchChromium,
  newAppContext,
  openApp,
  waitForDuckdbReady,
  waitForFirstPaint,
  type AppRecorder,
} from './support/browser';

const baseUrl = inject('baseUrl');
const POLL = { timeout: 15_000 } as const;
const SELECT = '[data-testid=indicator-select]';
const FICHE = '[data-testid=commune-fiche]';
const NOTICE = '[data-testid=permalink-notice]';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The hash of the page's URL, without `#`, as a map (decoded). */
async function hashParams(page: Page): Promise<Map<string, string>> {
  const hash = await page.evaluate(() => location.hash.slice(1));
  return new Map(
    hash === ''
      ? []
      : hash.split('&').map((p) => {
          const [k = '', v = ''] = p.split('=');
          return [k, decodeURIComponent(v)] as [string, string];
        }),
  );
}

async function open(context: BrowserContext, hash: string): Promise<{ page: Page; rec: AppRecorder }> {
  const page = await context.newPage();
  const rec = await openApp(page, `${baseUrl}${hash}`);
  await waitForFirstPaint(page, 30_000, rec);
  return { page, rec };
}

function expectClean(rec: AppRecorder): void {
  expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
  expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
  expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
}

describe('opening a permalink', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    ({ page, rec } = await open(
      context,
      '#page=carte&indicateur=part-75-plus&niveau=epci&methode=jenks&classes=4&commune=41018&fiche=41018&carte=1.3350,47.5862,8.50',
    ));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the indicator, level, method and classes of the link', async () => {
    await expect.poll(() => page.locator(SELECT).inputValue(), POLL).toBe('part-75-plus');
    expect(await page.locator('[data-testid=nav-carte]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('[data-testid=method-select]').inputValue()).toBe('jenks');
    expect(await page.locator('[data-testid=class-count-select]').inputValue()).toBe('4');
    expect(await page.locator('[data-testid=level-epci]').isChecked()).toBe(true);
    // EPCI values come from DuckDB: the legend switches level once it is ready
    await waitForDuckdbReady(page);
    await expect.poll(() => page.locator('[data-testid=legend]').getAttribute('data-level'), POLL).toBe('epci');
    await expect.poll(() => page.locator('[data-testid=legend-class]').count(), POLL).toBe(4);
    expect(await page.locator('[data-testid=legend-method]').innerText()).toMatch(/Jenks/);
    expect(await page.locator('[data-testid=legend]').innerText()).toMatch(/75 ans/i);
  });

  it('opens the fiche and selects the commune of the link', async () => {
    const fiche = page.locator(FICHE);
    await fiche.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await fiche.getAttribute('data-code')).toBe('41018');
    expect(await page.locator('#fiche-title').innerText()).toBe('Blois');
    expect(await page.locator('[data-testid=commune-select]').inputValue()).toBe('41018');
  });

  it('puts the map where the link says', async () => {
    const camera = await page.evaluate(() => {
      const map = window.__map;
      if (!map) return null;
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    });
    expect(camera).not.toBeNull();
    expect(camera?.lon ?? 0).toBeCloseTo(1.335, 4);
    expect(camera?.lat ?? 0).toBeCloseTo(47.5862, 4);
    expect(camera?.zoom ?? 0).toBeCloseTo(8.5, 2);
  });

  it('keeps the link (normalised) in the address bar, with no notice', async () => {
    const params = await hashParams(page);
    expect(Object.fromEntries(params)).toEqual({
      indicateur: 'part-75-plus',
      niveau: 'epci',
      methode: 'jenks',
      classes: '4',
      commune: '41018',
      fiche: '41018',
      carte: '1.3350,47.5862,8.50',
    });
    expect(await page.locator(NOTICE).count()).toBe(0);
  });

  it('opens the comparison page of a link with its sort', async () => {
    const other = await context.newPage();
    const r = await openApp(other, `${baseUrl}#page=comparer&indicateur=part-75-plus&tri=value-desc`);
    await other.locator('[data-testid=compare-page]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await other.locator('[data-testid=nav-comparer]').getAttribute('aria-current')).toBe('page');
    await expect.poll(() => other.locator('[data-testid=compare-page]').getAttribute('data-indicator'), POLL).toBe('part-75-plus');
    const sorted = other.locator('[data-testid=commune-ranking] th[aria-sort=descending]');
    await expect.poll(() => sorted.count(), POLL).toBe(1);
    expectClean(r);
    await other.close();
  });

  it('opens in the language and on the page of the link', async () => {
    const other = await context.newPage();
    const r = await openApp(other, `${baseUrl}#page=mobilite&lang=en`);
    await waitForFirstPaint(other, 30_000, r);
    await expect.poll(() => other.evaluate(() => document.documentElement.lang), POLL).toBe('en');
    expect(await other.locator('[data-testid=nav-mobilite]').getAttribute('aria-current')).toBe('page');
    expect(await other.locator('[data-testid=nav-mobilite]').innerText()).toBe('Mobility');
    expectClean(r);
    await other.close();
  });

  it('logged no error', () => expectClean(rec));
});

describe('back and forward', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    ({ page, rec } = await open(context, ''));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('walks back and forward through indicator, method and page changes', async () => {
    const start = await page.locator(SELECT).inputValue();
    const target = start === 'part-75-plus' ? 'densite' : 'part-75-plus';
    expect(await page.evaluate(() => location.hash)).toBe('');

    await page.selectOption(SELECT, target);
    await expect.poll(() => hashParams(page).then((p) => p.get('indicateur')), POLL).toBe(target);
    await page.selectOption('[data-testid=method-select]', 'equal-interval');
    await expect.poll(() => hashParams(page).then((p) => p.get('methode')), POLL).toBe('equal-interval');
    await page.click('[data-testid=nav-comparer]');
    await expect.poll(() => hashParams(page).then((p) => p.get('page')), POLL).toBe('comparer');
    expect(await page.evaluate(() => history.length)).toBeGreaterThanOrEqual(4);

    await page.goBack();
    await expect.poll(() => page.locator('[data-testid=nav-carte]').getAttribute('aria-current'), POLL).toBe('page');
    expect(await page.locator('[data-testid=method-select]').inputValue()).toBe('equal-interval');

    await page.goBack();
    await expect.poll(() => page.locator('[data-testid=method-select]').inputValue(), POLL).toBe('quantile');
    expect(await page.locator(SELECT).inputValue()).toBe(target);

    await page.goBack();
    await expect.poll(() => page.locator(SELECT).inputValue(), POLL).toBe(start);

    await page.goForward();
    await expect.poll(() => page.locator(SELECT).inputValue(), POLL).toBe(target);
    await page.goForward();
    await expect.poll(() => page.locator('[data-testid=method-select]').inputValue(), POLL).toBe('equal-interval');
    await page.goForward();
    await expect.poll(() => page.locator('[data-testid=nav-comparer]').getAttribute('aria-current'), POLL).toBe('page');
    expect(await page.locator(NOTICE).count()).toBe(0);

    // a reload reproduces the view from the URL alone
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid=compare-page]').waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid=compare-page]').getAttribute('data-indicator'), POLL).toBe(target);
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => page.locator('[data-testid=method-select]').inputValue(), POLL).toBe('equal-interval');
    expect(await page.locator(SELECT).inputValue()).toBe(target);
  });

  it('records map moves without adding history entries', async () => {
    await page.click('[data-testid=nav-carte]');
    const before = await page.evaluate(() => history.length);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => hashParams(page).then((p) => p.get('carte') ?? ''), POLL).toMatch(/^-?\d+\.\d{4},\d+\.\d{4},\d+\.\d{2}$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('leaves in-page anchors alone', async () => {
    const hash = await page.evaluate(() => location.hash);
    await page.evaluate(() => (location.hash = '#panel'));
    await page.waitForTimeout(300);
    expect(await page.locator(NOTICE).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe(hash);
  });

  it('logged no error', () => expectClean(rec));
});

describe('hostile and broken links', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await newAppContext(browser);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('loads an HTML-injection link with a text-only notice and nothing injected', async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const rec = await openApp(page, `${baseUrl}#indicateur=<img src=x onerror=alert(1)>&classes=999`);
    await waitForFirstPaint(page, 30_000, rec);

    const notice = page.locator(NOTICE);
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await notice.innerText();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('999');
    expect(text).toContain('classes');
    expect(await page.locator(`${NOTICE} img, img[src="x"], [onerror]`).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.locator('.notice-region').getAttribute('role')).toBe('status');

    // defaults instead, and the bad parameters are gone from the address bar
    expect(await page.locator('[data-testid=class-count-select]').inputValue()).toBe('5');
    expect((await page.locator(SELECT).inputValue()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.hash)).toBe('');

    await page.click('[data-testid=permalink-notice-dismiss]');
    await expect.poll(() => notice.count(), POLL).toBe(0);
    expect(dialogs).toEqual([]);
    expectClean(rec);
    await page.close();
  });

  it('survives truncated encoding, huge values, repeated and unknown keys', async () => {
    const page = await context.newPage();
    const hash = `#page=acces&page=comparer&indicateur=%E2%8&classes=NaN&carte=1e999,NaN,-4&javascript:alert(1)=1&acces-ajout=${'C-41018,'.repeat(400)}&tri=${'x'.repeat(10_000)}`;
    const rec = await openApp(page, `${baseUrl}${hash}`);
    await waitForFirstPaint(page, 30_000, rec);
    await page.locator(NOTICE).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('[data-testid=nav-acces]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('[data-testid=permalink-notice-item]').count()).toBeGreaterThan(0);
    expectClean(rec);
    await page.close();
  });
});

describe('share button', () => {
  it('copies the permalink to the clipboard', async () => {
    const context = await newAppContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const { page, rec } = await open(context, '#indicateur=densite&classes=6');
    await page.click('[data-testid=share-button]');
    await expect.poll(() => page.locator('[data-testid=share-status]').innerText(), POLL).toMatch(/copié/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('#indicateur=densite&classes=6');
    expectClean(rec);
    await context.close();
  });

  it('falls back to a selected read-only field without the Clipboard API', async () => {
    const context = await newAppContext(browser);
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const { page, rec } = await open(context, '#page=acces');
    await page.click('[data-testid=share-button]');
    const field = page.locator('[data-testid=share-field]');
    await field.waitFor({ state: 'visible' });
    expect(await field.inputValue()).toBe(page.url());
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-field');
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).selectionEnd)).toBeTruthy();
    expectClean(rec);
    await context.close();
  });
});
