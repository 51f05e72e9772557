// Missing and corrupt data files, on the production build under a sub-path: every file the app
// fetches from public/data is answered once with HTTP 404 and once with a truncated copy of itself
// (an interrupted download: invalid JSON, unreadable Arrow IPC). For each, a French message names
// the file where the user looks for it, no uncaught error is raised, and the rest of the app keeps
// working (indicator choice, other pages).
//
// To keep the run short, files that fail independently are broken together in one page load
// (scenarios below), then every scenario is played a second time with the two failure modes swapped.
// Files read by the same loader (e.g. the three files of the access page, read with Promise.all)
// are in different scenarios, so that the file a message names is certain.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCESS_FILES } from '../../src/data/access-files';
import { OVERLAY_FILES } from '../../src/data/app-files';
import { TABLE_FILES } from '../../src/data/load-tables';
import { MOBILITY_FILES } from '../../src/data/mobility-files';
import { describeRecorder, launchChromium, newAppContext, openApp, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const DIST = resolve(import.meta.dirname, '../..', process.env.OBS41_DIST ?? 'dist');
const SELECT = '[data-testid=indicator-select]';
/** The engine (DuckDB) starts after the first paint, or 15 s after load when there is none. */
const SLOW = { timeout: 40_000 } as const;
const POLL = { timeout: 15_000 } as const;

type Mode = '404' | 'corrupt';
type AppPage = 'carte' | 'comparer' | 'indice' | 'acces' | 'mobilite' | 'donnees';

/** Where the failure of a file is reported, and how the message names it. */
interface Report {
  /** Page to open (`fiche`: the commune fiche of Blois, opened by the link). */
  page: AppPage | 'fiche';
  /** Element holding the message. */
  selector: string;
}

/**
 * Every file the app fetches (src/data/*-files.ts, load-tables.ts, fetch-data.ts callers), with
 * where its failure is reported. A file read by two pages is checked where it matters most.
 */
const PANEL: Report = { page: 'carte', selector: '[data-testid=data-alerts]' };
const REPORTS: Record<string, Report> = {
  // first paint (src/data/app-files.ts)
  'indicators.json': PANEL,
  'commune-stats.json': PANEL,
  'communes.geojson': PANEL,
  // overlays, sources and territory note (app-files.ts)
  ...Object.fromEntries(Object.values(OVERLAY_FILES).map((f) => [f, PANEL])),
  'sources.json': PANEL,
  'territoires.json': PANEL,
  // DuckDB tables (load-tables.ts)
  ...Object.fromEntries(Object.values(TABLE_FILES).map((f) => [f, PANEL])),
  // access page (access-files.ts); origins.arrow is a table too (panel, above)
  [ACCESS_FILES.sites]: { page: 'acces', selector: '[data-testid=access-panel] [role=alert]' },
  [ACCESS_FILES.model]: { page: 'acces', selector: '[data-testid=access-panel] [role=alert]' },
  // mobility page (mobility-files.ts): core files, then optional ones
  [MOBILITY_FILES.mobility]: { page: 'mobilite', selector: '[data-testid=mobility-panel] [role=alert]' },
  [MOBILITY_FILES.iris]: { page: 'mobilite', selector: '[data-testid=mobility-panel] .issues' },
  [MOBILITY_FILES.stops]: { page: 'mobilite', selector: '[data-testid=mobility-panel] .issues' },
  [MOBILITY_FILES.notes]: { page: 'mobilite', selector: '[data-testid=mobility-panel] .issues' },
  // open-data page (composite-files.ts and ui/opendata/load-opendata.ts: manifest.json)
  'manifest.json': { page: 'donnees', selector: '[data-testid=opendata-page] [role=alert]' },
  // search (state/fiche.svelte.ts) and the fiche's IRIS map
  'communes-search.json': { page: 'carte', selector: '[data-testid=commune-search-failed]' },
  'iris.geojson': { page: 'fiche', selector: '[data-testid=fiche-side-failed][data-file="iris.geojson"]' },
};

/**
 * French wording of each page's message for a file, whatever the failure: « X » est introuvable /
 * illisible (alerts), (X : HTTP 404) (access, mobility), « Fichier X indisponible » (open data)…
 */
function namesFile(file: string): RegExp {
  const f = file.replace(/[.]/g, '\\.');
  return new RegExp(
    [
      `« ${f} » est (introuvable|illisible)`, // data alerts
      `\\(${f} : `, // access and mobility pages
      `facultative indisponible : ${f} \\(`, // optional mobility files
      `Fichier ${f} indisponible : `, // open-data page
      `fichier « ${f} » n’a pas pu être chargé`, // fiche
      `La liste des communes n’a pas pu être chargée\\. \\(${f}\\)`, // search
    ].join('|'),
  );
}

interface Scenario {
  name: string;
  files: readonly string[];
  /** Hash of the link opened (e.g. the fiche of Blois). */
  hash?: string;
  /** The rest of the app still works. */
  works: (page: Page) => Promise<void>;
}

const indicatorStillChangesTheMap = async (page: Page) => {
  await go(page, 'carte');
  await page.waitForFunction(() => document.documentElement.dataset.firstPaint === 'done', undefined, SLOW);
  const legend = page.locator('[data-testid=legend]');
  const before = await legend.innerText();
  const current = await page.locator(SELECT).inputValue();
  const ids = await page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await page.selectOption(SELECT, ids.find((id) => id !== current) ?? '');
  await expect.poll(() => legend.innerText(), POLL).not.toBe(before);
};

const comparePageShowsValues = async (page: Page) => {
  await go(page, 'comparer');
  await expect.poll(() => page.getAttribute('[data-testid=compare-page]', 'data-source'), SLOW).toMatch(/^(sql|ts)$/);
};

const accessPageWorks = async (page: Page) => {
  await go(page, 'acces');
  await page.waitForSelector('[data-testid=access-panel][data-phase=ready]', SLOW);
  expect(await page.locator('[data-testid^=access-load-]').count()).toBeGreaterThan(0);
};

const mobilityPageWorks = async (page: Page) => {
  await go(page, 'mobilite');
  await page.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', SLOW);
  await expect.poll(() => page.locator('[data-testid=gap-row]').count(), POLL).toBeGreaterThan(0);
};

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'map layers, sources, territory note and DuckDB tables',
    files: [...Object.values(OVERLAY_FILES), 'sources.json', 'territoires.json', TABLE_FILES.communes, TABLE_FILES.stats, TABLE_FILES.services, TABLE_FILES.iris, TABLE_FILES.access],
    works: async (page) => {
      await indicatorStillChangesTheMap(page);
      await comparePageShowsValues(page);
    },
  },
  {
    name: 'the three files of the first paint',
    files: ['indicators.json', 'commune-stats.json', 'communes.geojson'],
    works: async (page) => {
      await accessPageWorks(page);
      await go(page, 'donnees');
      await page.waitForSelector('[data-testid=download-table]', SLOW);
    },
  },
  {
    name: 'page files: access sites, optional mobility files, manifest, search list, IRIS shapes',
    files: [ACCESS_FILES.sites, MOBILITY_FILES.iris, MOBILITY_FILES.stops, MOBILITY_FILES.notes, 'manifest.json', 'communes-search.json', 'iris.geojson'],
    hash: '#fiche=41018',
    works: async (page) => {
      await indicatorStillChangesTheMap(page);
      await mobilityPageWorks(page);
    },
  },
  {
    name: 'the travel-time model (access, mobility and fiche)',
    files: [ACCESS_FILES.model],
    works: async (page) => {
      await indicatorStillChangesTheMap(page);
      await comparePageShowsValues(page);
    },
  },
  {
    name: 'trip origins and mobility table',
    files: [TABLE_FILES.origins, MOBILITY_FILES.mobility],
    works: async (page) => {
      await indicatorStillChangesTheMap(page);
      await comparePageShowsValues(page);
    },
  },
];

