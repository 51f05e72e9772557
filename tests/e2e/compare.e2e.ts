// Territory comparison page on the production build under a sub-path. Expected values are computed
// here, independently of the app, as ratios of sums from public/data/commune-stats.json.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRecorder, launchChromium, newAppContext, openApp, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(root, 'public/data', file), 'utf8')) as unknown;

interface Ind {
  id: string;
  kind: string;
  numerator: string;
  denominator: string | null;
  offset: number;
  scale: number;
  decimals: number;
  default?: boolean;
}
const catalog = json('indicators.json') as { indicators: Ind[] };
const columns = (json('commune-stats.json') as { columns: Record<string, (number | string | null)[]> }).columns;
const territories = (json('territoires.json') as { territories: { code: string; label: { fr: string } }[] }).territories;
const DEFAULT = catalog.indicators.find((i) => i.default) ?? catalog.indicators[0]!;

/** Ratio of sums over the communes of each territory and over the département. */
function expectedValues(ind: Ind): Record<string, number> {
  const sums: Record<string, { num: number; den: number }> = {};
  const codes = columns.code as string[];
  codes.forEach((_, i) => {
    for (const unit of [columns.territoire![i] as string, '41']) {
      const s = (sums[unit] ??= { num: 0, den: 0 });
      s.num += columns[ind.numerator]![i] as number;
      s.den += ind.denominator ? (columns[ind.denominator]![i] as number) : 1;
    }
  });
  return Object.fromEntries(
    Object.entries(sums).map(([unit, s]) => [unit, ind.denominator ? (s.num / s.den - ind.offset) * ind.scale : s.num * ind.scale]),
  );
}

async function unitValues(page: Page): Promise<Record<string, { value: number; text: string }>> {
  const rows = page.locator('[data-testid=compare-unit]');
  const out: Record<string, { value: number; text: string }> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out[(await row.getAttribute('data-code')) ?? ''] = {
      value: Number(await row.getAttribute('data-value')),
      text: await row.innerText(),
    };
  }
  return out;
}

