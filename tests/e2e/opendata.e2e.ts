// Open-data page on the production build under a sub-path: source catalogue, derived-file downloads,
// methodology anchors, and the read-only SQL console on the app's DuckDB.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYERS } from '../../src/map/layer-ids';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';
import { renderedFillColors } from './support/map-probe';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const sources = (JSON.parse(readFileSync(join(root, 'public/data/sources.json'), 'utf8')) as {
  sources: { id: string; licence: string }[];
}).sources;
const manifest = JSON.parse(readFileSync(join(root, 'public/data/manifest.json'), 'utf8')) as { version: string };

/** DuckDB downloads ~35 MB of wasm and loads the tables: generous on a 2-core CI machine. */
const ENGINE = { timeout: 60_000 } as const;
const POLL = { timeout: 15_000 } as const;

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
  await page.click('[data-testid=nav-donnees]');
  await page.waitForSelector('[data-testid=opendata-page]');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Table cells of the console result, row by row, by column name. */
async function resultRows(): Promise<Record<string, string>[]> {
  return page.locator('[data-testid=sql-result]').evaluate((table) => {
    const names = [...table.querySelectorAll('thead th')].map((th) => th.firstChild?.textContent?.trim() ?? '');
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [names[i] ?? String(i), td.textContent?.trim() ?? ''])),
    );
  });
}

async function runSql(sql: string): Promise<void> {
  await page.fill('[data-testid=sql-editor]', sql);
  await page.click('[data-testid=sql-run]');
  await page.waitForFunction(
    () => !!document.querySelector('[data-testid=sql-result], [data-testid=sql-error]') &&
      !document.querySelector('[data-testid=sql-stop]'),
    undefined,
    POLL,
  );
}