/** A truncated copy of the shipped file: the first 60 % of its bytes (an interrupted download). */
function truncated(file: string): Buffer {
  const bytes = readFileSync(resolve(DIST, 'data', file));
  return bytes.subarray(0, Math.floor(bytes.length * 0.6));
}

async function go(page: Page, target: AppPage): Promise<void> {
  if ((await page.getAttribute(`[data-testid=nav-${target}]`, 'aria-current')) !== 'page') {
    await page.click(`[data-testid=nav-${target}]`);
  }
}

/** The message of `report`, once it names `file` (messages appear as files fail, in any order). */
async function messageFor(page: Page, report: Report, file: string): Promise<string> {
  const target: Locator = page.locator(report.selector).filter({ hasText: namesFile(file) });
  // A user's pointer moves meanwhile: MapLibre, then DuckDB, only load after a first input.
  const deadline = Date.now() + SLOW.timeout;
  let nudge = 0;
  while (!(await target.first().isVisible()) && Date.now() < deadline) {
    await page.mouse.move(2, 2 + (nudge++ % 2));
    await page.waitForTimeout(250);
  }
  await target.first().waitFor({ state: 'visible', timeout: 1_000 });
  return target.first().innerText();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('covers every data file the app fetches', () => {
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'data', 'manifest.json'), 'utf8')) as { files: { name: string }[] };
  const listed = SCENARIOS.flatMap((s) => s.files);
  expect(new Set(listed).size, 'each file in one scenario only').toBe(listed.length);
  expect(new Set(listed)).toEqual(new Set(Object.keys(REPORTS)));
  // every derived file (manifest.json lists them) plus the manifest itself
  expect(new Set(listed)).toEqual(new Set([...manifest.files.map((f) => f.name), 'manifest.json']));
});