function checkValues(actual: Record<string, { value: number; text: string }>, ind: Ind): void {
  const expected = expectedValues(ind);
  expect(Object.keys(actual).sort()).toEqual(['41', 'centre', 'nord', 'sud']);
  for (const [unit, value] of Object.entries(expected)) {
    const got = actual[unit]!;
    expect(Math.abs(got.value - value), `${ind.id} ${unit}: ${got.value} vs ${value}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(value)));
    // what is shown: the same value, rounded, in French format (decimal comma)
    const shown = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: ind.decimals, maximumFractionDigits: ind.decimals }).format(value);
    expect(got.text).toContain(shown);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('comparison page', () => {
  let context: BrowserContext;
  let page: Page;
  let rec: AppRecorder;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    rec = await openApp(page, baseUrl);
    await page.locator('[data-testid=nav-comparer]').click();
    await page.locator('[data-testid=compare-page]').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('says the territory split is an assumption', async () => {
    expect(await page.locator('[data-testid=compare-assumption]').innerText()).toMatch(/Découpage supposé/);
  });

  it('lists nord, centre, sud and Loir-et-Cher with DuckDB values equal to ratios of sums', async () => {
    await page.waitForSelector('[data-testid=compare-page][data-source=sql]', { timeout: 60_000 });
    expect(await page.locator('[data-testid=compare-page]').getAttribute('data-indicator')).toBe(DEFAULT.id);
    const values = await unitValues(page);
    checkValues(values, DEFAULT);
    for (const tr of territories) expect(values[tr.code]?.text).toContain(tr.label.fr);
    expect(values['41']?.text).toContain('Loir-et-Cher');
  });

  it('draws an accessible chart: role="img" and a text summary with every value', async () => {
    const chart = page.locator('[data-testid=compare-chart]');
    expect(await chart.getAttribute('role')).toBe('img');
    const label = (await chart.getAttribute('aria-label')) ?? '';
    for (const tr of territories) expect(label).toContain(tr.label.fr);
    expect(label).toContain('Loir-et-Cher');
    expect(await chart.locator('circle').count()).toBe(3);
    expect(await chart.locator('rect').count()).toBe(1);
  });

  it('panel of key indicators: gap and ratio between the highest and the lowest territory', async () => {
    const row = page.locator('[data-testid=panel-row][data-indicator=part-75-plus]');
    const expected = expectedValues(catalog.indicators.find((i) => i.id === 'part-75-plus')!);
    const t = territories.map((tr) => expected[tr.code]!);
    const gap = Number(await row.locator('[data-testid=panel-gap]').getAttribute('data-value'));
    const ratio = Number(await row.locator('[data-testid=panel-ratio]').getAttribute('data-value'));
    expect(gap).toBeCloseTo(Math.max(...t) - Math.min(...t), 9);
    expect(ratio).toBeCloseTo(Math.max(...t) / Math.min(...t), 9);
    expect(await row.innerText()).toMatch(/pts/);
    // the median income is not aggregable: a range of commune values, and why
    const median = page.locator('[data-testid=panel-row][data-indicator=revenu-median]');
    expect(await median.innerText()).toMatch(/\d.*–.*\d.*\*/);
    expect(await median.innerText()).toMatch(/non calculé/);
    expect(await page.locator('[data-testid=compare-panel]').locator('xpath=..').locator('xpath=following-sibling::ul').innerText()).toMatch(/INSEE ne publie/);
  });

  it('ranks the 267 communes, rank 1 = highest, ties share a rank', async () => {
    const table = page.locator('[data-testid=commune-ranking]');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(267);
    const data = await rows.evaluateAll((trs) => trs.map((tr) => ({ rank: Number((tr as HTMLElement).dataset.rank), value: Number((tr as HTMLElement).dataset.value) })));
    expect(data[0]?.rank).toBe(1);
    const max = Math.max(...data.map((d) => d.value));
    expect(data[0]?.value).toBe(max);
    for (let i = 1; i < data.length; i++) {
      const [a, b] = [data[i - 1]!, data[i]!];
      expect(b.value).toBeLessThanOrEqual(a.value);
      expect(b.rank).toBe(b.value === a.value ? a.rank : i + 1);
    }
  });

  it('sorts by keyboard (Enter on a header) and marks the column with aria-sort', async () => {
    const header = page.locator('[data-testid=commune-ranking] thead th').nth(1);
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const first = await page.locator('[data-testid=commune-ranking] tbody tr th').first().innerText();
    expect(first).toBe('Ambloy');
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  it('poverty rate: a range instead of territory values, and the 242 withheld communes last as "non disponible"', async () => {
    await page.selectOption('[data-testid=compare-indicator]', 'taux-pauvrete');
    await page.waitForSelector('[data-testid=compare-page][data-indicator=taux-pauvrete][data-source=sql]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=compare-range-note]').innerText()).toMatch(/25 communes sur 267/);
    const header = page.locator('[data-testid=commune-ranking] thead th').nth(0);
    await header.locator('button').click();
    if ((await header.getAttribute('aria-sort')) !== 'ascending') await header.locator('button').click();
    const rows = page.locator('[data-testid=commune-ranking] tbody tr');
    const ranks = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.rank ?? ''));
    expect(ranks.filter((r) => r === '')).toHaveLength(242);
    expect(ranks.slice(25).every((r) => r === '')).toBe(true);
    expect(await rows.last().innerText()).toMatch(/non disponible/);
    // sorting by rank the other way keeps them last
    await header.locator('button').click();
    const after = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.rank ?? ''));
    // two communes share the last published rate: competition ranking gives them 24, 24
    const maxRank = Math.max(...ranks.filter((r) => r !== '').map(Number));
    expect(after[0]).toBe(String(maxRank));
    expect(after.slice(0, 25).map(Number)).toEqual([...after.slice(0, 25).map(Number)].sort((a, b) => b - a));
    expect(after.slice(25).every((r) => r === '')).toBe(true);
    await page.selectOption('[data-testid=compare-indicator]', DEFAULT.id);
  });

  it('a commune of the ranking opens its fiche on the map page', async () => {
    await page.locator('[data-testid=commune-ranking] tbody tr[data-code="41269"] button').click();
    await page.locator('[data-testid=commune-fiche][data-code="41269"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid=nav-carte]').getAttribute('aria-current')).toBe('page');
  });

  it('logged no error and sent no request off the machine', () => {
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
    expect(rec.failedRequests, describeRecorder(rec)).toEqual([]);
  });
});

describe('comparison page without WebAssembly', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newAppContext(browser);
    page = await context.newPage();
    await openApp(page, baseUrl, {
      beforeNavigate: async (p) => {
        await p.context().route('**/*.wasm', (route) => route.abort('blockedbyclient'));
      },
    });
    await page.locator('[data-testid=nav-comparer]').click();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the same ratios of sums, computed in the browser, and says so', async () => {
    await page.waitForSelector('[data-testid=compare-page][data-source=ts]', { timeout: 30_000 });
    checkValues(await unitValues(page), DEFAULT);
    await expect
      .poll(() => page.locator('[data-testid=compare-status]').innerText(), { timeout: 40_000 })
      .toMatch(/calculées dans le navigateur/);
  });
});
