// Presentation mode on the production build: slides saved from views, played full screen with the
// keyboard, reordered, deleted, kept in localStorage, exported and imported; the access before/after pair.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const POLL = { timeout: 15_000 } as const;
const SELECT = '[data-testid=indicator-select]';
const DIALOG = '[data-testid=slides-dialog]';
const ITEMS = '[data-testid=slides-item]';
const PRESENT = '[data-testid=present-mode]';
const TITLE = '[data-testid=present-title]';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function expectClean(rec: AppRecorder): void {
  expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
  expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
  expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
}

async function optionLabel(page: Page, id: string): Promise<string> {
  return (await page.locator(`${SELECT} option[value="${id}"]`).innerText()).trim();
}

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-testid=present-button]');
  await page.locator(DIALOG).waitFor({ state: 'visible' });
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(DIALOG).waitFor({ state: 'detached' });
}

async function addView(page: Page): Promise<void> {
  await openDialog(page);
  const before = await page.locator(ITEMS).count();
  await page.click('[data-testid=slides-add]');
  await expect.poll(() => page.locator(ITEMS).count(), POLL).toBe(before + 1);
  await closeDialog(page);
}

describe('presentation mode', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;
  const ids = ['taux-pauvrete', 'densite'] as const;
  const labels: string[] = [];

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page, 30_000, rec);
    for (const id of ids) labels.push(await optionLabel(page, id));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('adds two views as slides', async () => {
    await page.selectOption(SELECT, ids[0]);
    await addView(page);
    await page.selectOption(SELECT, ids[1]);
    await page.selectOption('[data-testid=class-count-select]', '7');
    await addView(page);
    await openDialog(page);
    expect(await page.locator(ITEMS).allInnerTexts()).toEqual([expect.stringContaining(labels[0] ?? '?'), expect.stringContaining(labels[1] ?? '?')]);
  });

  it('enters, moves to the next slide with →, and leaves with Escape', async () => {
    await page.click('[data-testid=present-start]');
    const present = page.locator(PRESENT);
    await present.waitFor({ state: 'visible' });
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe(labels[0]);
    // full screen, or the same layout filling the window: the header and the panel are gone
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('present-mode');
    expect(await page.locator('[data-testid=present-legend]').innerText()).toMatch(/\d/);
    expect(await page.locator('[data-testid=present-source]').innerText()).toMatch(/INSEE/);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe(labels[1]);
    expect(await page.locator(PRESENT).getAttribute('data-slide')).toBe('2');
    await expect.poll(() => page.locator('[data-testid=present-announce]').innerText(), POLL).toContain(`Diapositive 2 sur 2 : ${labels[1]}`);
    await expect.poll(() => page.locator('[data-testid=present-legend-class]').count(), POLL).toBe(7);
    // the slide is its permalink
    expect(await page.evaluate(() => location.hash)).toContain('classes=7');

    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe(labels[0]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe(labels[1]);

    await page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('present-button');
    // back to the view from before the presentation
    expect(await page.locator(SELECT).inputValue()).toBe(ids[1]);
  });

  it('reorders and deletes slides, kept across a reload', async () => {
    await openDialog(page);
    await page.click(`${ITEMS} >> nth=1 >> button[data-action=up]`);
    await expect.poll(() => page.locator(`${ITEMS} >> nth=0`).innerText(), POLL).toContain(labels[1]);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForFirstPaint(page, 30_000, rec);
    await openDialog(page);
    expect(await page.locator(ITEMS).count()).toBe(2);
    expect(await page.locator(`${ITEMS} >> nth=0`).innerText()).toContain(labels[1]);
    await page.click(`${ITEMS} >> nth=0 >> button[data-action=remove]`);
    await expect.poll(() => page.locator(ITEMS).count(), POLL).toBe(1);
    expect(await page.locator('[data-testid=slides-message]').innerText()).toMatch(/supprimée/);
    await closeDialog(page);
  });

  it('exports and imports the deck as JSON, skipping invalid slides', async () => {
    await openDialog(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=slides-export]')]);
    const path = await download.path();
    const deck = JSON.parse(readFileSync(path, 'utf8')) as { format: string; slides: { title: string; hash: string }[] };
    expect(deck.format).toBe('obs41-diapositives');
    expect(deck.slides).toHaveLength(1);

    const crafted = {
      ...deck,
      slides: [
        ...deck.slides,
        { title: '<img src=x onerror=alert(1)>', hash: 'indicateur=densite&classes=3' },
        { title: 'pas un lien', hash: 'panel' },
        { title: 42, hash: 'page=acces' },
      ],
    };
    await page.setInputFiles('[data-testid=slides-import]', {
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(crafted)),
    });
    await expect.poll(() => page.locator(ITEMS).count(), POLL).toBe(3);
    expect(await page.locator('[data-testid=slides-message]').innerText()).toMatch(/2 diapositive\(s\) importée\(s\) ; 2 ignorée\(s\)/);
    expect(await page.locator(`${ITEMS} >> nth=2`).innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);

    await page.setInputFiles('[data-testid=slides-import]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    await expect.poll(() => page.locator(`${DIALOG} [role=alert]`).innerText(), POLL).toMatch(/JSON valide/);
    await closeDialog(page);
  });

  it('logged no error', () => expectClean(rec));
});

describe('access before / after', () => {
  it('plays the plan of the 12 MDS, then the current scenario', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    const rec = await openApp(page, `${baseUrl}#page=acces&acces-ajout=C-41018,C-99999&acces-nom=Test%20avant-apr%C3%A8s&acces-minutes=25`);
    await waitForFirstPaint(page, 30_000, rec);
    await page.locator('[data-testid=access-site-list]').waitFor({ state: 'visible', timeout: 30_000 });
    // the unknown site was dropped with a notice, the rest of the scenario kept
    await expect.poll(() => page.locator('[data-testid=permalink-notice]').innerText(), POLL).toContain('C-99999');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe('#page=acces&acces-nom=Test%20avant-apr%C3%A8s&acces-ajout=C-41018&acces-minutes=25');
    expect(await page.locator('[data-testid=access-threshold]').inputValue()).toBe('25');

    await openDialog(page);
    await page.click('[data-testid=slides-add-before-after]');
    await expect.poll(() => page.locator(ITEMS).count(), POLL).toBe(2);
    expect(await page.locator(ITEMS).allInnerTexts()).toEqual([
      expect.stringContaining('Avant : Plan du département (12 MDS)'),
      expect.stringContaining('Après : Test avant-après'),
    ]);
    await page.click('[data-testid=present-start]');
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe('Accès aux MDS : Plan du département (12 MDS)');
    const before = await page.locator('[data-testid=present-figure]').innerText();
    expect(before).toMatch(/25 min/);
    await page.click('[data-testid=present-next]');
    await expect.poll(() => page.locator(TITLE).innerText(), POLL).toBe('Accès aux MDS : Test avant-après');
    await expect.poll(() => page.locator('[data-testid=present-figure]').innerText(), POLL).not.toBe(before);
    await page.click('[data-testid=present-exit]');
    await page.locator(PRESENT).waitFor({ state: 'detached' });
    expectClean(rec);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('does not animate slide changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const rec = await openApp(page, `${baseUrl}#indicateur=densite`);
    await waitForFirstPaint(page, 30_000, rec);
    await openDialog(page);
    await page.click('[data-testid=present-start]');
    await page.locator(TITLE).waitFor({ state: 'visible' });
    expect(await page.locator(TITLE).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.keyboard.press('Escape');
    await page.locator(PRESENT).waitFor({ state: 'detached' });
    expectClean(rec);
    await context.close();
  });
});
