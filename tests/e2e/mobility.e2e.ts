// "Mobilité" page on the production build (served under a sub-path), in headless Chromium: the gap
// list and totals against a count made here, independently, from public/data (Arrow files read with
// apache-arrow in Node); thresholds that change the count; keyboard sorting and selection; the map
// layer; the data limits; and the map handed back to the explorer on leaving.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYERS } from '../../src/map/layer-ids';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';
import { featureState } from './support/map-probe';

const baseUrl = inject('baseUrl');
const DATA = resolve(import.meta.dirname, '../../public/data');
const POLL = { timeout: 15_000 } as const;

// ---- Independent computation from the shipped files (no app code) ----

interface Row {
  code: string;
  territoire: string;
  pop: number;
  mds: number;
  mdsOpen: number;
  fs: number;
  poste: number;
  gareKm: number;
}

function readRows(): Row[] {
  const access = tableFromIPC(readFileSync(resolve(DATA, 'access.arrow')));
  const stats = JSON.parse(readFileSync(resolve(DATA, 'commune-stats.json'), 'utf8')) as { columns: Record<string, unknown[]> };
  const index = new Map((stats.columns.code as string[]).map((c, i) => [c, i]));
  const col = (name: string) => access.getChild(name)!;
  const rows: Row[] = [];
  for (let i = 0; i < access.numRows; i++) {
    const code = col('code').get(i) as string;
    const j = index.get(code)!;
    rows.push({
      code,
      territoire: stats.columns.territoire![j] as string,
      pop: stats.columns.P22_POP![j] as number,
      mds: col('t_mds').get(i) as number,
      mdsOpen: col('t_mds_ouverte').get(i) as number,
      fs: col('t_france_services').get(i) as number,
      poste: col('t_poste').get(i) as number,
      gareKm: col('gare_km').get(i) as number,
    });
  }
  return rows;
}

interface Rule {
  mds: number;
  fs: number;
  km: number;
}

/** (MDS > a or France services > b) and nearest station > km, strictly; codes in gap. */
function expectedGap(rows: Row[], rule: Rule): Row[] {
  return rows.filter((r) => (r.mds > rule.mds || r.fs > rule.fs) && r.gareKm > rule.km);
}

const sumPop = (rows: Row[]) => rows.reduce((t, r) => t + r.pop, 0);

// ---- Page helpers ----

async function dataValue(page: Page, testid: string): Promise<number> {
  const v = await page.getAttribute(`[data-testid=${testid}]`, 'data-value');
  if (v === null || v === '') throw new Error(`[data-testid=${testid}] has no data-value`);
  return Number(v);
}

/** Waits until the panel shows `count` communes in gap and the map has drawn that rule. */
async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid=gap-count]');
      const legend = document.querySelector('[data-testid=mobility-legend]');
      return el?.getAttribute('data-value') === String(n) && legend?.getAttribute('data-drawn') === 'yes';
    },
    count,
    POLL,
  );
}

async function setThreshold(page: Page, testid: string, value: number): Promise<void> {
  const input = page.locator(`[data-testid=${testid}]`);
  await input.fill(String(value));
  await input.press('Enter');
  await input.blur();
}

function layerVisibility(page: Page, id: string): Promise<string | null> {
  return page.evaluate((layer) => {
    const map = window.__map;
    if (!map?.getLayer(layer)) return null;
    return (map.getLayoutProperty(layer, 'visibility') as string | undefined) ?? 'visible';
  }, id);
}

