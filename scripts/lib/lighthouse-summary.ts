// Pure helpers for scripts/lighthouse.ts: turn Lighthouse results (LHR) into a small summary per
// run, aggregate N runs (medians), compare with the targets and format the stderr table.
// No Lighthouse import here (types only), so the logic is testable on a hand-made LHR.
import type { Result as LighthouseResult } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Targets from the issue: performance ≥ 0.95, accessibility = 1, best practices ≥ 0.95. */
export const TARGETS: Readonly<Record<CategoryId, number>> = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 0.95,
};

export const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;
export type MetricKey = keyof typeof METRICS;
const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

/** An audit of a category that scored below 1 (binary or numeric), as reported. */
export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  /** Weight in the category score (0: reported by Lighthouse but not counted). */
  weight: number;
  displayValue?: string;
  /** Up to 5 elements involved (CSS selectors or snippets), when the audit lists DOM nodes. */
  nodes: string[];
}

/** A performance audit below 1: an opportunity (estimated savings) or a diagnostic. */
export interface PerfFinding {
  id: string;
  title: string;
  kind: 'opportunity' | 'diagnostic';
  score: number;
  displayValue?: string;
  /** Estimated savings as reported by Lighthouse (`details.overallSavingsMs`, `metricSavings`). */
  savingsMs: number;
  savingsBytes: number;
  metricSavings: Record<string, number>;
}

export interface RunSummary {
  finalUrl: string;
  scores: Record<CategoryId, number | null>;
  metrics: Record<MetricKey, number | null>;
  failing: Record<Exclude<CategoryId, 'performance'>, FailingAudit[]>;
  perfFindings: PerfFinding[];
  /** Requests that left the machine (anything but loopback, data:, blob:…): must stay empty. */
  foreignRequests: string[];
  runWarnings: string[];
  runtimeError: string | null;
  userAgent: string;
  lighthouseVersion: string;
  /** Lighthouse's CPU benchmark of the machine (higher is faster; ~1000+ for a typical desktop). */
  benchmarkIndex: number | null;
}

// The LHR's `details` are a wide union; only the few fields read here are described.
interface LooseDetails {
  type?: string;
  overallSavingsMs?: number;
  overallSavingsBytes?: number;
  items?: Array<Record<string, unknown>>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for URLs that never leave the machine. */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return LOCAL_HOSTS.has(u.hostname);
  return true;
}

export function median(values: readonly number[]): number | null {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function nodeLabels(details: LooseDetails | undefined): string[] {
  const out: string[] = [];
  for (const item of details?.items ?? []) {
    const node = item['node'] as { selector?: string; snippet?: string } | undefined;
    const label = node?.selector || node?.snippet;
    if (label && !out.includes(label)) out.push(label);
    if (out.length >= 5) break;
  }
  return out;
}

function failingAudits(lhr: LighthouseResult, categoryId: CategoryId): FailingAudit[] {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  const out: FailingAudit[] = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    out.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      nodes: nodeLabels(audit.details as LooseDetails | undefined),
    });
  }
  return out.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

function perfFindings(lhr: LighthouseResult): PerfFinding[] {
  const category = lhr.categories['performance'];
  if (!category) return [];
  const out: PerfFinding[] = [];
  for (const ref of category.auditRefs) {
    // metrics are reported separately; `hidden` holds the new "insights" duplicates
    if (ref.group === 'metrics' || ref.group === 'hidden') continue;
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    const details = audit.details as LooseDetails | undefined;
    const metricSavings: Record<string, number> = {};
    for (const [k, v] of Object.entries(audit.metricSavings ?? {})) if (typeof v === 'number' && v > 0) metricSavings[k] = v;
    const savingsMs = details?.overallSavingsMs ?? Math.max(0, metricSavings['LCP'] ?? 0, metricSavings['FCP'] ?? 0);
    out.push({
      id: audit.id,
      title: audit.title,
      kind: details?.type === 'opportunity' ? 'opportunity' : 'diagnostic',
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      savingsMs: Math.round(savingsMs),
      savingsBytes: Math.round(details?.overallSavingsBytes ?? 0),
      metricSavings,
    });
  }
  const rank = (f: PerfFinding): number => f.savingsMs + (f.metricSavings['TBT'] ?? 0) + f.savingsBytes / 1000;
  return out.sort((a, b) => rank(b) - rank(a) || a.score - b.score);
}

