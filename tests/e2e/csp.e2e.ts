// Content Security Policy: the built index.html declares a strict policy (no 'unsafe-eval', only
// 'wasm-unsafe-eval' for DuckDB's WebAssembly), and the app works when a host sends the same
// policy as a real `Content-Security-Policy` response header (which, unlike the meta, also covers
// frame-ancestors/report-to and applies before the first byte of HTML is parsed).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderedFillColors } from './support/map-probe';
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
const dist = resolve(import.meta.dirname, '../..', process.env.OBS41_DIST ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const metaMatch = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
const POLICY = metaMatch?.[1] ?? '';

describe('CSP meta of the built index.html', () => {
  it('exists, allows wasm compilation only through wasm-unsafe-eval, never unsafe-eval', () => {
    expect(metaMatch, 'no <meta http-equiv="Content-Security-Policy"> in dist/index.html').not.toBeNull();
    const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(POLICY)?.[1] ?? '';
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(POLICY).not.toMatch(/'unsafe-eval'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(POLICY).toMatch(/default-src 'self'/);
    expect(POLICY).toMatch(/object-src 'none'/);
  });
});

describe('served with the same policy as a Content-Security-Policy header', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;
  let headerSeen: string | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await newAppContext(browser);
    page = await context.newPage();
    // Records every violation the document reports (the meta and the header both report here).
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    rec = await openApp(page, baseUrl, {
      beforeNavigate: async (p) => {
        // The test static server sends no CSP header: add it to the HTML document responses.
        await p.route(
          (u) => u.href.startsWith(baseUrl) && (u.pathname.endsWith('/') || u.pathname.endsWith('.html')),
          async (route) => {
            if (route.request().resourceType() !== 'document') return route.fallback();
            const response = await route.fetch();
            await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
          },
        );
      },
    });
    const doc = await page.reload({ waitUntil: 'domcontentloaded' });
    headerSeen = (await doc?.allHeaders())?.['content-security-policy'] ?? null;
    await waitForFirstPaint(page, 30_000, rec);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the document really carried the header', () => {
    expect(headerSeen).toBe(POLICY);
  });

  it('the map paints its 267 communes', async () => {
    const colors = await renderedFillColors(page, 'communes-fill');
    expect(Object.keys(colors).length).toBe(267);
  });

  it('DuckDB-wasm reaches ready', async () => {
    await waitForDuckdbReady(page, 60_000);
  });

  it('no CSP violation and no console error', async () => {
    // let late work (workers, fonts, service worker) settle
    await page.waitForTimeout(1000);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    const cspConsole = rec.consoleErrors.filter((m) => /Content Security Policy|CSP/i.test(m));
    expect(cspConsole, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
  });
});