for (const scenario of SCENARIOS) {
  for (const variant of [0, 1] as const) {
    // variant 0: even files missing, odd files truncated; variant 1: the other way round
    const modeOf = (i: number): Mode => ((i + variant) % 2 === 0 ? '404' : 'corrupt');
    const label = scenario.files.map((f, i) => `${f} ${modeOf(i)}`).join(', ');

    describe(`${scenario.name} (${variant === 0 ? 'A' : 'B'})`, () => {
      let context: BrowserContext;
      let page: Page;
      let rec: AppRecorder;

      beforeAll(async () => {
        context = await newAppContext(browser);
        page = await context.newPage();
        rec = await openApp(page, `${baseUrl}${scenario.hash ?? ''}`, {
          beforeNavigate: async (p) => {
            for (const [i, file] of scenario.files.entries()) {
              const mode = modeOf(i);
              const body = mode === 'corrupt' ? truncated(file) : null;
              // context routes also catch the workers' and the service worker's requests
              await p.context().route(`**/data/${file}`, (route) =>
                body === null
                  ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'introuvable' })
                  : route.fulfill({ status: 200, contentType: 'application/octet-stream', body }),
              );
            }
          },
        });
      });

      afterAll(async () => {
        await context?.close();
      });

      it(`names each file in French where it is used: ${label}`, async () => {
        // pages in a fixed order, so that each is opened once
        const order: Report['page'][] = ['fiche', 'carte', 'acces', 'mobilite', 'donnees'];
        const files = [...scenario.files].sort((a, b) => order.indexOf(REPORTS[a]!.page) - order.indexOf(REPORTS[b]!.page));
        for (const file of files) {
          const report = REPORTS[file]!;
          if (report.page === 'fiche') {
            await page.waitForSelector('[data-testid=commune-fiche][data-code="41018"]', SLOW);
          } else {
            await go(page, report.page);
          }
          const text = await messageFor(page, report, file);
          const mode = modeOf(scenario.files.indexOf(file));
          // the message says what happened, in French, never JavaScript's own words
          if (report.selector === PANEL.selector) {
            expect(text, file).toMatch(mode === '404' ? new RegExp(`« ${file.replace('.', '\\.')} » est introuvable \\(HTTP 404\\)`) : /illisible ou mal formé/);
          }
          expect(text, file).not.toMatch(/Cannot read|undefined|null \(reading|Unexpected token|SyntaxError|TypeError|\[object /);
          expect(text, `${file} named once`).not.toContain(`${file} : ${file}`);
        }
      });

      it('keeps the rest of the app working', async () => {
        await scenario.works(page);
      });

      it('raised no uncaught error', () => {
        expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
        expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
        // the browser logs each 404 itself; the app logs nothing else
        const unexpected = rec.consoleErrors.filter((m) => !/Failed to load resource: the server responded with a status of 404/.test(m));
        expect(unexpected, describeRecorder(rec)).toEqual([]);
      });
    });
  }
}

