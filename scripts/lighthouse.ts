// Lighthouse audit of the production build, as an outside judge (performance, accessibility, best
// practices), in headless Debian Chromium and fully offline.
//
//   npm run lighthouse                                  # vite build, then this script (3 runs)
//   npx tsx scripts/lighthouse.ts --runs 5              # reuse the current dist/
//   OBS41_DIST=/tmp/dist-lh npx tsx scripts/lighthouse.ts
//   npx tsx scripts/lighthouse.ts --hash page=acces     # another page (permalink hash)
//
// Serves the build folder (dist/, or env OBS41_DIST) gzip-compressed on loopback under the sub-path
// /sous/chemin/, then runs Lighthouse `--runs` times (default 3, env LIGHTHOUSE_RUNS), each in a fresh
// Chromium with an empty profile, with Lighthouse's defaults: mobile preset (Moto G Power emulation)
// and simulated throttling (slow 4G, 4× CPU slowdown, computed by Lantern from the trace).
// Prints a table on stderr (median score per category against the targets, median metrics, failing
// accessibility and best-practices audits, top performance opportunities), the JSON on stdout, and
// writes .bench/lighthouse.json plus the full HTML report of the typical run, .bench/lighthouse.html
// (with --hash: .bench/lighthouse-<hash>.json / .html).
//
// It is a report: the exit code is 0 even when a target is missed, non-zero only when Lighthouse
// itself fails (Chromium does not start, a run throws or ends with a runtime error such as NO_FCP).
// Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_RUNS, OBS41_DIST.
//
// Offline: Chromium resolves no host name but loopback (--host-resolver-rules) and its background
// services are off; Lighthouse itself fetches nothing. Requests to other hosts seen in the trace are
// listed under "network" (there must be none).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { startStaticServer, type StaticServer } from '../tests/e2e/support/static-server';
import {
  CATEGORIES,
  TARGETS,
  aggregate,
  formatReport,
  summariseRun,
  type RunSummary,
} from './lib/lighthouse-summary';

const BASE_PATH = '/sous/chemin/';
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Same spirit as tests/e2e/support/browser.ts (works as root on a 2-core machine; WebGL2 on
 * SwiftShader), plus: no DNS except loopback, so nothing can leave the machine. chrome-launcher
 * adds its own defaults (no extensions, no background networking, no translate…). */
const CHROME_FLAGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function argNumber(name: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

function argString(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Requests every file once so the server's gzip cache is full: the first gzip of the ~35 MB wasm
 * takes seconds and must not show up as server response time in the audit. */
async function warmUp(server: StaticServer, dist: string): Promise<void> {
  for (const file of listFiles(dist)) {
    const path = relative(dist, file).split(sep).map(encodeURIComponent).join('/');
    const res = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    await res.arrayBuffer();
  }
}

interface RunOutcome {
  summary: RunSummary | null;
  html: string | null;
  error: string | null;
}

async function runOnce(url: string): Promise<RunOutcome> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [...CHROME_FLAGS],
    logLevel: 'silent',
  });
  try {
    // Only what differs from Lighthouse's defaults: the default config is the mobile preset with
    // simulated throttling, which is what is measured here.
    const flags: Flags = {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    };
    const result = await lighthouse(url, flags);
    if (!result) return { summary: null, html: null, error: 'Lighthouse returned no result' };
    const summary = summariseRun(result.lhr);
    const html = Array.isArray(result.report) ? (result.report[0] ?? null) : result.report;
    return { summary, html, error: summary.runtimeError };
  } catch (error) {
    return { summary: null, html: null, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const runs = argNumber('--runs', 'LIGHTHOUSE_RUNS', 3);
  const hash = (argString('--hash') ?? '').replace(/^#/, '');
  const slug = hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  const outBase = slug ? `.bench/lighthouse-${slug}` : '.bench/lighthouse';
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, process.env.OBS41_DIST ?? 'dist');
  const server = await startStaticServer({ root: dist, basePath: BASE_PATH, gzip: true });
  const errors: string[] = [];
  const summaries: RunSummary[] = [];
  const url = `${server.url}${hash ? `#${hash}` : ''}`;
  const htmlByRun: Array<string | null> = [];
  try {
    console.error(`lighthouse: ${url} (gzip, ${relative(root, dist) || dist}), ${runs} run(s), ${CHROME_PATH}`);
    await warmUp(server, dist);
    for (let i = 0; i < runs; i++) {
      const started = Date.now();
      const outcome = await runOnce(url);
      const s = outcome.summary;
      const scores = s ? CATEGORIES.map((c) => `${c} ${s.scores[c] === null ? '–' : Math.round((s.scores[c] ?? 0) * 100)}`).join(', ') : 'no result';
      console.error(`  run ${i + 1}/${runs}: ${scores} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      if (outcome.error) {
        errors.push(`run ${i + 1}: ${outcome.error}`);
        console.error(`  run ${i + 1} failed: ${outcome.error}`);
        continue;
      }
      if (s) {
        summaries.push(s);
        htmlByRun.push(outcome.html);
      }
    }
  } finally {
    await server.close();
  }

  if (summaries.length === 0) {
    console.error(`lighthouse: no successful run\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const agg = aggregate(summaries);
  // HTML report of the run closest to the median performance score
  const perfMedian = agg.categories.performance.median ?? 0;
  const distance = (s: RunSummary): number => Math.abs((s.scores.performance ?? 0) - perfMedian);
  const typical = summaries.reduce((bestIdx, s, i) => (distance(s) < distance(summaries[bestIdx] as RunSummary) ? i : bestIdx), 0);
  const typicalHtml = htmlByRun[typical] ?? null;

  const results = {
    date: new Date().toISOString(),
    url,
    dist: relative(root, dist) || dist,
    lighthouseVersion: summaries[0]?.lighthouseVersion ?? '',
    chrome: summaries[0]?.userAgent ?? '',
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', benchmarkIndex: summaries.map((s) => s.benchmarkIndex) },
    settings: { preset: 'mobile (Lighthouse default)', throttling: 'simulated (Lighthouse default)', basePath: BASE_PATH, gzip: true },
    targets: TARGETS,
    runs: agg.runs,
    categories: agg.categories,
    metrics: agg.metrics,
    failingAudits: agg.failing,
    performanceFindings: agg.perfFindings,
    foreignRequests: agg.foreignRequests,
    runWarnings: agg.runWarnings,
    errors,
    perRun: summaries.map((s) => ({ scores: s.scores, metrics: s.metrics })),
  };

  console.error(`\n${formatReport(agg, summaries)}\n`);
  if (errors.length > 0) console.error(`errors:\n  ${errors.join('\n  ')}\n`);
  mkdirSync(resolve(root, '.bench'), { recursive: true });
  writeFileSync(resolve(root, `${outBase}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (typicalHtml !== null) writeFileSync(resolve(root, `${outBase}.html`), typicalHtml);
  console.log(JSON.stringify(results, null, 2));
  console.error(`lighthouse: wrote ${outBase}.json${typicalHtml !== null ? ` and ${outBase}.html` : ''}`);
  // A run that failed is Lighthouse failing, not a missed target.
  if (errors.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
