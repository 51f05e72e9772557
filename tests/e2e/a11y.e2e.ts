// Automated accessibility checks on the production build: axe-core (WCAG 2.0/2.1 A and AA rules) on
// every page and with a commune fiche open, plus keyboard checks axe cannot do (skip link, Tab order,
// visible focus, <html lang> following the language switch, reduced motion), and every axe rule of
// Lighthouse's accessibility score at its mobile viewport (docs/lighthouse.md).
// axe only finds part of the problems: this is not an audit (see docs/accessibilite.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['carte', 'comparer', 'indice', 'acces', 'mobilite', 'donnees'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
/**
 * Every axe rule behind Lighthouse 12's accessibility category (`npm run lighthouse`), including the
 * best-practice, WCAG 2.2 (target-size) and experimental (label-content-name-mismatch) ones the
 * WCAG tags above leave out. Lighthouse fails an audit on any violation, whatever its impact.
 */
const LIGHTHOUSE_AXE_RULES = [
  'accesskeys', 'aria-allowed-attr', 'aria-allowed-role', 'aria-command-name', 'aria-conditional-attr',
  'aria-deprecated-role', 'aria-dialog-name', 'aria-hidden-body', 'aria-hidden-focus', 'aria-input-field-name',
  'aria-meter-name', 'aria-progressbar-name', 'aria-prohibited-attr', 'aria-required-attr',
  'aria-required-children', 'aria-required-parent', 'aria-roles', 'aria-text', 'aria-toggle-field-name',
  'aria-tooltip-name', 'aria-treeitem-name', 'aria-valid-attr-value', 'aria-valid-attr', 'button-name', 'bypass',
  'color-contrast', 'definition-list', 'dlitem', 'document-title', 'duplicate-id-aria', 'form-field-multiple-labels',
  'frame-title', 'heading-order', 'html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'image-alt',
  'image-redundant-alt', 'input-button-name', 'input-image-alt', 'label', 'link-in-text-block', 'link-name', 'list',
  'listitem', 'meta-refresh', 'meta-viewport', 'object-alt', 'select-name', 'skip-link', 'tabindex',
  'table-duplicate-name', 'target-size', 'td-headers-attr', 'th-has-data-cells', 'valid-lang', 'video-caption',
  'empty-heading', 'identical-links-same-purpose', 'landmark-one-main', 'label-content-name-mismatch',
  'table-fake-caption', 'td-has-header',
];
/** Lighthouse's default mobile emulation (Moto G Power). */
const LIGHTHOUSE_MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

type AxeRunOnly = { type: 'tag' | 'rule'; values: string[] };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function runAxe(page: Page, only: AxeRunOnly = { type: 'tag', values: TAGS }): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    // sanity: axe really ran its rules on this page
    if (result.passes.length < 10) throw new Error(`axe ran only ${result.passes.length} passing rules`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, only);
}

