// Load-time and interaction benchmark of the production build, in headless Debian Chromium.
//
//   npm run bench                       # vite build, then this script
//   npx tsx scripts/bench.ts --runs 7   # reuse the current dist/
//
// Serves dist/ (gzip on, like a real static host) on loopback under a sub-path, does `--runs` fresh
// page loads (new browser context each: empty cache), then measures each interaction scenario
// `--scenario-runs` times on one loaded page. Prints a table on stderr and the JSON on stdout, and
// writes .bench/results.json. Env: BENCH_RUNS, BENCH_SCENARIO_RUNS, CHROMIUM_PATH, OBS41_DIST (build
// folder, default dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Browser, Page, Request } from 'playwright-core';
import {
  launchChromium,
  newAppContext,
  openApp,
  waitForFirstPaint,
} from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/static-server';

type AppWindow = Window & { __map?: MapLibreMap };

const TARGETS = {
  firstPaintMs: 1000,
  bytesBeforeFirstPaint: 300 * 1024,
} as const;

const FIRST_PAINT_MARK = 'obs:first-paint';
const DUCKDB_READY_MARK = 'obs:duckdb-ready';
const RENDER_MARK = 'obs:render';

type ByteKind = 'js' | 'css' | 'data' | 'wasm' | 'html' | 'other';
const BYTE_KINDS: readonly ByteKind[] = ['js', 'css', 'data', 'wasm', 'html', 'other'];

function kindOf(url: string): ByteKind {
  const ext = extname(new URL(url).pathname).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.html' || ext === '') return 'html';
  if (['.json', '.geojson', '.arrow', '.csv', '.parquet', '.pbf'].includes(ext)) return 'data';
  return 'other';
}

