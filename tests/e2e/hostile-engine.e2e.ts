// DuckDB failing mid-query, on the production build under a sub-path:
// - a query that fails on a late row (a cast error after 100,000 good rows) shows DuckDB's message
//   under a French title, and the console, the map and the other pages keep working;
// - a query that ignores its cancel (heavy work inside one step of the pipeline) is stopped within
//   about a second by terminating the DuckDB worker: a new one starts with every table, the
//   uploaded ones included, and the queries of the other pages run on it;
// - a worker that dies on its own is replaced on the next query.
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForDuckdbReady, waitForFirstPaint, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const ENGINE = { timeout: 60_000 } as const;
const POLL = { timeout: 15_000 } as const;
const SELECT = '[data-testid=indicator-select]';

/** A cross product DuckDB computes inside one pipeline step: cancelSent() is not seen for many seconds. */
const RUNAWAY = 'SELECT count(*) AS n FROM range(60000) a, range(60000) b WHERE a.range * b.range = -1';
/** Fails on a late row: 100,000 rows cast fine, then « x » does not. */
const LATE_CAST_ERROR = "SELECT CAST(CASE WHEN i < 100000 THEN '1' ELSE 'x' END AS INT) AS v FROM range(200000) t(i)";

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
  await waitForDuckdbReady(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function go(target: string): Promise<void> {
  await page.click(`[data-testid=nav-${target}]`);
}

async function openConsole(): Promise<void> {
  await go('donnees');
  await page.waitForSelector('[data-testid=sql-console][data-phase=ready]', ENGINE);
}

/** Runs SQL in the console and waits until it is done (result or error). */
async function runSql(sql: string, timeout: number = POLL.timeout): Promise<void> {
  await page.fill('[data-testid=sql-editor]', sql);
  await page.click('[data-testid=sql-run]');
  await page.waitForFunction(
    () => !!document.querySelector('[data-testid=sql-result], [data-testid=sql-error]') && !document.querySelector('[data-testid=sql-stop]'),
    undefined,
    { timeout },
  );
}

async function firstCell(): Promise<string> {
  return (await page.locator('[data-testid=sql-result] tbody td').first().innerText()).trim();
}

async function indicatorStillChangesTheMap(): Promise<void> {
  await go('carte');
  const legend = page.locator('[data-testid=legend]');
  const before = await legend.innerText();
  const current = await page.locator(SELECT).inputValue();
  const ids = await page.locator(`${SELECT} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await page.selectOption(SELECT, ids.find((id) => id !== current) ?? '');
  await expect.poll(() => legend.innerText(), POLL).not.toBe(before);
}

/** The DuckDB worker of the page (duckdb-browser-eh.worker), the newest if a terminated one is still listed. */
function duckdbWorker(): Worker | undefined {
  return page.workers().filter((w) => /duckdb-browser-[a-z]+\.worker/.test(w.url())).at(-1);
}

describe('a query that fails on a late row', () => {
  it('shows DuckDB’s message under a French title', async () => {
    await openConsole();
    await runSql(LATE_CAST_ERROR, 30_000);
    const error = page.locator('[data-testid=sql-error]');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.getAttribute('data-kind')).toBe('duckdb');
    const text = await error.innerText();
    expect(text).toMatch(/^Erreur DuckDB/);
    expect(text).toMatch(/Conversion Error: Could not convert string 'x' to INT32/);
    // no partial result is shown as if it were the answer
    expect(await page.locator('[data-testid=sql-result]').count()).toBe(0);
  }, 45_000);

  it('leaves the console, the map and the other pages working', async () => {
    await runSql('SELECT count(*) AS n FROM stats');
    expect(await firstCell()).toBe('267');
    await indicatorStillChangesTheMap();
  });
});

describe('a query that ignores its cancel', () => {
  it('uploads a table first (it must survive the restart)', async () => {
    await go('indice');
    await page.waitForSelector('[data-testid=composite-panel][data-ready=yes]', ENGINE);
    await page.setInputFiles('[data-testid=upload-file]', {
      name: 'avant-redemarrage.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;valeur_test\n41018;12,5\n41269;7\n'),
    });
    await page.waitForSelector('[data-testid=upload-entry]', ENGINE);
  });

  it('is stopped within about a second of Stop by restarting the engine, with a French message', async () => {
    await openConsole();
    await page.fill('[data-testid=sql-editor]', RUNAWAY);
    await page.click('[data-testid=sql-run]');
    await page.waitForSelector('[data-testid=sql-stop]');
    await page.waitForTimeout(1_500); // DuckDB is inside the cross product now
    const stoppedAt = Date.now();
    await page.click('[data-testid=sql-stop]');
    const error = page.locator('[data-testid=sql-error][data-kind=stopped]');
    await error.waitFor({ timeout: 10_000 });
    // 1 s of grace for the cancel, then the worker is terminated (margin for a loaded CI machine)
    expect(Date.now() - stoppedAt).toBeLessThan(6_000);
    expect(await error.innerText()).toMatch(/Requête arrêtée\. DuckDB ne s’est pas arrêté dans la seconde : le moteur de requêtes a été redémarré et ses tables rechargées\./);
  }, 30_000);

  it('answers the next query on the new engine, shipped and uploaded tables included', async () => {
    const started = Date.now();
    await runSql('SELECT count(*) AS n FROM stats', 30_000);
    expect(await firstCell()).toBe('267');
    // far sooner than the runaway query would have ended
    expect(Date.now() - started).toBeLessThan(20_000);
    await runSql('SELECT count(*) AS n, sum(valeur_test) AS s FROM upload_1');
    expect(await firstCell()).toBe('267');
    expect(await page.locator('[data-testid=sql-result] tbody td').nth(1).innerText()).toBe('19,5');
  }, 45_000);

  it('keeps the map and the pages that query DuckDB working', async () => {
    await indicatorStillChangesTheMap();
    await go('comparer');
    await expect.poll(() => page.getAttribute('[data-testid=compare-page]', 'data-source'), ENGINE).toBe('sql');
    // the commune fiche queries DuckDB too
    await page.goto(`${baseUrl}#fiche=41018`);
    await page.waitForSelector('[data-testid=commune-fiche][data-code="41018"]', ENGINE);
  }, 90_000);
});

