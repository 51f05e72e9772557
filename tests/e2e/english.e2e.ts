// The English version on the production build (served under a sub-path), in headless Chromium:
// the language switch is remembered (localStorage) and carried by the permalink (`lang=en`); every
// page, the classification warnings and errors, the scenario import errors, the upload errors, the
// commune fiche and the exports (CSV, SVG map) show no French-only text; numbers use "." in English
// and "," in French.
//
// How French is told apart from data: the proper names of the shipped data (communes, EPCI,
// territories' place names, sites, stations, services, IRIS, sources' publishers and licences as
// they must be quoted) are taken from public/data and removed from the text first; what is left
// must not contain accented letters nor French function words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANG_STORAGE_KEY } from '../../src/state/lang-preference';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForDuckdbReady, waitForFirstPaint, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const DATA = resolve(import.meta.dirname, '../../public/data');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/upload');
const POLL = { timeout: 30_000 } as const;
const PAGES = ['carte', 'comparer', 'indice', 'acces', 'mobilite', 'donnees'] as const;

// ---- Proper names of the data, from the shipped files (no app code) ----

function dataNames(): string[] {
  const names = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') for (const part of v.split(/\s*[;|]\s*/)) if (part.length >= 2) names.add(part.trim());
  };
  const json = (file: string) => JSON.parse(readFileSync(resolve(DATA, file), 'utf8')) as unknown;
  const arrow = (file: string, columns: string[]) => {
    const table = tableFromIPC(readFileSync(resolve(DATA, file)));
    for (const c of columns) {
      const col = table.getChild(c);
      if (col) for (let i = 0; i < table.numRows; i++) add(col.get(i));
    }
  };
  const stats = json('commune-stats.json') as { columns: { nom: string[] } };
  stats.columns.nom.forEach(add);
  arrow('communes.arrow', ['nom', 'epci_nom', 'arr_nom']);
  arrow('sites.arrow', ['nom', 'commune']);
  arrow('stops.arrow', ['name', 'commune', 'network', 'lines']);
  arrow('services.arrow', ['nom', 'commune']);
  arrow('iris.arrow', ['nom']);
  arrow('mobility-iris.arrow', ['nom']);
  arrow('mobility.arrow', ['gare_nom', 'bus_reseau']);
  const search = json('communes-search.json') as { former?: unknown };
  JSON.stringify(search.former ?? [], (_k, v: unknown) => (add(v), v));
  for (const f of ['epci.geojson', 'territoires.geojson']) {
    const fc = json(f) as { features: { properties: Record<string, unknown> }[] };
    for (const feature of fc.features) Object.values(feature.properties).forEach(add);
  }
  // sources: publishers and licences are quoted as published (attribution), in French
  const sources = json('sources.json') as { sources: { publisher?: string; licence?: string; url?: string; urls?: string[] }[] };
  for (const s of sources.sources) [s.publisher, s.licence, s.url, ...(s.urls ?? [])].forEach(add);
  // bridges of the Loire (method of travel times)
  JSON.stringify((json('access-model.json') as { loire?: unknown }).loire ?? null, (_k, v: unknown) => (add(v), v));
  // French words English uses on purpose: names of institutions, the language's own name
  [
    'Observatoire des solidarités du Loir-et-Cher',
    'Observatoire des solidarités',
    'Conseil départemental de Loir-et-Cher',
    'Conseil départemental',
    'maisons départementales des solidarités',
    'Maison départementale des solidarités',
    'départemental',
    'Départements',
    'départements',
    'Département',
    'département',
    'Vendômois',
    'Rémi',
    'Français',
  ].forEach(add);
  // longest first, so that "La Chapelle-Vendômoise" goes before "Vendôme"
  return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
}

const NAMES = dataNames();

/** Tell-tale French: accented letters, French quotes and spacing, words that are not English. */
const FRENCH: RegExp[] = [
  /[àâçéèêëîïôûùœ«»]/i,
  /\S[\u00a0\u202f ][:;!?](?=\s|$)/, // "Source : …", "valeur ; …"
  // whole words only: "Loir-et-Cher" is a name, not "et"
  /(?<![\w-])(le|la|les|des|du|une|pour|avec|sans|dans|sur|aux|est|sont|ou|et|aucun|aucune|donnée|données|valeurs?|seuils?|reçu|habitants|hab\.|communes? sans|carte|fiche|territoire|moyen|moyenne|chargement|télécharger|classes au lieu)(?![\w-])/i,
];