function emptyBytes(): Record<ByteKind, number> {
  return { js: 0, css: 0, data: 0, wasm: 0, html: 0, other: 0 };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function argNumber(name: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

// ---------------------------------------------------------------------------------------------
// Page loads

/** Waits until DuckDB is `ready` or in `error`, and returns which. */
async function waitForDuckdbSettled(page: Page): Promise<string> {
  const status = await page.waitForSelector(
    '[data-testid=duckdb-status]:is([data-state=ready], [data-state=error])',
    { state: 'attached', timeout: 60_000 },
  );
  return (await status.getAttribute('data-state')) ?? 'unknown';
}

interface LoadRun {
  firstPaintMs: number | null;
  duckdbReadyMs: number | null;
  duckdbState: string;
  /**
   * Bytes on the wire (encoded body + headers) of responses that finished before the first-paint
   * mark, service worker requests included; responses served by the service worker are not counted.
   */
  bytesBeforeFirstPaint: Record<ByteKind, number> & { total: number };
  /** Same, for the whole load: until DuckDB settles and the service worker (if any) is active. */
  bytesTotal: Record<ByteKind, number> & { total: number };
  /** Part of `bytesTotal` fetched by the service worker itself (its precache). */
  bytesByServiceWorker: number;
  /** Part of `bytesBeforeFirstPaint` fetched by the service worker itself. */
  bytesBeforeFirstPaintByServiceWorker: number;
  requestsBeforeFirstPaint: number;
  errors: string[];
}

interface FinishedResponse {
  url: string;
  endEpochMs: number;
  bytes: number;
  byServiceWorker: boolean;
  fromServiceWorker: boolean;
}

/** Waits (≤ 30 s) for the page's service worker, if it registered one, to be active. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 30_000);
        if (!('serviceWorker' in navigator)) {
          resolve();
          return;
        }
        void navigator.serviceWorker.getRegistration().then((reg) => {
          if (!reg) resolve();
          else void navigator.serviceWorker.ready.then(() => resolve());
        });
      }),
  );
}

async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
  const context = await newAppContext(browser);
  const page = await context.newPage();
  const finished: Array<Promise<FinishedResponse>> = [];
  // Context-level: also sees workers' and the service worker's requests.
  context.on('requestfinished', (req: Request) => {
    finished.push(
      Promise.all([req.sizes(), req.response()]).then(([sizes, response]) => {
        const t = req.timing();
        return {
          url: req.url(),
          endEpochMs: t.startTime + t.responseEnd,
          bytes: Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize),
          byServiceWorker: req.serviceWorker() !== null,
          fromServiceWorker: response?.fromServiceWorker() ?? false,
        };
      }),
    );
  });
  try {
    const rec = await openApp(page, url);
    await waitForFirstPaint(page, 60_000, rec);
    const duckdbState = await waitForDuckdbSettled(page);
    const marks = await page.evaluate(
      ([fp, ready]) => ({
        timeOrigin: performance.timeOrigin,
        firstPaint: performance.getEntriesByName(fp)[0]?.startTime ?? null,
        duckdbReady: performance.getEntriesByName(ready)[0]?.startTime ?? null,
      }),
      [FIRST_PAINT_MARK, DUCKDB_READY_MARK] as const,
    );
    await waitForServiceWorker(page);
    const responses = await Promise.all(finished);
    const before = { ...emptyBytes(), total: 0 };
    const total = { ...emptyBytes(), total: 0 };
    let requestsBeforeFirstPaint = 0;
    const firstPaintEpoch = marks.firstPaint === null ? Infinity : marks.timeOrigin + marks.firstPaint;
    let bytesByServiceWorker = 0;
    let bytesBeforeFirstPaintByServiceWorker = 0;
    for (const r of responses) {
      if (r.fromServiceWorker) continue; // answered from the service worker's cache or its fetch
      const kind = kindOf(r.url);
      total[kind] += r.bytes;
      total.total += r.bytes;
      if (r.byServiceWorker) bytesByServiceWorker += r.bytes;
      if (r.endEpochMs <= firstPaintEpoch) {
        before[kind] += r.bytes;
        before.total += r.bytes;
        if (r.byServiceWorker) bytesBeforeFirstPaintByServiceWorker += r.bytes;
        requestsBeforeFirstPaint++;
      }
    }
    return {
      firstPaintMs: marks.firstPaint,
      duckdbReadyMs: marks.duckdbReady,
      duckdbState,
      bytesBeforeFirstPaint: before,
      bytesTotal: total,
      bytesByServiceWorker,
      bytesBeforeFirstPaintByServiceWorker,
      requestsBeforeFirstPaint,
      errors: [...rec.pageErrors, ...rec.consoleErrors, ...rec.foreignRequests.map((u) => `blocked: ${u}`)],
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Interaction scenarios: each `run` does one interaction on a loaded page and returns its
// duration in ms. Add a scenario by appending to SCENARIOS.

interface Scenario {
  name: string;
  description: string;
  /** Optional target in ms, printed beside the median. */
  targetMs?: number;
  /** What the duration ends on, filled in by `run` when it depends on the app. */
  endsOn?: string;
  run: (page: Page) => Promise<number>;
}

/**
 * Select change → next `obs:render` mark if the app emits it, else the map's next `idle`
 * (MapLibre fires it after the frame showing the new feature-states, once nothing is pending).
 */
function indicatorSwitchScenario(): Scenario {
  let cursor = 0;
  const scenario: Scenario = {
    name: 'indicator-switch',
    // Walks the options in order, so every run is a real change and the sequence is repeatable.
    // The cost depends on how many communes change class (similar indicators: a single frame).
    description: 'change [data-testid=indicator-select] to the next other indicator',
    async run(page) {
      const ids = await page
        .locator('[data-testid=indicator-select] option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const current = await page.locator('[data-testid=indicator-select]').inputValue();
      const candidates = ids.filter((id) => id !== current);
      const next = candidates[cursor++ % candidates.length];
      if (next === undefined) throw new Error('indicator-switch: fewer than two indicators');
      const result = await page.evaluate(
        ([id, renderMark]) =>
          new Promise<{ ms: number; endsOn: string }>((resolve, reject) => {
            const map = (window as AppWindow).__map;
            const select = document.querySelector<HTMLSelectElement>('[data-testid=indicator-select]');
            if (!map || !select) {
              reject(new Error('window.__map or the indicator select is missing'));
              return;
            }
            // No named helper functions in here: tsx (esbuild keepNames) would wrap them in a
            // `__name()` call that does not exist in the page.
            const emitsRenderMark = performance.getEntriesByName(renderMark).length > 0;
            const timer = setTimeout(() => reject(new Error('indicator-switch: no render within 15 s')), 15_000);
            const t0 = performance.now();
            if (emitsRenderMark) {
              const observer = new PerformanceObserver((list) => {
                if (list.getEntries().some((e) => e.name === renderMark && e.startTime >= t0)) {
                  observer.disconnect();
                  clearTimeout(timer);
                  resolve({ ms: performance.now() - t0, endsOn: `performance mark ${renderMark}` });
                }
              });
              observer.observe({ type: 'mark' });
            } else {
              map.once('idle', () => {
                clearTimeout(timer);
                resolve({ ms: performance.now() - t0, endsOn: "map.once('idle') (the app emits no obs:render mark)" });
              });
            }
            select.value = id;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        [next, RENDER_MARK] as const,
      );
      scenario.endsOn = result.endsOn;
      return result.ms;
    },
  };
  return scenario;
}

const SCENARIOS: Scenario[] = [indicatorSwitchScenario()];

interface ScenarioResult {
  name: string;
  description: string;
  endsOn: string;
  runs: number[];
  medianMs: number;
  targetMs: number | null;
  meetsTarget: boolean | null;
}

async function measureScenarios(browser: Browser, url: string, runs: number): Promise<ScenarioResult[]> {
  const context = await newAppContext(browser);
  const page = await context.newPage();
  try {
    const rec = await openApp(page, url);
    await waitForFirstPaint(page, 60_000, rec);
    // Measure in the steady state: DuckDB's start-up competes for the 2 cores.
    await waitForDuckdbSettled(page);
    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      await scenario.run(page); // warm-up, not counted
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await scenario.run(page));
      const medianMs = median(times);
      results.push({
        name: scenario.name,
        description: scenario.description,
        endsOn: scenario.endsOn ?? 'see scenario',
        runs: times.map((t) => Math.round(t)),
        medianMs: Math.round(medianMs),
        targetMs: scenario.targetMs ?? null,
        meetsTarget: scenario.targetMs === undefined ? null : medianMs <= scenario.targetMs,
      });
    }
    return results;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const runs = argNumber('--runs', 'BENCH_RUNS', 5);
  const scenarioRuns = argNumber('--scenario-runs', 'BENCH_SCENARIO_RUNS', 5);
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, process.env.OBS41_DIST ?? 'dist');
  const server = await startStaticServer({ root: dist, basePath: '/sous/chemin/', gzip: true });
  const browser = await launchChromium();
  try {
    console.error(`bench: ${server.url} (gzip), ${runs} loads, chromium ${browser.version()}`);
    await measureLoad(browser, server.url); // warm-up: fills the server's gzip cache and the OS cache
    const loads: LoadRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await measureLoad(browser, server.url);
      console.error(
        `  load ${i + 1}/${runs}: first paint ${run.firstPaintMs?.toFixed(0)} ms, ` +
          `DuckDB ${run.duckdbState} ${run.duckdbReadyMs?.toFixed(0) ?? '-'} ms, ` +
          `${kb(run.bytesBeforeFirstPaint.total)} before first paint`,
      );
      loads.push(run);
    }
    const scenarios = await measureScenarios(browser, server.url, scenarioRuns);

    const fp = median(loads.map((l) => l.firstPaintMs ?? Number.NaN));
    const ready = median(loads.map((l) => l.duckdbReadyMs ?? Number.NaN));
    const bytesBefore = Object.fromEntries(
      [...BYTE_KINDS, 'total' as const].map((k) => [k, Math.round(median(loads.map((l) => l.bytesBeforeFirstPaint[k])))]),
    ) as Record<ByteKind | 'total', number>;
    const bytesTotal = Object.fromEntries(
      [...BYTE_KINDS, 'total' as const].map((k) => [k, Math.round(median(loads.map((l) => l.bytesTotal[k])))]),
    ) as Record<ByteKind | 'total', number>;
    const swBytes = Math.round(median(loads.map((l) => l.bytesByServiceWorker)));
    const swBytesBefore = Math.round(median(loads.map((l) => l.bytesBeforeFirstPaintByServiceWorker)));
    const paintBeforeDuckdb = loads.every(
      (l) => l.firstPaintMs !== null && (l.duckdbReadyMs === null || l.firstPaintMs < l.duckdbReadyMs),
    );

    const results = {
      date: new Date().toISOString(),
      environment: {
        chromium: browser.version(),
        cores: availableParallelism(),
        node: process.version,
        server: 'tests/e2e/support/static-server.ts, gzip, loopback, sub-path /sous/chemin/',
      },
      runs,
      medians: {
        firstPaintMs: Math.round(fp),
        duckdbReadyMs: Number.isNaN(ready) ? null : Math.round(ready),
        bytesBeforeFirstPaint: bytesBefore,
        bytesWholeLoad: bytesTotal,
        bytesByServiceWorker: swBytes,
        bytesBeforeFirstPaintByServiceWorker: swBytesBefore,
      },
      targets: {
        firstPaintMs: { target: TARGETS.firstPaintMs, value: Math.round(fp), met: fp <= TARGETS.firstPaintMs },
        firstPaintBeforeDuckdbReady: { target: true, value: paintBeforeDuckdb, met: paintBeforeDuckdb },
        bytesBeforeFirstPaint: {
          target: TARGETS.bytesBeforeFirstPaint,
          value: bytesBefore.total,
          met: bytesBefore.total <= TARGETS.bytesBeforeFirstPaint,
        },
      },
      scenarios,
      loads,
    };

    const ok = (met: boolean | null) => (met === null ? '' : met ? 'ok' : 'MISSED');
    const rows: string[][] = [
      ['measure (median)', 'value', 'target', ''],
      ['navigation → obs:first-paint', `${results.medians.firstPaintMs} ms`, `≤ ${TARGETS.firstPaintMs} ms`, ok(results.targets.firstPaintMs.met)],
      ['navigation → obs:duckdb-ready', results.medians.duckdbReadyMs === null ? 'n/a' : `${results.medians.duckdbReadyMs} ms`, 'after first paint', ok(paintBeforeDuckdb)],
      ['bytes before first paint (gzip)', kb(bytesBefore.total), `≤ ${kb(TARGETS.bytesBeforeFirstPaint)}`, ok(results.targets.bytesBeforeFirstPaint.met)],
      ...BYTE_KINDS.map((k) => [`  ${k}`, kb(bytesBefore[k]), '', '']),
      ['  of which service worker precache', kb(swBytesBefore), '', ''],
      ['bytes, whole first visit (gzip)', kb(bytesTotal.total), '', ''],
      ['  of which service worker precache', kb(swBytes), '', ''],
      ...scenarios.map((s) => [
        `${s.name} → ${s.endsOn}`,
        `${s.medianMs} ms`,
        s.targetMs === null ? '' : `≤ ${s.targetMs} ms`,
        ok(s.meetsTarget),
      ]),
    ];
    console.error(`\n${table(rows)}\n`);
    const errors = loads.flatMap((l) => l.errors);
    if (errors.length > 0) console.error(`errors during the loads:\n  ${[...new Set(errors)].join('\n  ')}\n`);

    mkdirSync(resolve(root, '.bench'), { recursive: true });
    writeFileSync(resolve(root, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    console.error('bench: wrote .bench/results.json');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