function foreignRequests(lhr: LighthouseResult): string[] {
  const details = lhr.audits['network-requests']?.details as LooseDetails | undefined;
  const urls = (details?.items ?? []).map((i) => String(i['url'] ?? ''));
  return [...new Set(urls.filter((u) => u !== '' && !isLocalUrl(u)))];
}

export function summariseRun(lhr: LighthouseResult): RunSummary {
  const scores = {} as Record<CategoryId, number | null>;
  for (const c of CATEGORIES) scores[c] = lhr.categories[c]?.score ?? null;
  const metrics = {} as Record<MetricKey, number | null>;
  for (const k of METRIC_KEYS) {
    const v = lhr.audits[METRICS[k]]?.numericValue;
    metrics[k] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return {
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    metrics,
    failing: {
      accessibility: failingAudits(lhr, 'accessibility'),
      'best-practices': failingAudits(lhr, 'best-practices'),
    },
    perfFindings: perfFindings(lhr),
    foreignRequests: foreignRequests(lhr),
    runWarnings: (lhr.runWarnings ?? []).map(String),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    userAgent: lhr.environment?.hostUserAgent ?? '',
    lighthouseVersion: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

export interface CategoryVerdict {
  median: number | null;
  min: number | null;
  max: number | null;
  target: number;
  pass: boolean;
}

export interface AggregatedFailingAudit extends FailingAudit {
  /** In how many of the runs the audit scored below 1. */
  runs: number;
}

export interface Aggregate {
  runs: number;
  categories: Record<CategoryId, CategoryVerdict>;
  metrics: Record<MetricKey, number | null>;
  failing: Record<Exclude<CategoryId, 'performance'>, AggregatedFailingAudit[]>;
  /** Performance findings of the run whose performance score is the median one. */
  perfFindings: PerfFinding[];
  foreignRequests: string[];
  runWarnings: string[];
}

function unionFailing(runs: readonly RunSummary[], cat: Exclude<CategoryId, 'performance'>): AggregatedFailingAudit[] {
  const byId = new Map<string, AggregatedFailingAudit>();
  for (const run of runs) {
    for (const a of run.failing[cat]) {
      const seen = byId.get(a.id);
      if (seen) {
        seen.runs += 1;
        seen.score = Math.min(seen.score, a.score);
      } else {
        byId.set(a.id, { ...a, runs: 1 });
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.runs - a.runs || b.weight - a.weight);
}

/** Aggregates successful runs (at least one). */
export function aggregate(runs: readonly RunSummary[]): Aggregate {
  if (runs.length === 0) throw new Error('no Lighthouse run to aggregate');
  const categories = {} as Record<CategoryId, CategoryVerdict>;
  for (const c of CATEGORIES) {
    const values = runs.map((r) => r.scores[c]).filter((v): v is number => v !== null);
    const med = median(values);
    categories[c] = {
      median: med,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      target: TARGETS[c],
      pass: med !== null && med >= TARGETS[c],
    };
  }
  const metrics = {} as Record<MetricKey, number | null>;
  for (const k of METRIC_KEYS) metrics[k] = median(runs.map((r) => r.metrics[k]).filter((v): v is number => v !== null));
  // the run closest to the median performance score stands for the "typical" run
  const perfMedian = categories.performance.median ?? 0;
  const typical = [...runs].sort(
    (a, b) => Math.abs((a.scores.performance ?? 0) - perfMedian) - Math.abs((b.scores.performance ?? 0) - perfMedian),
  )[0] as RunSummary;
  return {
    runs: runs.length,
    categories,
    metrics,
    failing: { accessibility: unionFailing(runs, 'accessibility'), 'best-practices': unionFailing(runs, 'best-practices') },
    perfFindings: typical.perfFindings,
    foreignRequests: [...new Set(runs.flatMap((r) => r.foreignRequests))],
    runWarnings: [...new Set(runs.flatMap((r) => r.runWarnings))],
  };
}

const pct = (v: number | null): string => (v === null ? '–' : String(Math.round(v * 100)));
const ms = (v: number | null): string => (v === null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);

/** Human-readable report for stderr. */
export function formatReport(agg: Aggregate, perRun: readonly RunSummary[], opportunities = 8): string {
  const lines: string[] = [];
  lines.push(`Lighthouse — median of ${agg.runs} run(s) (mobile preset, simulated throttling)`);
  lines.push('');
  const rows: string[][] = [['category', 'median', 'runs', 'target', 'verdict']];
  for (const c of CATEGORIES) {
    const v = agg.categories[c];
    rows.push([
      c,
      pct(v.median),
      perRun.map((r) => pct(r.scores[c])).join(' '),
      `${c === 'accessibility' ? '=' : '≥'} ${pct(v.target)}`,
      v.pass ? 'pass' : 'MISS',
    ]);
  }
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) lines.push(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  lines.push('');
  const m = agg.metrics;
  lines.push(
    `metrics (median): FCP ${ms(m.fcpMs)} · LCP ${ms(m.lcpMs)} · TBT ${ms(m.tbtMs)} · CLS ${m.cls === null ? '–' : m.cls.toFixed(3)} · Speed Index ${ms(m.speedIndexMs)}`,
  );
  for (const cat of ['accessibility', 'best-practices'] as const) {
    const failing = agg.failing[cat];
    lines.push('');
    lines.push(failing.length === 0 ? `${cat}: no failing audit` : `${cat}: failing audits (score < 1)`);
    for (const a of failing) {
      const weight = a.weight === 0 ? ', not weighted' : '';
      lines.push(`  - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [${a.runs}/${agg.runs} runs${weight}]`);
      for (const n of a.nodes) lines.push(`      ${n}`);
    }
  }
  lines.push('');
  const top = agg.perfFindings.slice(0, opportunities);
  lines.push(top.length === 0 ? 'performance: no opportunity or diagnostic below 1' : `performance: top ${top.length} opportunities / diagnostics (typical run)`);
  for (const f of top) {
    const savings = [
      f.savingsMs > 0 ? `~${ms(f.savingsMs)}` : '',
      f.savingsBytes > 0 ? `~${Math.round(f.savingsBytes / 1024)} KiB` : '',
      f.metricSavings['TBT'] ? `TBT −${Math.round(f.metricSavings['TBT'])} ms` : '',
    ].filter(Boolean);
    lines.push(`  - [${f.kind}] ${f.id}: ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}${savings.length ? ` (savings ${savings.join(', ')})` : ''}`);
  }
  lines.push('');
  lines.push(agg.foreignRequests.length === 0 ? 'network: no request left the machine' : `network: ${agg.foreignRequests.length} request(s) left the machine:`);
  for (const u of agg.foreignRequests) lines.push(`  - ${u}`);
  const bench = perRun.map((r) => r.benchmarkIndex).filter((b): b is number => b !== null);
  if (bench.length > 0) {
    const busy = Math.min(...bench) < 0.7 * Math.max(...bench);
    lines.push('');
    lines.push(
      `CPU benchmark index per run: ${bench.map((b) => Math.round(b)).join(' ')}` +
        (busy ? ' — varied by more than 30 %: the machine was busy during some runs, scores vary with it' : ''),
    );
  }
  if (agg.runWarnings.length > 0) {
    lines.push('');
    lines.push('Lighthouse warnings:');
    for (const w of agg.runWarnings) lines.push(`  - ${w}`);
  }
  return lines.join('\n');
}