describe('a query past the time limit that ignores its cancel', () => {
  it('is stopped at the limit plus about a second, then the console works', async () => {
    await waitForDuckdbReady(page);
    await openConsole();
    const started = Date.now();
    await runSql(RUNAWAY, 30_000);
    const error = page.locator('[data-testid=sql-error][data-kind=timeout]');
    expect(await error.innerText()).toMatch(/Requête interrompue après 10 s\..*le moteur de requêtes a été redémarré/s);
    expect(Date.now() - started).toBeLessThan(18_000);
    await runSql('SELECT 42 AS x', 30_000);
    expect(await firstCell()).toBe('42');
  }, 60_000);
});

describe('a DuckDB worker that dies', () => {
  it('is replaced on the next query, with its tables', async () => {
    await openConsole();
    await runSql('SELECT 1 AS un', 30_000);
    const worker = duckdbWorker();
    expect(worker, 'the DuckDB worker is running').toBeDefined();
    // an uncaught exception in the worker: its `error` event reaches the page, as a crash would
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('panne simulée du worker DuckDB');
      }, 0);
    });
    await expect.poll(() => duckdbWorker() !== worker, POLL).toBe(true);
    await runSql('SELECT count(*) AS n FROM communes', 30_000);
    expect(await firstCell()).toBe('267');
    await indicatorStillChangesTheMap();
  }, 60_000);
});

describe('errors', () => {
  it('raised no uncaught error of the app', () => {
    // the simulated crash is reported as an error of the worker: the only one allowed
    const pageErrors = rec.pageErrors.filter((e) => !/panne simulée du worker DuckDB/.test(e));
    expect(pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    // DuckDB logs the failing queries and the crash itself (its worker's ErrorEvent); nothing else may reach console.error
    const unexpected = rec.consoleErrors.filter(
      (m) => !/Conversion Error|Could not convert|query was canceled|INTERRUPT|panne simulée|error in duckdb worker|^ErrorEvent|duckdb/i.test(m),
    );
    expect(unexpected, describeRecorder(rec)).toEqual([]);
  });
});