/** Lines of `text` that still look French once the data names are removed. */
function frenchLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      let rest = line;
      for (const name of NAMES) if (rest.includes(name)) rest = rest.split(name).join(' ');
      return FRENCH.some((re) => re.test(rest));
    });
}

function expectEnglish(text: string, where: string): void {
  const bad = frenchLines(text);
  expect(bad, `${where}: French-only text\n${bad.slice(0, 20).join('\n')}`).toEqual([]);
}

/** What the reader sees (visible text) plus the accessible names and hints of the controls. */
async function visibleText(page: Page, selector = 'body'): Promise<string> {
  return page.locator(selector).first().evaluate((root) => {
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'];
    const hints = [...root.querySelectorAll('*')]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'svg')
      // MapLibre's controls: checked by their own test below
      .filter((el) => !el.closest('.maplibregl-ctrl, .maplibregl-canvas-container'))
      .flatMap((el) => attrs.map((a) => el.getAttribute(a) ?? ''))
      .filter((v) => v !== '');
    return `${(root as HTMLElement).innerText}\n${hints.join('\n')}`;
  });
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', POLL), page.click(selector)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const hash = (page: Page) => page.evaluate(() => location.hash);

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
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('English version', () => {
  it('the data names are found (the French check has something to exclude)', () => {
    expect(NAMES).toContain('Vendôme');
    expect(NAMES).toContain('Blois');
    expect(NAMES.length).toBeGreaterThan(500);
  });

  it('starts in French, with "," as decimal mark in the legend', async () => {
    expect(await htmlLang(page)).toMatch(/^fr/);
    const reference = page.locator('[data-testid=legend-reference]');
    await expect.poll(() => reference.innerText(), POLL).toMatch(/\d,\d/);
    expect(await reference.innerText()).not.toMatch(/\d\.\d/);
  });

  it('switches to English: <html lang>, the permalink (lang=en) and the memory (localStorage)', async () => {
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
    expect(await page.locator('.lang button[lang=en]').getAttribute('aria-pressed')).toBe('true');
    // the title is the static page's own h1, adopted by the app's header: it follows the language
    // (the English texts are a chunk of their own: polled, they may come a few milliseconds later)
    await expect.poll(() => page.locator('h1').allInnerTexts(), POLL).toEqual(['Loir-et-Cher solidarity observatory']);
    await expect.poll(() => hash(page), POLL).toMatch(/(^#|&)lang=en(&|$)/);
    expect(await page.evaluate((key) => localStorage.getItem(key), LANG_STORAGE_KEY)).toBe('en');
    // numbers per language: "12.7%" in English
    const reference = page.locator('[data-testid=legend-reference]');
    await expect.poll(() => reference.innerText(), POLL).toMatch(/\d\.\d/);
    expect(await reference.innerText()).not.toMatch(/\d,\d/);
    const bounds = await page.locator('[data-testid=legend] [data-testid=legend-class] .bounds').allInnerTexts();
    expect(bounds.join(' ')).toMatch(/\d\.\d/);
  });

  it('is remembered: a new visit without any link opens in English, and its link says so', async () => {
    // the navigation's text when it first appears: English from the first render, never French
    // first (the English texts are loaded before the app mounts)
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const nav = document.querySelector('[data-testid=nav-carte]');
        if (!nav) return;
        (window as unknown as { firstNavText?: string }).firstNavText = nav.textContent ?? '';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await waitForFirstPaint(page, 30_000, rec);
    expect(await page.evaluate(() => (window as unknown as { firstNavText?: string }).firstNavText)).toBe('Fragility map');
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
    expect(await page.locator('[data-testid=nav-carte]').innerText()).not.toMatch(/Carte/);
    expect(await page.locator('.app-header .subtitle').innerText()).toBe('Fragility indicators for the 267 communes of the département');
    await expect.poll(() => hash(page), POLL).toMatch(/lang=en/);
  });

  it('a link in French wins over the memory, without changing it', async () => {
    await page.evaluate(() => (location.hash = '#lang=fr'));
    await expect.poll(() => htmlLang(page), POLL).toBe('fr');
    expect(await page.evaluate((key) => localStorage.getItem(key), LANG_STORAGE_KEY)).toBe('en');
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
  });

  it('shows every page without French-only text', async () => {
    const ready: Record<(typeof PAGES)[number], string> = {
      carte: '[data-testid=legend] [data-testid=legend-class]',
      comparer: '[data-testid=compare-page]',
      indice: '[data-testid=composite-panel][data-ready=yes]',
      acces: '[data-testid=access-beyond-nord][data-value]',
      mobilite: '[data-testid=mobility-panel][data-phase=ready]',
      donnees: '[data-testid=opendata-page]',
    };
    for (const p of PAGES) {
      await page.click(`[data-testid=nav-${p}]`);
      await page.waitForSelector(ready[p], { timeout: 45_000 });
      await page.waitForTimeout(500); // late parts (optional files, charts)
      expectEnglish(await visibleText(page), `page ${p}`);
      expect(await hash(page)).toMatch(/lang=en/);
    }
  }, 240_000);

  it('the map controls and canvas follow the language', async () => {
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('title')).toBe('Zoom out');
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).not.toMatch(/carte/i);
  });

  it('classification warnings and errors are in English, numbers with "."', async () => {
    await page.click('[data-testid=nav-carte]');
    await page.selectOption('[data-testid=method-select]', 'manual');
    const input = page.locator('[data-testid=manual-thresholds]');
    // a threshold outside the values: kept out with a warning
    await input.fill('2.5 ; 10 ; 500');
    await input.press('Enter');
    const warnings = page.locator('[data-testid=breaks-warnings]');
    await expect.poll(() => warnings.innerText(), POLL).toMatch(/Threshold 500 is outside the range of the values \(\d+(\.\d+)? to \d+\.\d+\)/);
    expectEnglish(await warnings.innerText(), 'classification warnings');
    // an unreadable threshold: refused with an error
    await input.fill('2.5 ; x');
    await input.press('Enter');
    const error = page.locator('[data-testid=manual-error]');
    await expect.poll(() => error.innerText(), POLL).toBe('Threshold no. 2 is not a valid number.');
    // switching language translates the message on screen
    await page.locator('.lang button[lang=fr]').click();
    await expect.poll(() => error.innerText(), POLL).toBe("Le seuil n° 2 n'est pas un nombre valide.");
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => error.innerText(), POLL).toBe('Threshold no. 2 is not a valid number.');
    await page.selectOption('[data-testid=method-select]', 'quantile');
  });

  it('the data table and its CSV export are in English', async () => {
    await page.click('[data-testid=table-toggle]');
    await page.waitForSelector('[data-testid=unit-table] tbody tr[data-code]');
    expectEnglish(await visibleText(page, '[data-testid=unit-table]'), 'data table');
    const csv = await download(page, '[data-testid=unit-table-csv]');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    const header = lines.find((l) => !l.startsWith('#')) ?? '';
    expect(header.split(',').slice(0, 3)).toEqual(['Code', 'Name', 'Territory']);
    // comments and header only: the rows hold data (names, values)
    expectEnglish(lines.filter((l) => l.startsWith('#')).concat(header).join('\n'), 'CSV export');
    await page.click('[data-testid=table-toggle]');
  });

  it('the SVG map export is in English (title, legend, notes, source)', async () => {
    const svg = await download(page, '[data-testid=export-svg]');
    const texts = [...svg.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
      (m[1] ?? '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    );
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.join('\n')).toMatch(/Source: /);
    expect(texts.join('\n')).toMatch(/\d\.\d/);
    expectEnglish(texts.join('\n'), 'SVG export');
  });

  it('the commune fiche is in English', async () => {
    const search = page.locator('[data-testid=commune-search]');
    await search.fill('');
    await search.pressSequentially('vendome', { delay: 10 });
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await search.press('Enter');
    const fiche = page.locator('[data-testid=commune-fiche][data-code="41269"]');
    await fiche.waitFor({ state: 'visible', timeout: 15_000 });
    await waitForDuckdbReady(page);
    await page.waitForTimeout(1_000); // the fiche's queries (services around, IRIS)
    expectEnglish(await visibleText(page, '[data-testid=commune-fiche]'), 'fiche');
    await page.keyboard.press('Escape');
  });

  it('scenario import errors are in English', async () => {
    await page.click('[data-testid=nav-acces]');
    await page.waitForSelector('[data-testid=access-import]', { state: 'attached', timeout: 45_000 });
    const bad = JSON.stringify({ name: '', added: ['nope'], removed: 'x', includePlanned: 1, thresholdMin: 500, extra: true });
    await page.setInputFiles('[data-testid=access-import]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const errors = page.locator('[data-testid=access-import-errors]');
    await expect.poll(() => errors.innerText(), POLL).toMatch(/Unknown property: “extra”/);
    const text = await errors.innerText();
    expect(text).toMatch(/“thresholdMin” must be between 1 and 120 minutes \(got 500\)/);
    expectEnglish(text, 'scenario import errors');
    await page.locator('.lang button[lang=fr]').click();
    await expect.poll(() => errors.innerText(), POLL).toMatch(/Propriété inconnue/);
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => errors.innerText(), POLL).toMatch(/Unknown property/);
  });

  it('upload (your data) errors are in English', async () => {
    await page.click('[data-testid=nav-indice]');
    await page.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 45_000 });
    await page.setInputFiles('[data-testid=upload-file]', resolve(FIXTURES, 'non-numeric.csv'));
    const errors = page.locator('[data-testid=upload-errors]');
    await errors.waitFor({ state: 'visible', timeout: 45_000 });
    expect(await errors.innerText()).toMatch(/is not a number/);
    expectEnglish(await errors.innerText(), 'upload errors');
  });

  it('the mobility list exports in English', async () => {
    await page.click('[data-testid=nav-mobilite]');
    await page.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', POLL);
    const csv = await download(page, '[data-testid=gap-csv]');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    const header = lines.find((l) => !l.startsWith('#')) ?? '';
    expectEnglish(lines.filter((l) => l.startsWith('#')).concat(header).join('\n'), 'mobility CSV');
  });

  it('mobility settings travel in the link', async () => {
    await page.locator('[data-testid=mobility-show-bus]').check();
    await expect.poll(() => hash(page), POLL).toMatch(/mobilite-bus=1/);
    const link = await page.evaluate(() => location.href);
    const other = await context.newPage();
    await other.goto(link, { waitUntil: 'domcontentloaded' });
    await other.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', POLL);
    expect(await other.locator('[data-testid=mobility-show-bus]').isChecked()).toBe(true);
    expect(await other.evaluate(() => document.documentElement.lang)).toBe('en');
    // a hostile value is dropped with a notice, in English
    await other.goto(`${baseUrl}#page=mobilite&lang=en&mobilite-services=mds:999&mobilite-gare=5`, { waitUntil: 'domcontentloaded' });
    await other.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', POLL);
    const item = other.locator('[data-testid=permalink-notice-item]').first();
    await expect.poll(() => item.innerText(), POLL).toBe('Value “mds:999” out of bounds for “mobilite-services” (1–60): ignored.');
    await expect.poll(() => other.evaluate(() => location.hash), POLL).toBe('#page=mobilite&lang=en&mobilite-gare=5');
    await other.close();
    await page.locator('[data-testid=mobility-show-bus]').uncheck();
  });

  it('logged no console error and no page error', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
  });
});