describe('hostile values in well-formed files', () => {
  // Valid JSON a broken or tampered build could ship: markup in names and labels, numbers at the
  // edge of double precision, decimals Intl refuses. Nothing is injected, no « NaN » or
  // « Infinity » reaches the screen, and nothing throws.
  const MARKUP = '<img src=x onerror=alert(1)>';
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const stats = JSON.parse(readFileSync(resolve(DIST, 'data', 'commune-stats.json'), 'utf8')) as {
      columns: Record<string, (string | number | null)[]>;
    };
    const codes = stats.columns.code as string[];
    const blois = codes.indexOf('41018');
    const vendome = codes.indexOf('41269');
    stats.columns.nom![blois] = MARKUP;
    stats.columns.P22_POP![vendome] = 1e308;
    stats.columns.P22_POP![blois] = -1e308;
    const catalog = JSON.parse(readFileSync(resolve(DIST, 'data', 'indicators.json'), 'utf8')) as {
      indicators: { id: string; decimals: number; label: { fr: string; en: string } }[];
    };
    catalog.indicators[0]!.decimals = 25; // population: outside Intl's 0…20
    catalog.indicators[1]!.decimals = -3;
    catalog.indicators[2]!.label = { fr: MARKUP, en: MARKUP };
    context = await newAppContext(browser);
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    rec = await openApp(page, baseUrl, {
      beforeNavigate: async (p) => {
        await p.context().route('**/data/commune-stats.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stats) }),
        );
        await p.context().route('**/data/indicators.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(catalog) }),
        );
        // no `stats` table: the compare page computes from the tampered commune-stats.json
        await p.context().route('**/data/stats.arrow', (route) => route.fulfill({ status: 404, body: '' }));
      },
    });
    await page.waitForFunction(() => document.documentElement.dataset.firstPaint === 'done', undefined, SLOW);
  });

  afterAll(async () => {
    await context?.close();
  });

  const screenText = () => page.evaluate(() => document.body.innerText);

  it('shows every indicator and classification method without NaN, Infinity or injected markup', async () => {
    const ids = await page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await page.locator(`${SELECT} option`).nth(2).innerText()).toBe(MARKUP);
    for (const id of ids.slice(0, 4)) {
      await page.selectOption(SELECT, id);
      for (const method of ['quantile', 'jenks', 'equal-interval', 'std-dev']) {
        await page.selectOption('[data-testid=method-select]', method);
        await expect.poll(() => page.locator('[data-testid=legend]').innerText(), POLL).not.toBe('');
        const text = await screenText();
        expect(text, `${id} / ${method}`).not.toMatch(/\bNaN\b|Infinity|∞/);
      }
    }
    // the population legend: ±1e308 in scientific notation, not 309 digits
    await page.selectOption(SELECT, 'population');
    await page.selectOption('[data-testid=method-select]', 'equal-interval');
    await expect.poll(() => page.locator('[data-testid=legend]').innerText(), POLL).toMatch(/E308/);
    expect(await page.locator('[data-testid=legend]').innerText()).not.toMatch(/\d{30}/);
  });

  it('lists a commune named with markup as text, and opens fiches without NaN', async () => {
    await go(page, 'comparer');
    await expect.poll(() => page.locator('[data-testid=compare-page]').innerText(), SLOW).toContain(MARKUP);
    expect(await screenText()).not.toMatch(/\bNaN\b|Infinity|∞/);
    for (const code of ['41018', '41269']) {
      await page.goto(`${baseUrl}#fiche=${code}`);
      await page.waitForSelector(`[data-testid=commune-fiche][data-code="${code}"]`, SLOW);
      expect(await screenText(), code).not.toMatch(/\bNaN\b|Infinity|∞/);
    }
  });

  it('injected nothing and raised no error', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('img, [onerror]').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    // no « Expected length, "NaN" » from an SVG chart, nothing but the 404 of stats.arrow
    const unexpected = rec.consoleErrors.filter((m) => !/Failed to load resource: the server responded with a status of 404/.test(m));
    expect(unexpected, describeRecorder(rec)).toEqual([]);
  });
});