describe('open-data page', () => {
  it('lists every source with its publisher, licence and attribution', async () => {
    const items = page.locator('[data-testid=source-item]');
    await expect.poll(() => items.count(), POLL).toBe(sources.length);
    for (const source of sources) {
      const item = page.locator(`[data-testid=source-item][data-source-id="${source.id}"]`);
      expect(await item.locator('[data-testid=source-licence]').innerText()).toBe(source.licence);
    }
    const sncf = await page.locator('[data-source-id="sncf-gares"]').innerText();
    expect(sncf).toMatch(/ODbL/);
    expect(sncf).toMatch(/partage à l’identique/);
    const insee = await page.locator('[data-source-id="insee-rp-2022"]').innerText();
    expect(insee).toMatch(/Licence Ouverte/);
    const link = page.locator('[data-source-id="insee-rp-2022"] a[href^="https://www.insee.fr/"]').first();
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('shows the data version and the methodology sections, each with an anchor', async () => {
    expect(await page.locator('[data-testid=data-version]').innerText()).toContain(manifest.version);
    for (const id of ['sources', 'telechargements', 'methodologie', 'methode-temps', 'methode-territoires', 'methode-indicateurs', 'console-sql']) {
      expect(await page.locator(`#${id}`).count(), `#${id}`).toBe(1);
      expect(await page.locator(`a[href="#${id}"]`).count(), `link to #${id}`).toBe(1);
    }
    const times = await page.locator('#methode-temps').innerText();
    expect(times).toMatch(/3,34\s*min/); // a, from access-model.json
    expect(times).toMatch(/1,010\s*min\/km/); // b
    expect(times).toMatch(/935/);
    expect(times).toMatch(/8,4\s*%/);
    expect(times).toMatch(/8,9\s*min/);
    expect(times).toMatch(/Pont de Chaumont-sur-Loire/);
    expect(times).toMatch(/4\s451 carreaux/);
    expect(await page.locator('#methode-territoires').innerText()).toMatch(/Hypothèse/);
    expect(await page.locator('#methode-indicateurs').innerText()).toMatch(/rapports de sommes/);
  });

  it('downloads communes.geojson from under the sub-path: 267 features', async () => {
    const link = page.locator('[data-testid=download-link][data-file="communes.geojson"]');
    const href = await link.getAttribute('href');
    expect(href).toBe(`${baseUrl}data/communes.geojson`);
    expect(await link.getAttribute('download')).toBe('communes.geojson');
    expect(await link.innerText()).toMatch(/Télécharger/);
    expect(await link.getAttribute('aria-label')).toMatch(/communes\.geojson \(176\s*ko\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('communes.geojson');
    const saved = await download.path();
    const geojson = JSON.parse(readFileSync(saved, 'utf8')) as { type: string; features: unknown[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(267);
    const arrow = page.locator('[data-testid=download-link][data-file="stats.arrow"]');
    expect(await arrow.locator('xpath=ancestor::tr').innerText()).toMatch(/Arrow IPC \(lisible par DuckDB, pandas\/pyarrow, R arrow\)/);
  });
});

describe('SQL console', () => {
  beforeAll(async () => {
    await page.waitForSelector('[data-testid=sql-console][data-phase=ready]', ENGINE);
  }, ENGINE.timeout + 5_000);

  it('lists the tables with their columns and types', async () => {
    const schema = await page.locator('[data-testid=sql-schema]').innerText();
    for (const table of ['communes', 'stats', 'services', 'access']) expect(schema).toContain(table);
    await page.locator('[data-testid=sql-schema] details[data-table=stats] summary').click();
    expect(await page.locator('[data-testid=sql-schema] details[data-table=stats]').innerText()).toMatch(/P22_POP\s+DOUBLE/);
  });

  it('runs the "population by territory" example: 3 territories summing to 328,953', async () => {
    await page.click('[data-testid=sql-example][data-example-id=population-territoire]');
    await page.waitForSelector('[data-testid=sql-result]', POLL);
    const rows = await resultRows();
    expect(rows.map((r) => [r.territoire, r.population])).toEqual([
      ['centre', '151597'],
      ['nord', '67176'],
      ['sud', '110180'],
    ]);
    expect(await page.locator('[data-testid=sql-result] caption').innerText()).toMatch(/^3 lignes en \d+ ms$/);
  });

  it('exports the result as CSV: BOM, sources as # lines, ";" separator', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=sql-export]')]);
    expect(download.suggestedFilename()).toBe('observatoire41-requete.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^# Source : INSEE, Recensement de la population 2022/);
    expect(lines).toContain('territoire;communes;population');
    expect(lines.find((l) => l.startsWith('nord;'))?.endsWith(';67176')).toBe(true);
    expect(lines.find((l) => l.startsWith('centre;'))?.endsWith(';151597')).toBe(true);
  });

  it('runs with Ctrl+Enter', async () => {
    await page.fill('[data-testid=sql-editor]', 'SELECT count(*) AS n, round(avg(P22_POP), 2) AS moyenne FROM stats');
    await page.press('[data-testid=sql-editor]', 'Control+Enter');
    await expect.poll(async () => (await page.locator('[data-testid=sql-result]').count()) > 0 && (await resultRows())[0]?.n, POLL).toBe('267');
    expect((await resultRows())[0]?.moyenne).toMatch(/^1232,\d+$/);
  });

  it('shows DuckDB\'s own message for a bad query, in an alert', async () => {
    await runSql('SELEC 1');
    const error = page.locator('[data-testid=sql-error]');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.getAttribute('data-kind')).toBe('duckdb');
    expect(await error.innerText()).toMatch(/Parser Error: syntax error at or near "SELEC"/);
  });

  it('refuses DROP TABLE stats, and the table is still there', async () => {
    await runSql('DROP TABLE stats');
    const error = page.locator('[data-testid=sql-error]');
    expect(await error.getAttribute('data-kind')).toBe('refused');
    expect(await error.innerText()).toMatch(/lecture seule[\s\S]*« DROP » n’est pas une lecture/);
    await runSql('SELECT count(*) AS n FROM stats');
    expect((await resultRows())[0]?.n).toBe('267');
  });

  it('refuses a second statement and file readers', async () => {
    await runSql('SELECT 1; DROP TABLE stats');
    expect(await page.locator('[data-testid=sql-error]').innerText()).toMatch(/Une seule instruction/);
    await runSql("SELECT * FROM read_csv('data/stats.csv')");
    expect(await page.locator('[data-testid=sql-error]').innerText()).toMatch(/read_csv/);
  });

  it('cancels a query that runs past the time limit, then runs the next one', async () => {
    await page.fill('[data-testid=sql-editor]', 'SELECT sum(hash(range)) FROM range(100000000000)');
    await page.click('[data-testid=sql-run]');
    await page.waitForSelector('[data-testid=sql-error][data-kind=timeout]', { timeout: 25_000 });
    const message = await page.locator('[data-testid=sql-error]').innerText();
    expect(message).toMatch(/interrompue après 10 s/);
    expect(message, 'DuckDB stopped on cancelSent (not abandoned)').not.toMatch(/nouvelle connexion/);
    await runSql('SELECT 42 AS x');
    expect((await resultRows())[0]?.x).toBe('42');
  }, 45_000);

  it('keeps the map page working afterwards', async () => {
    await page.click('[data-testid=nav-carte]');
    await expect.poll(async () => Object.keys(await renderedFillColors(page, LAYERS.communesFill)).length, POLL).toBe(267);
  });

  it('logged no page error and sent no request off the machine', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
    // DuckDB may log the refused or failing queries; nothing else may reach console.error.
    const unexpected = rec.consoleErrors.filter((m) => !/SELEC|syntax error|Parser Error|query was canceled|duckdb/i.test(m));
    expect(unexpected, describeRecorder(rec)).toEqual([]);
  });
});
