// Commune search (WAI-ARIA combobox) and commune fiche, on the production build under a sub-path.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  describeRecorder,
  launchChromium,
  newAppContext,
  openApp,
  waitForDuckdbReady,
  type AppRecorder,
} from './support/browser';

const baseUrl = inject('baseUrl');
const dist = resolve(import.meta.dirname, '../..', process.env.OBS41_DIST ?? 'dist');
const searchFile = join(dist, 'data/communes-search.json');
const formerNames = new Set(
  existsSync(searchFile)
    ? (JSON.parse(readFileSync(searchFile, 'utf8')) as { former: [string, string, string][] }).former.map((f) => f[0])
    : [],
);
const irisGeo = JSON.parse(readFileSync(join(dist, 'data/iris.geojson'), 'utf8')) as {
  features: { properties: { commune: string } }[];
};

const SEARCH = '[data-testid=commune-search]';
const FICHE = '[data-testid=commune-fiche]';
const digits = (text: string) => text.replace(/\D/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('commune search and fiche', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;
  let search: Locator;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    search = page.locator(SEARCH);
    await search.waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function choose(query: string): Promise<void> {
    await search.fill('');
    await search.pressSequentially(query, { delay: 10 });
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).not.toBeNull();
    await search.press('Enter');
  }

  it('"vendome" + Enter opens the Vendôme fiche with its 2022 population, 15 566', async () => {
    await choose('vendome');
    const fiche = page.locator(`${FICHE}[data-code="41269"]`);
    await fiche.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await fiche.locator('h2').innerText()).toBe('Vendôme');
    const pop = fiche.locator('[data-testid=fiche-figure][data-indicator=population] td').first();
    await expect.poll(() => pop.innerText()).toMatch(/\d/);
    const text = await pop.innerText();
    expect(digits(text)).toBe('15566');
    expect(text).toContain('15\u202f566'); // fr-FR: narrow no-break space between thousands
    expect(await fiche.locator('[data-testid=population-2022]').innerText()).toMatch(/^15\u202f566 habitants en 2022$/);
    expect(await fiche.locator('[data-testid=population-2022]').getAttribute('data-value')).toBe('15566');
    // the combobox closed, the fiche took the focus, the map page is shown and the commune selected
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fiche-title');
    expect(await page.locator('[data-testid=nav-carte]').getAttribute('aria-current')).toBe('page');
    const select = page.locator('[data-testid=commune-select]');
    if ((await select.count()) === 1) expect(await select.inputValue()).toBe('41269');
  });

  it('every key figure carries its source and year, and withheld values read "secret statistique", never 0', async () => {
    const rows = page.locator(`${FICHE} [data-testid=fiche-figure]`);
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/INSEE|MedNum|IGN/);
    // Vendôme's poverty rate is published; a small commune's is not (Ambloy, 41001)
    await choose('ambloy');
    const fiche = page.locator(`${FICHE}[data-code="41001"]`);
    await fiche.waitFor({ state: 'visible' });
    const poverty = fiche.locator('[data-testid=fiche-figure][data-indicator=taux-pauvrete] td').first();
    await expect.poll(() => poverty.innerText()).toBe('secret statistique');
  });

  it('shows the estimated access, the station list and the département numbers once DuckDB is ready', async () => {
    await choose('vendome');
    await waitForDuckdbReady(page);
    const fiche = page.locator(`${FICHE}[data-code="41269"]`);
    const mds = fiche.locator('[data-testid=fiche-mds]');
    await mds.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await mds.innerText();
    expect(text).toContain('Vendôme');
    expect(text).toMatch(/≈ \d+\u00a0min \(estimation, erreur médiane \d+\u00a0%\)/);
    expect(await fiche.locator('[data-testid=fiche-stations]').innerText()).toMatch(/Vendôme.*segment [ABC]/s);
    const contacts = await fiche.locator('[data-testid=fiche-contacts]').innerText();
    expect(contacts).toContain('02 14 99 41 41');
    expect(contacts).toContain('02 54 58 43 79');
    // the method opens from a button
    const button = fiche.getByRole('button', { name: /Méthode d’estimation/ });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await fiche.locator('#fiche-method').innerText()).toMatch(/trajets réels/);
  });

  it('Blois: the IRIS map of digital fragility, one shape and one table row per IRIS', async () => {
    await choose('blois');
    const iris = page.locator(`${FICHE}[data-code="41018"] [data-testid=fiche-iris]`);
    await iris.waitFor({ state: 'visible', timeout: 30_000 });
    const expected = irisGeo.features.filter((f) => f.properties.commune === '41018').length;
    expect(expected).toBeGreaterThan(10);
    await expect.poll(() => iris.locator('svg path').count()).toBe(expected);
    expect(await iris.locator('tbody tr').count()).toBe(expected);
    expect(await iris.locator('svg').getAttribute('role')).toBe('img');
    // every path is drawn inside the viewBox (d3 winding handled: no polygon covers the whole drawing)
    const boxes = await iris.locator('svg path').evaluateAll((ps) => ps.map((p) => {
      const b = (p as SVGPathElement).getBBox();
      return { width: b.width, height: b.height };
    }));
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(0);
      expect(b.width).toBeLessThan(320);
    }
    expect(await iris.innerText()).toMatch(/édition 2020, données 2015-2016/);
  });

  it('arrow keys move the active option, Escape closes the list then clears the field', async () => {
    await search.fill('');
    await search.pressSequentially('saint', { delay: 10 });
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    const options = page.locator('#commune-search-listbox [role=option]');
    expect(await options.count()).toBeGreaterThan(2);
    const firstId = await options.nth(0).getAttribute('id');
    const secondId = await options.nth(1).getAttribute('id');
    expect(await search.getAttribute('aria-activedescendant')).toBe(firstId);
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(secondId);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await search.press('ArrowUp');
    expect(await search.getAttribute('aria-activedescendant')).toBe(firstId);
    await search.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await search.inputValue()).toBe('saint');
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
  });

  it('"st aignan" finds Saint-Aignan; a postcode lists its communes', async () => {
    await search.fill('');
    await search.pressSequentially('st aignan', { delay: 10 });
    const options = page.locator('#commune-search-listbox [role=option]');
    await expect.poll(() => options.first().getAttribute('data-code')).toBe('41198');
    await search.fill('');
    await search.pressSequentially('41000', { delay: 10 });
    await expect.poll(() => options.count()).toBe(5);
    expect(await options.first().innerText()).toMatch(/^Blois/);
    await search.press('Escape');
  });

  it('"Veuves", a former commune, leads to Veuzain-sur-Loire', async () => {
    await choose('Veuves');
    await page.locator(`${FICHE}[data-code="41167"]`).waitFor({ state: 'visible' });
    expect(await page.locator(`${FICHE} h2`).innerText()).toBe('Veuzain-sur-Loire');
  });

  // communes-search.json leaves out communes déléguées that kept their code (Onzain, Contres):
  // this runs once the data lists them (see the report on scripts/build-data.ts).
  it.skipIf(!formerNames.has('Onzain'))('"Onzain" leads to Veuzain-sur-Loire', async () => {
    await choose('Onzain');
    await page.locator(`${FICHE}[data-code="41167"]`).waitFor({ state: 'visible' });
    expect(await page.locator(`${FICHE} h2`).innerText()).toBe('Veuzain-sur-Loire');
  });

  it('Escape closes the fiche and gives the focus back', async () => {
    await choose('mer');
    const fiche = page.locator(`${FICHE}[data-code="41136"]`);
    await fiche.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await fiche.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commune-search');
  });

  it('logged no error and sent no request off the machine', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
  });
});
