// "Vos données" on the index page, on the production build in headless Chromium: a good CSV from
// tests/fixtures/upload is validated and loaded into the page's DuckDB, shown on the map (layer
// choice), in the commune fiche and offered to the index; a broken file then shows its line number
// in an alert while the previous upload, the map and the fiche stay as they were; removing works.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';
import { featureState, interiorPoint } from './support/map-probe';

const baseUrl = inject('baseUrl');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/upload');
const POLL = { timeout: 15_000 } as const;
/** The first upload starts DuckDB (~35 MB of wasm) if it is not running yet. */
const ENGINE = { timeout: 60_000 } as const;
const SOURCE = 'composite-communes';
const COLUMN = 'import:part_rsa';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let rec: AppRecorder;

async function openIndexPage(p: Page): Promise<void> {
  await p.click('[data-testid=nav-indice]');
  await p.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 30_000 });
}

const entries = (p: Page) => p.locator('[data-testid=upload-entry]').count();

beforeAll(async () => {
  browser = await launchChromium();
  context = await newAppContext(browser);
  page = await context.newPage();
  rec = await openApp(page, baseUrl);
  await waitForFirstPaint(page, 30_000, rec);
  await openIndexPage(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('bring your own data', () => {
  it('states the size limit and that the data stays in the browser, before any upload', async () => {
    const section = await page.locator('[data-testid=upload-section]').innerText();
    expect(section).toContain('Vos données ne quittent pas ce navigateur.');
    expect(section).toMatch(/Taille maximale : 5 Mo/);
    // the file input has a label (keyboard operable, named)
    const name = await page.locator('[data-testid=upload-file]').evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(name).toMatch(/choisissez un fichier/);
  });

  it('loads a good CSV: values on the map layer, in the index picker and in the fiche', async () => {
    // codgeo,libgeo,rsa_2024,part_rsa — Blois 1234 / 7.5, Romorantin 789 / 8.25, Mer 45 / 3.0
    await page.setInputFiles('[data-testid=upload-file]', resolve(FIXTURES, 'good-comma-point.csv'));
    await page.waitForSelector('[data-testid=upload-entry]', ENGINE);
    expect(await page.locator('[data-testid=upload-column]').evaluateAll((li) => li.map((l) => l.getAttribute('data-id')))).toEqual([
      'import:rsa_2024',
      COLUMN,
    ]);
    expect(await page.locator('[data-testid=upload-notice]').innerText()).toContain('good-comma-point.csv');

    await page.check(`[data-testid="upload-layer-${COLUMN}"]`);
    await page.waitForSelector(`[data-testid=composite-legend][data-layer="${COLUMN}"][data-drawn=yes]`, POLL);
    expect(await featureState(page, SOURCE, '41018')).toMatchObject({ v: 7.5 });
    expect(await featureState(page, SOURCE, '41194')).toMatchObject({ v: 8.25 });
    // a commune absent from the file has no value: hatched, never 0
    expect(await featureState(page, SOURCE, '41269')).toMatchObject({ cls: -1, v: null });
    expect(await page.getAttribute('[data-testid=composite-legend-missing]', 'data-count')).toBe('264');

    // offered to the index as an indicator whose direction the user chooses
    await page.click('[data-testid=composite-picker]');
    await page.check(`[data-testid="composite-pick-${COLUMN}"]`);
    await page.waitForSelector(`[data-testid=composite-indicator][data-id="${COLUMN}"]`, POLL);
    expect(await page.locator(`[data-testid="composite-direction-${COLUMN}"]`).count()).toBe(1);
    // only 3 communes have a value: the others are listed as not ranked
    await expect.poll(() => page.getAttribute('[data-testid=composite-summary]', 'data-ranked'), POLL).toBe('3');
    await page.click(`[data-testid="composite-remove-${COLUMN}"]`);
    await expect.poll(() => page.getAttribute('[data-testid=composite-summary]', 'data-ranked'), POLL).not.toBe('3');

    // the commune fiche, from the map: click Blois, then « open the fiche »
    const point = await interiorPoint(page, 'composite-communes-fill', '41018');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForSelector('[data-testid=composite-card][data-code="41018"]', POLL);
    expect(await page.locator(`[data-testid=composite-card-upload][data-id="${COLUMN}"]`).innerText()).toContain('7,5');
    await page.click('[data-testid=composite-card] button.open');
    await page.waitForSelector('[data-testid=commune-fiche][data-code="41018"]', POLL);
    const row = page.locator(`[data-testid=fiche-upload-row][data-id="${COLUMN}"]`);
    expect(await row.getAttribute('data-value')).toBe('7.5');
    expect(await row.innerText()).toContain('7,5');
    expect(await page.locator('[data-testid=fiche-uploads] h3').innerText()).toBe('Vos données (restent dans ce navigateur)');
    await page.keyboard.press('Escape');
    await openIndexPage(page);
  });

  it('a broken file shows the offending line, and leaves the previous upload, its values and the map intact', async () => {
    await page.setInputFiles('[data-testid=upload-file]', resolve(FIXTURES, 'non-numeric.csv'));
    const alert = page.locator('[data-testid=upload-errors]');
    await alert.waitFor(ENGINE);
    expect(await alert.getAttribute('role')).toBe('alert');
    const text = await alert.innerText();
    expect(text).toContain('non-numeric.csv');
    expect(text).toContain("Ligne 14, colonne rsa : « 12a » n'est pas un nombre.");
    expect(text).toContain('Les données déjà importées et la carte restent inchangées.');

    expect(await entries(page)).toBe(1);
    await page.waitForSelector(`[data-testid=composite-legend][data-layer="${COLUMN}"][data-drawn=yes]`, POLL);
    expect(await featureState(page, SOURCE, '41018')).toMatchObject({ v: 7.5 });
    expect(await page.getAttribute('[data-testid=composite-legend-missing]', 'data-count')).toBe('264');
    expect(await page.locator(`[data-testid=composite-card-upload][data-id="${COLUMN}"]`).innerText()).toContain('7,5');
  });

  it('also takes a pasted table, and removes an upload everywhere', async () => {
    await page.click('[data-testid=upload-section] details.paste summary');
    await page.fill('[data-testid=upload-paste]', 'code;score_local\n41018;2,5\n41269;4\n');
    await page.click('[data-testid=upload-paste-submit]');
    await expect.poll(() => entries(page), ENGINE).toBe(2);
    await page.check('[data-testid="upload-layer-import:score_local"]');
    await page.waitForSelector('[data-testid=composite-legend][data-layer="import:score_local"][data-drawn=yes]', POLL);
    expect(await featureState(page, SOURCE, '41269')).toMatchObject({ v: 4 });

    // removing the shown upload puts the index back on the map
    await page.locator('[data-testid=upload-entry]').nth(1).locator('[data-testid=upload-remove]').click();
    await expect.poll(() => entries(page), POLL).toBe(1);
    await page.waitForSelector('[data-testid=composite-legend][data-layer="index"][data-drawn=yes]', POLL);
    await page.locator('[data-testid=upload-remove]').click();
    await expect.poll(() => entries(page), POLL).toBe(0);
  });

  it('raised no console error, page error or foreign request', () => {
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
  });
});