async function tableRows(page: Page): Promise<{ code: string; population: number; name: string }[]> {
  return page.locator('[data-testid=gap-row]').evaluateAll((rows) =>
    rows.map((r) => ({
      code: r.getAttribute('data-code') ?? '',
      population: Number(r.getAttribute('data-population')),
      name: (r.querySelector('button') as HTMLElement | null)?.innerText ?? '',
    })),
  );
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let rec: AppRecorder;
const rows = readRows();
const DEFAULT: Rule = { mds: 20, fs: 15, km: 10 };

beforeAll(async () => {
  browser = await launchChromium();
  context = await newAppContext(browser);
  page = await context.newPage();
  rec = await openApp(page, baseUrl);
  await waitForFirstPaint(page, 30_000, rec);
  await page.click('[data-testid=nav-mobilite]');
  await page.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', { timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('mobility page', () => {
  it('lists the communes in gap with their population, as computed from public/data', async () => {
    const expected = expectedGap(rows, DEFAULT);
    expect(expected.length).toBeGreaterThan(0);
    await waitForCount(page, expected.length);
    expect(await dataValue(page, 'gap-people')).toBeCloseTo(sumPop(expected), 6);
    const listed = await tableRows(page);
    expect(listed.map((r) => r.code).sort()).toEqual(expected.map((r) => r.code).sort());
    for (const r of listed) expect(r.population, r.code).toBeGreaterThan(0);
    // ranked by people concerned
    const pops = listed.map((r) => r.population);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
    expect(listed[0]?.population).toBe(Math.max(...expected.map((r) => r.pop)));
  });

  it('gives the totals per territory', async () => {
    const expected = expectedGap(rows, DEFAULT);
    for (const t of ['nord', 'centre', 'sud']) {
      const inT = expected.filter((r) => r.territoire === t);
      expect(await dataValue(page, `gap-total-communes-${t}`), t).toBe(inT.length);
      expect(await dataValue(page, `gap-total-people-${t}`), t).toBeCloseTo(sumPop(inT), 6);
    }
    expect(await dataValue(page, 'gap-total-communes-departement')).toBe(expected.length);
  });

  it('colours the communes in gap on the map and hides the explorer choropleth', async () => {
    const expected = expectedGap(rows, DEFAULT);
    const inGap = expected[0]!.code;
    const out = rows.find((r) => !expected.includes(r))!.code;
    expect(await featureState(page, 'mobility-communes', inGap)).toMatchObject({ gap: 'gap' });
    expect(await featureState(page, 'mobility-communes', out)).toMatchObject({ gap: 'out' });
    expect(await layerVisibility(page, 'mobility-communes-fill')).toBe('visible');
    expect(await layerVisibility(page, LAYERS.communesFill)).toBe('none');
    expect(await page.getAttribute('[data-testid=mobility-legend-gap]', 'data-count')).toBe(String(expected.length));
  });

  it('changing a threshold changes the count, which matches the independent count', async () => {
    const before = expectedGap(rows, DEFAULT).length;
    const looser: Rule = { ...DEFAULT, mds: 15 };
    const after = expectedGap(rows, looser);
    expect(after.length, 'the fixture rule must change the count').not.toBe(before);
    await setThreshold(page, 'mobility-threshold-mds', 15);
    await waitForCount(page, after.length);
    expect(await dataValue(page, 'gap-people')).toBeCloseTo(sumPop(after), 6);
    expect((await tableRows(page)).length).toBe(after.length);

    const nearer: Rule = { ...looser, km: 5 };
    const afterKm = expectedGap(rows, nearer);
    expect(afterKm.length).not.toBe(after.length);
    await setThreshold(page, 'mobility-threshold-station', 5);
    await waitForCount(page, afterKm.length);
    // a commune newly in gap is coloured on the map
    const added = afterKm.find((r) => !after.includes(r));
    if (added) expect(await featureState(page, 'mobility-communes', added.code)).toMatchObject({ gap: 'gap' });

    await page.click('[data-testid=mobility-reset]');
    await waitForCount(page, before);
  });

  it('switches a service off and the MDS scope to open MDS', async () => {
    await page.uncheck('[data-testid=mobility-service-franceServices]');
    const mdsOnly = rows.filter((r) => r.mds > 20 && r.gareKm > 10);
    await waitForCount(page, mdsOnly.length);
    await page.check('[data-testid=mobility-mds-open]');
    const openOnly = rows.filter((r) => r.mdsOpen > 20 && r.gareKm > 10);
    await waitForCount(page, openOnly.length);
    await page.click('[data-testid=mobility-reset]');
    await waitForCount(page, expectedGap(rows, DEFAULT).length);
  });

  it('sorts with the keyboard and shows a commune card', async () => {
    const sortName = page.locator('[data-testid=gap-sort-nom]');
    await sortName.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('th:has([data-testid=gap-sort-nom])').getAttribute('aria-sort'), POLL)
      .toBe('ascending');
    const names = (await tableRows(page)).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })));

    const first = page.locator('[data-testid=gap-row] button.name').first();
    const code = await page.locator('[data-testid=gap-row]').first().getAttribute('data-code');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid=mobility-card][data-code="${code}"]`, POLL);
    expect(await page.getAttribute('[data-testid=mobility-card-verdict]', 'data-value')).toBe('true');
    const card = await page.locator('[data-testid=mobility-card]').innerText();
    expect(card).toMatch(/≈ \d+ min/);
    expect(card).toMatch(/± \d+ min/);
    expect(await page.locator('[data-testid=mobility-card] a[href="#mobility-method"]').count()).toBeGreaterThan(0);

    // back to the default order
    await page.click('[data-testid=gap-sort-population]');
    await expect
      .poll(() => page.locator('th:has([data-testid=gap-sort-population])').getAttribute('aria-sort'), POLL)
      .toBe('descending');
  });

  it('shows urban bus per IRIS for Blois, and "no urban network" elsewhere (never 0)', async () => {
    await page.selectOption('[data-testid=mobility-commune-select]', '41018');
    await page.waitForSelector('[data-testid=mobility-card][data-code="41018"]', POLL);
    expect(await dataValue(page, 'mobility-card-bus')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=mobility-iris] tbody tr').count()).toBeGreaterThan(5);
    const mobility = tableFromIPC(readFileSync(resolve(DATA, 'mobility.arrow')));
    const noBus = new Set<string>();
    for (let i = 0; i < mobility.numRows; i++) {
      if (mobility.getChild('bus_urbain')!.get(i) === false) noBus.add(mobility.getChild('code')!.get(i) as string);
    }
    const rural = expectedGap(rows, DEFAULT).find((r) => noBus.has(r.code))!.code;
    await page.selectOption('[data-testid=mobility-commune-select]', rural);
    await page.waitForSelector(`[data-testid=mobility-card][data-code="${rural}"]`, POLL);
    expect(await page.getAttribute('[data-testid=mobility-card-bus]', 'data-value')).toBe('');
    expect(await page.locator('[data-testid=mobility-card-bus]').innerText()).toMatch(/Pas de réseau urbain/);
  });

  it('exports the list as CSV with its sources and criteria', async () => {
    const expected = expectedGap(rows, DEFAULT);
    const [download] = await Promise.all([page.waitForEvent('download', POLL), page.click('[data-testid=gap-csv]')]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^# Source : /);
    expect(lines.some((l) => l.startsWith('# Critères : loin de MDS > 20 min ou France services > 15 min et aucune gare à moins de 10 km'))).toBe(true);
    const header = lines.findIndex((l) => l.startsWith('Code INSEE;'));
    expect(header).toBeGreaterThan(0);
    const data = lines.slice(header + 1);
    expect(data).toHaveLength(expected.length);
    expect(data.map((l) => l.split(';')[0]).sort()).toEqual(expected.map((r) => r.code).sort());
  });

  it('says plainly what the data lacks', async () => {
    const box = page.locator('[data-testid=mobility-limits]');
    expect(await box.isVisible()).toBe(true);
    const text = await box.innerText();
    expect(text).toMatch(/Limites des données/);
    expect(text).toMatch(/Rémi/);
    expect(text).toMatch(/motorisation/);
    expect(text).toMatch(/borne haute/);
    expect(text).toMatch(/octobre 2026/);
    expect(text).toMatch(/2024-2025/);
  });

  it('draws the stations and, on request, the frequent bus stops', async () => {
    expect(await layerVisibility(page, 'mobility-stations-circle')).toBe('visible');
    expect(await layerVisibility(page, 'mobility-bus-circle')).toBe('none');
    await page.check('[data-testid=mobility-show-bus]');
    await expect.poll(() => layerVisibility(page, 'mobility-bus-circle'), POLL).toBe('visible');
    await page.uncheck('[data-testid=mobility-show-bus]');
  });

  it('has no axe violation (WCAG 2 A/AA) in the panel and the legend', async () => {
    // evaluated through the DevTools protocol: the app's CSP forbids injected <script> tags
    await page.evaluate(readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(
        { include: [['[data-testid=mobility-panel]'], ['[data-testid=mobility-legend]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('opens the full method on the open-data page', async () => {
    await page.click('[data-testid=mobility-full-method]');
    await page.waitForSelector('#methode-temps', { state: 'visible', timeout: 20_000 });
    expect(await page.getAttribute('[data-testid=nav-donnees]', 'aria-current')).toBe('page');
    await page.click('[data-testid=nav-mobilite]');
    await page.waitForSelector('[data-testid=mobility-panel][data-phase=ready]', POLL);
    await waitForCount(page, expectedGap(rows, DEFAULT).length);
  });

  it('hands the map back on leaving, also through the access page', async () => {
    await page.click('[data-testid=nav-acces]');
    await expect.poll(() => layerVisibility(page, 'mobility-communes-fill'), POLL).toBe('none');
    expect(await layerVisibility(page, LAYERS.communesFill)).toBe('none'); // the access page hides it too
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => layerVisibility(page, LAYERS.communesFill), POLL).toBe('visible');
    expect(await layerVisibility(page, 'mobility-stations-circle')).toBe('none');
    // and the other way round: access → mobility → map
    await page.click('[data-testid=nav-acces]');
    await expect.poll(() => layerVisibility(page, LAYERS.communesFill), POLL).toBe('none');
    await page.click('[data-testid=nav-mobilite]');
    await expect.poll(() => layerVisibility(page, 'mobility-communes-fill'), POLL).toBe('visible');
    expect(await layerVisibility(page, LAYERS.communesFill)).toBe('none');
    await page.click('[data-testid=nav-carte]');
    await expect.poll(() => layerVisibility(page, LAYERS.communesFill), POLL).toBe('visible');
    expect(await layerVisibility(page, 'mobility-communes-fill')).toBe('none');
  });

  it('raised no error', () => {
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
  });
});