function report(label: string, violations: AxeViolation[]): string {
  if (violations.length === 0) return `axe ${label}: no violation`;
  const lines = violations.map(
    (v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 8).map((n) => `      ${n.target.join(' ')}`).join('\n')}`,
  );
  return `axe ${label}: ${violations.length} violation(s)\n${lines.join('\n')}`;
}

/** Every violation found so far, printed at the end (also printed as each page runs). */
const allFindings: string[] = [];

async function checkAxe(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  const text = report(label, violations);
  console.log(text);
  allFindings.push(text);
  const blocking = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
  expect(blocking.map((v) => `${v.impact} ${v.id}`), text).toEqual([]);
}

async function waitForPage(page: Page, name: (typeof PAGES)[number]): Promise<void> {
  await page.click(`[data-testid=nav-${name}]`);
  await expect.poll(() => page.getAttribute(`[data-testid=nav-${name}]`, 'aria-current')).toBe('page');
  // what each page needs before it is worth checking (its data loaded)
  if (name === 'acces') await page.waitForSelector('[data-testid=access-beyond-nord][data-value]', { timeout: 30_000 });
  if (name === 'indice') await page.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (allFindings.length > 0) console.log(`\n=== axe summary ===\n${allFindings.join('\n')}`);
});

describe('axe-core, WCAG 2.1 A/AA rules: no serious or critical violation', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    // bypassCSP: the app's strict CSP (no inline script) rightly blocks the injected axe script.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', bypassCSP: true });
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page, 30_000, rec);
    await waitForDuckdbReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const name of PAGES) {
    it(`page ${name}`, async () => {
      await waitForPage(page, name);
      await checkAxe(page, `page ${name}`);
    });
  }

  it('carte with the Vendôme fiche open', async () => {
    await waitForPage(page, 'carte');
    const search = page.locator('[data-testid=commune-search]');
    if ((await search.count()) === 0) return; // no search on this build
    await search.fill('');
    await search.pressSequentially('vendome', { delay: 10 });
    await expect.poll(() => search.getAttribute('aria-activedescendant')).not.toBeNull();
    await search.press('Enter');
    await page.locator('[data-testid=commune-fiche]').waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(500);
    await checkAxe(page, 'carte + fiche Vendôme');
    await page.keyboard.press('Escape');
  });

  it('in English too (page carte)', async () => {
    await waitForPage(page, 'carte');
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkAxe(page, 'page carte (en)');
    await page.locator('.lang button[lang=fr]').click();
  });

  it('logged no error', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
  });
});

// Lighthouse audits one page load on a phone; these are its rules on every page, at its viewport.
// Found by `npm run lighthouse -- --hash page=…`: the share button's name differed from its text
// (label-content-name-mismatch) and the index builder's radio rows were under 24 px (target-size).
describe('Lighthouse accessibility rules (all, any impact) at its mobile viewport', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ ...LIGHTHOUSE_MOBILE, locale: 'fr-FR', bypassCSP: true });
    page = await context.newPage();
    const rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page, 30_000, rec);
    await waitForDuckdbReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const name of PAGES) {
    it(`page ${name}`, async () => {
      await waitForPage(page, name);
      const violations = await runAxe(page, { type: 'rule', values: LIGHTHOUSE_AXE_RULES });
      const text = report(`lighthouse rules, mobile, page ${name}`, violations);
      if (violations.length > 0) allFindings.push(text);
      expect(violations.map((v) => `${v.impact} ${v.id}`), text).toEqual([]);
    });
  }

  it('in English too (page carte): names must still contain the visible English text', async () => {
    await waitForPage(page, 'carte');
    // dispatched, not clicked: at 412 px the header does not wrap yet and the switch sits under
    // the commune search (see docs/lighthouse.md)
    await page.locator('.lang button[lang=en]').dispatchEvent('click');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const violations = await runAxe(page, { type: 'rule', values: LIGHTHOUSE_AXE_RULES });
    const text = report('lighthouse rules, mobile, page carte (en)', violations);
    if (violations.length > 0) allFindings.push(text);
    await page.locator('.lang button[lang=fr]').dispatchEvent('click');
    expect(violations.map((v) => `${v.impact} ${v.id}`), text).toEqual([]);
  });
});

describe('keyboard and language', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    const rec = await openApp(page, baseUrl);
    await waitForFirstPaint(page, 30_000, rec);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('<html lang> is "fr" and follows the language switch', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await page.locator('.lang button[lang=fr]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
  });

  it('the first Tab reaches a visible skip link that moves the focus to the panel', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForFirstPaint(page, 30_000);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, href: el.getAttribute('href'), text: el.textContent?.trim(), inView: r.top >= 0 && r.bottom <= innerHeight && r.width > 1 && r.height > 1 };
    });
    expect(skip?.tag).toBe('A');
    expect(skip?.href).toMatch(/^#/);
    expect(skip?.text).toMatch(/aller|contenu|panneau|skip/i);
    expect(skip?.inView, 'skip link visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    const target = (skip?.href ?? '#').slice(1);
    await expect.poll(() => page.evaluate((id) => {
      const a = document.activeElement;
      const t = document.getElementById(id);
      return a !== null && t !== null && (a === t || t.contains(a));
    }, target)).toBe(true);
  });

  // The skip link targets <main>, present on every page (it once targeted #panel, hidden on some pages).
  for (const name of ['comparer', 'donnees'] as const) {
    it(`on page ${name}, the skip link moves the focus past the header`, async () => {
      await page.click(`[data-testid=nav-${name}]`);
      const moved = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('a.skip-link, a[href^="#"]');
        if (!link) return false;
        link.focus();
        link.click();
        const a = document.activeElement;
        return a !== null && a !== link && a !== document.body && !a.closest('header');
      });
      expect(moved).toBe(true);
      await page.click('[data-testid=nav-carte]');
    });
  }

  it('Tab reaches the page navigation and the panel controls', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForFirstPaint(page, 30_000);
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a) return '';
        return a.getAttribute('data-testid') ?? (a.closest('#panel') ? `panel:${a.tagName}` : a.tagName);
      });
      seen.push(id);
    }
    expect(seen, seen.join(', ')).toContain('nav-carte');
    expect(seen, seen.join(', ')).toContain('nav-donnees');
    expect(seen, seen.join(', ')).toContain('indicator-select');
  });

  it('a focused button shows a visible focus indicator (:focus-visible outline or box-shadow)', async () => {
    await page.locator('[data-testid=nav-comparer]').focus();
    // keyboard focus so that :focus-visible applies
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { matches: el.matches(':focus-visible'), outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow, tag: el.tagName };
    });
    expect(style.tag).toBe('BUTTON');
    expect(style.matches).toBe(true);
    const outlined = style.outlineStyle !== 'none' && style.outlineWidth >= 1;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    expect(outlined || shadowed, JSON.stringify(style)).toBe(true);
  });
});

describe('prefers-reduced-motion: reduce', () => {
  it('loads, paints, switches pages and reaches DuckDB ready without error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const rec = await openApp(page, baseUrl);
      await waitForFirstPaint(page, 30_000, rec);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await waitForDuckdbReady(page);
      for (const name of PAGES) await waitForPage(page, name);
      await waitForPage(page, 'carte');
      expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
      expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
