// Hostile files dropped on the page, on the production build in headless Chromium: markup and
// formulas in a CSV (« Vos données »), huge, empty and binary files, hostile scenario files on the
// access page. The messages are shown in French, as text: nothing is injected into the page (no
// element, no dialog), no uncaught error, and the CSV export of an index built from the hostile
// upload neutralises every formula. The exact outcome of each file is asserted in
// tests/unit/hostile/upload-corpus.test.ts; this checks what the page does with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRecorder, launchChromium, newAppContext, openApp, waitForFirstPaint, type AppRecorder } from './support/browser';

const baseUrl = inject('baseUrl');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile');
const ENGINE = { timeout: 60_000 } as const;
const POLL = { timeout: 15_000 } as const;
const MARKUP = '<img src=x onerror=alert(1)>';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let rec: AppRecorder;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await newAppContext(browser);
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  rec = await openApp(page, baseUrl);
  await waitForFirstPaint(page, 30_000, rec);
  await page.click('[data-testid=nav-indice]');
  await page.waitForSelector('[data-testid=composite-panel][data-ready=yes]', { timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Elements a markup injection would have created anywhere in the document. */
const injected = () => page.evaluate(() => document.querySelectorAll('img, script:not([src]), [onerror], iframe, object, embed').length);

async function drop(name: string, content: string | Buffer): Promise<void> {
  await page.setInputFiles('[data-testid=upload-file]', { name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

async function refusal(): Promise<string> {
  const alert = page.locator('[data-testid=upload-errors]');
  await alert.waitFor(ENGINE);
  expect(await alert.getAttribute('role')).toBe('alert');
  return alert.innerText();
}

/** What a spreadsheet would run: a cell starting (after spaces) with = + - @ (not a plain number), or tab/CR. */
function runsAsFormula(cell: string): boolean {
  if (/^-?\d+(?:[.,]\d+)?$/.test(cell)) return false;
  return /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(cell);
}

describe('« Vos données » with hostile CSV files', () => {
  it('markup as a column name: accepted, shown as text everywhere, nothing injected', async () => {
    await drop('balises.csv', readFileSync(resolve(FIXTURES, 'markup-names.csv')));
    await page.waitForSelector('[data-testid=upload-entry]', ENGINE);
    const column = page.locator('[data-testid=upload-column]');
    expect(await column.getAttribute('data-id')).toBe('import:img_src_x_onerror_alert_1');
    expect(await column.innerText()).toContain(MARKUP);
    expect(await page.locator('[data-testid=upload-section] fieldset.layers').innerText()).toContain(MARKUP);
    // on the map, as a layer
    await page.check('[data-testid="upload-layer-import:img_src_x_onerror_alert_1"]');
    await page.waitForSelector('[data-testid=composite-legend][data-layer="import:img_src_x_onerror_alert_1"][data-drawn=yes]', POLL);
    expect(await injected()).toBe(0);
  });

  it('markup and a formula as values: refused, the cells quoted as text in the alert', async () => {
    await drop('valeurs-piegees.csv', readFileSync(resolve(FIXTURES, 'markup-values.csv')));
    const text = await refusal();
    expect(text).toContain('Le fichier « valeurs-piegees.csv » n’a pas été importé');
    expect(text).toContain(`Ligne 2, colonne rsa : « ${MARKUP} » n'est pas un nombre (le balisage est lu comme du texte).`);
    expect(text).toContain(`Ligne 3, colonne rsa : « =HYPERLINK("http://example.invalid") » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`);
    expect(text).toContain('Les données déjà importées et la carte restent inchangées.');
    expect(await page.locator('[data-testid=upload-entry]').count()).toBe(1);
    expect(await injected()).toBe(0);
  });

  it('a pasted table with +cmd, -1+1 and @SUM: refused with one line each', async () => {
    await page.click('[data-testid=upload-section] details.paste summary');
    await page.fill('[data-testid=upload-paste]', "code;v\n41018;+cmd|' /C calc'!A0\n41269;-1+1\n41194;@SUM(A1)\n41001;2\n");
    await page.click('[data-testid=upload-paste-submit]');
    const text = await refusal();
    for (const [line, cell] of [[2, "+cmd|' /C calc'!A0"], [3, '-1+1'], [4, '@SUM(A1)']] as const) {
      expect(text).toContain(`Ligne ${line}, colonne v : « ${cell} » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`);
    }
  });

  const refused: { name: string; file: string; content: () => Buffer; message: string }[] = [
    {
      name: 'a 10.5 MB file, refused before it is read',
      file: 'enorme.csv',
      content: () => Buffer.alloc(Math.round(10.5 * 1024 * 1024), 'a'),
      message: 'Le fichier fait 10,5 Mo : la limite est de 5 Mo.',
    },
    { name: 'an empty file', file: 'vide.csv', content: () => Buffer.alloc(0), message: 'Le fichier est vide.' },
    {
      name: 'binary garbage (a PNG renamed .csv)',
      file: 'image.csv',
      content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      message: "Ce fichier n'est pas un texte CSV (il contient des caractères binaires).",
    },
    {
      name: 'huge numbers and NaN',
      file: 'nombres.csv',
      content: () => Buffer.from('code;v\n41018;1e308\n41269;NaN\n41194;Infinity\n41001;2\n'),
      message: "Ligne 3, colonne v : « NaN » n'est pas une valeur finie ; laissez la cellule vide pour une valeur manquante.",
    },
  ];
  for (const c of refused) {
    it(`${c.name}: its French message, the previous upload kept`, async () => {
      await drop(c.file, c.content());
      await expect.poll(async () => (await page.locator('[data-testid=upload-errors]').count()) > 0 && (await refusal()).includes(c.file), ENGINE).toBe(true);
      expect(await refusal()).toContain(c.message);
      expect(await page.locator('[data-testid=upload-entry]').count()).toBe(1);
    });
  }

  it('never shows NaN or Infinity on the page (but in the alert quoting the refused cells)', async () => {
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-testid=upload-errors]').forEach((e) => e.remove());
      return clone.textContent ?? '';
    });
    expect(text.match(/.{0,80}(\bNaN\b|Infinity|∞).{0,80}/g)).toBeNull();
  });
});

describe('the CSV export of an index built on a hostile upload', () => {
  it('neutralises the formulas of the file name, the column name and the index label', async () => {
    await page.click('[data-testid=upload-section] details.paste summary');
    await drop('=HYPERLINK("http://example.invalid").csv', 'code;=1+1\n41018;2\n41269;3\n41194;4\n');
    await expect.poll(() => page.locator('[data-testid=upload-entry]').count(), ENGINE).toBe(2);
    if (!(await page.locator('[data-testid="composite-pick-import:v_1_1"]').isVisible())) await page.click('[data-testid=composite-picker]');
    await page.check('[data-testid="composite-pick-import:v_1_1"]');
    await page.waitForSelector('[data-testid=composite-indicator][data-id="import:v_1_1"]', POLL);
    await page.fill('#composite-label', '@SUM(A1:A9);-2+3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=composite-table-csv]')]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const cells = text
      .slice(1)
      .split('\r\n')
      .flatMap((line) => line.split(/[;,\t]/).map((c) => c.replace(/^"/, '')));
    expect(cells.filter(runsAsFormula)).toEqual([]);
    // the texts are kept (inside comment lines, after « : », they start no cell)…
    expect(text).toContain('=HYPERLINK("http://example.invalid").csv');
    // …and a piece after a separator gets its apostrophe
    expect(text).toContain(`@SUM(A1:A9);'-2+3`);
  });
});

describe('hostile scenario files on the access page', () => {
  beforeAll(async () => {
    await page.click('[data-testid=nav-acces]');
    await page.waitForSelector('[data-testid=access-panel][data-phase=ready]', ENGINE);
  }, ENGINE.timeout + 5_000);

  const cases: { name: string; file: string; content: () => Buffer; message: RegExp }[] = [
    { name: 'an empty file', file: 'vide.json', content: () => Buffer.alloc(0), message: /Le fichier est vide\./ },
    { name: 'a BOM only', file: 'bom.json', content: () => Buffer.from([0xef, 0xbb, 0xbf]), message: /Le fichier est vide\./ },
    {
      name: 'a 2 MB file, refused before it is read',
      file: 'enorme.json',
      content: () => Buffer.alloc(2 * 1024 * 1024, ' '),
      message: /Le fichier fait 2 Mo : un scénario exporté fait quelques kilo-octets \(limite : 1 Mo\)\./,
    },
    { name: 'truncated JSON', file: 'tronque.json', content: () => Buffer.from('{"name": "Plan'), message: /Le texte n'est pas du JSON valide/ },
    {
      name: 'markup and huge numbers in the fields',
      file: 'piege.json',
      content: () => Buffer.from(JSON.stringify({ name: MARKUP, added: [MARKUP], removed: [], includePlanned: true, thresholdMin: 1e308 })),
      message: new RegExp(`«\\sthresholdMin\\s» doit être compris entre 1 et 120 minutes[\\s\\S]*«\\sadded\\[0\\]\\s»\\s: site inconnu «\\s${MARKUP.replace(/[()]/g, '\\$&')}\\s»`),
    },
  ];
  for (const c of cases) {
    it(`${c.name}: a French message, shown as text, the scenario unchanged`, async () => {
      const before = await page.locator('[data-testid=access-panel]').getAttribute('data-phase');
      await page.setInputFiles('[data-testid=access-import]', { name: c.file, mimeType: 'application/json', buffer: c.content() });
      const alert = page.locator('[data-testid=access-import-errors]');
      await expect.poll(async () => (await alert.count()) > 0 && (await alert.innerText()).includes(c.file), POLL).toBe(true);
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.innerText()).toMatch(c.message);
      expect(await page.locator('[data-testid=access-panel]').getAttribute('data-phase')).toBe(before);
      expect(await injected()).toBe(0);
    });
  }
});

describe('errors', () => {
  it('no dialog, no uncaught error, no request off the machine', () => {
    expect(dialogs).toEqual([]);
    expect(rec.pageErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.consoleErrors, describeRecorder(rec)).toEqual([]);
    expect(rec.foreignRequests, describeRecorder(rec)).toEqual([]);
  });
});