describe('English texts that cannot be loaded', () => {
  it('leave the app in French and working, with one logged error and no page error', async () => {
    const ctx = await newAppContext(browser);
    const p = await ctx.newPage();
    try {
      const r = await openApp(p, baseUrl, {
        beforeNavigate: async (q) => {
          await q.route('**/assets/en-*.js', (route) => route.abort());
        },
      });
      await waitForFirstPaint(p, 30_000, r);
      await p.locator('.lang button[lang=en]').click();
      await expect.poll(() => r.consoleErrors.some((m) => m.includes('English texts could not be loaded')), POLL).toBe(true);
      // the language goes back to French: texts, <html lang>, the switch and the link agree
      await expect.poll(() => htmlLang(p), POLL).toMatch(/^fr/);
      expect(await p.locator('h1').allInnerTexts()).toEqual(['Observatoire des solidarités du Loir-et-Cher']);
      expect(await p.locator('.lang button[lang=fr]').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => hash(p), POLL).not.toMatch(/lang=en/);
      // the rest of the app answers
      await p.locator('[data-testid=indicator-select]').selectOption({ index: 2 });
      await expect.poll(() => p.locator('[data-testid=legend-reference]').innerText(), POLL).toMatch(/\d/);
      expect(r.pageErrors, describeRecorder(r)).toEqual([]);
      // logged once, not at every text of every render
      expect(r.consoleErrors.filter((m) => m.includes('English texts could not be loaded'))).toHaveLength(1);
    } finally {
      await ctx.close();
    }
  });
});
