// Headless Debian Chromium driven by playwright-core (never `npx playwright install`: the CI machine
// installs the `chromium` Debian package, see .ci/run and docs in /work/shared/STACK-NOTES.md).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work as root on a 2-core machine; WebGL2 then runs on SwiftShader. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** A fresh, isolated context (own cache and storage) with a desktop viewport and a French locale. */
export function newAppContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
}

export interface AppRecorder {
  /** `console.error` messages (page and its workers). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Requests to any host other than 127.0.0.1/localhost: recorded and aborted. */
  foreignRequests: string[];
  /** Local responses with status >= 400, and local requests that failed (`url → reason`),
   * service worker requests included. */
  failedRequests: string[];
  /** Every local request URL, service worker's included (to check all stays under the sub-path). */
  localRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for URLs that never leave the machine (loopback, data:, blob:, about:, chrome internals). */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') {
    return LOCAL_HOSTS.has(u.hostname);
  }
  return true;
}

export interface OpenAppOptions {
  /** Extra routing set up before navigation (e.g. to abort `**\/*.wasm`). */
  beforeNavigate?: (page: Page) => Promise<void>;
}

/** A fresh context with one page on which `openApp` ran: close `context` when done. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  rec: AppRecorder;
}

/** `newAppContext` + a page + `openApp(page, url, options)`: the usual opening of a test block. */
export async function openAppSession(browser: Browser, url: string, options: OpenAppOptions = {}): Promise<AppSession> {
  const context = await newAppContext(browser);
  const page = await context.newPage();
  const rec = await openApp(page, url, options);
  return { context, page, rec };
}

/**
 * Starts recording errors and network on `page`, blocks every non-local request, then navigates to
 * `url`. Call `waitForFirstPaint` afterwards.
 */
export async function openApp(page: Page, url: string, options: OpenAppOptions = {}): Promise<AppRecorder> {
  const rec: AppRecorder = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    failedRequests: [],
    localRequests: [],
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      rec.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => rec.pageErrors.push(err.stack ?? String(err)));
  // Network is watched on the context: it also sees the service worker's own requests (its
  // precache), which page events miss. One page per context, or requests are mixed.
  const context = page.context();
  context.on('request', (req) => {
    if (isLocalUrl(req.url())) rec.localRequests.push(req.url());
  });
  context.on('response', (res) => {
    if (res.status() >= 400 && isLocalUrl(res.url())) rec.failedRequests.push(`${res.url()} → HTTP ${res.status()}`);
  });
  context.on('requestfailed', (req) => {
    if (isLocalUrl(req.url())) rec.failedRequests.push(`${req.url()} → ${req.failure()?.errorText ?? 'failed'}`);
  });
  // Routed on the context so that requests from workers (MapLibre, DuckDB, service worker) are
  // caught too.
  await context.route(
    (u) => !isLocalUrl(u.href),
    async (route) => {
      rec.foreignRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await options.beforeNavigate?.(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return rec;
}

/**
 * Waits until the interactive map is up: MapLibre has painted the choropleth (`<html
 * data-map-ready="done">`, `window.__map` set). On the map page the SVG map is painted first
 * (`data-first-paint="done"`, see waitForSvgFirstPaint) and MapLibre is only fetched on the first
 * user input, so once the SVG is painted this moves the mouse (to the page's top-left corner, over
 * the header) until the map is ready. Opened on another page, the map is hidden and MapLibre starts at once.
 * On timeout, the error lists what `rec` recorded (404s, console errors…), which usually says why.
 */
export async function waitForFirstPaint(page: Page, timeout = 30_000, rec?: AppRecorder): Promise<void> {
  const deadline = Date.now() + timeout;
  let nudge = 0;
  for (;;) {
    const { ready, svg } = await page.evaluate(() => ({
      ready: document.documentElement.dataset.mapReady === 'done',
      svg: document.documentElement.dataset.firstPaint === 'done',
    }));
    if (ready) return;
    if (Date.now() > deadline) {
      const why = rec ? `\n${describeRecorder(rec)}` : '';
      throw new Error(`map ready (data-map-ready="done") not reached in ${timeout} ms${why}`);
    }
    // once the SVG map is up (as a user would see it), a real pointer move: the input that
    // makes the app fetch MapLibre
    if (svg) await page.mouse.move(2, 2 + (nudge++ % 2));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits for the SVG first paint only (MapLibre may still be downloading). */
export async function waitForSvgFirstPaint(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.firstPaint === 'done', undefined, { timeout });
}

/** Waits for `[data-testid=duckdb-status]` to reach `state` (`ready`, `error`, …). */
export async function waitForDuckdbState(page: Page, state: string, timeout = 45_000): Promise<void> {
  await page.waitForSelector(`[data-testid=duckdb-status][data-state=${state}]`, { state: 'attached', timeout });
}

export function waitForDuckdbReady(page: Page, timeout = 45_000): Promise<void> {
  return waitForDuckdbState(page, 'ready', timeout);
}

/** Human-readable dump for assertion messages. */
export function describeRecorder(rec: AppRecorder): string {
  return JSON.stringify(
    {
      consoleErrors: rec.consoleErrors,
      pageErrors: rec.pageErrors,
      foreignRequests: rec.foreignRequests,
      failedRequests: rec.failedRequests,
    },
    null,
    2,
  );
}
