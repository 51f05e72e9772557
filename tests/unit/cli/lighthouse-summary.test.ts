// scripts/lib/lighthouse-summary.ts on hand-made Lighthouse results (no browser).
import type { Result as LighthouseResult } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { aggregate, formatReport, isLocalUrl, median, summariseRun } from '../../../scripts/lib/lighthouse-summary.ts';

interface FakeRun {
  perf: number;
  a11y: number;
  bp: number;
  lcp: number;
  a11yFailing?: boolean;
  foreign?: boolean;
}

function fakeLhr(r: FakeRun): LighthouseResult {
  const audit = (id: string, score: number | null, extra: Record<string, unknown> = {}) => ({
    id,
    title: `title of ${id}`,
    description: '',
    score,
    scoreDisplayMode: score === null ? 'informative' : 'numeric',
    ...extra,
  });
  const audits: Record<string, unknown> = {
    'first-contentful-paint': audit('first-contentful-paint', 0.9, { numericValue: 1500 }),
    'largest-contentful-paint': audit('largest-contentful-paint', 0.5, { numericValue: r.lcp }),
    'total-blocking-time': audit('total-blocking-time', 0.1, { numericValue: 900 }),
    'cumulative-layout-shift': audit('cumulative-layout-shift', 1, { numericValue: 0.01 }),
    'speed-index': audit('speed-index', 0.8, { numericValue: 2000 }),
    'unused-javascript': audit('unused-javascript', 0, {
      displayValue: 'Est savings of 300 KiB',
      details: { type: 'opportunity', overallSavingsMs: 600, overallSavingsBytes: 300_000, items: [] },
      metricSavings: { LCP: 600, FCP: 0 },
    }),
    'bootup-time': audit('bootup-time', 0.5, { details: { type: 'table', items: [] }, metricSavings: { TBT: 800 } }),
    'network-requests': audit('network-requests', null, {
      details: {
        type: 'table',
        items: [
          { url: 'http://127.0.0.1:4173/sous/chemin/' },
          { url: 'data:image/png;base64,AAA' },
          ...(r.foreign ? [{ url: 'https://tiles.example.org/x.pbf' }] : []),
        ],
      },
    }),
    'target-size': audit('target-size', r.a11yFailing ? 0 : 1, {
      details: { type: 'table', items: [{ node: { selector: 'fieldset.options > label.radio > input' } }] },
    }),
    'label-content-name-mismatch': audit('label-content-name-mismatch', 1),
    'valid-source-maps': audit('valid-source-maps', 0, { details: { type: 'table', items: [] } }),
  };
  return {
    lighthouseVersion: '12.8.2',
    finalDisplayedUrl: 'http://127.0.0.1:4173/sous/chemin/',
    environment: { hostUserAgent: 'HeadlessChrome', benchmarkIndex: 1500 },
    runWarnings: [],
    audits,
    categories: {
      performance: {
        id: 'performance',
        title: 'Performance',
        score: r.perf,
        auditRefs: [
          { id: 'first-contentful-paint', weight: 10, group: 'metrics' },
          { id: 'largest-contentful-paint', weight: 25, group: 'metrics' },
          { id: 'unused-javascript', weight: 0, group: 'diagnostics' },
          { id: 'bootup-time', weight: 0, group: 'diagnostics' },
          { id: 'network-requests', weight: 0, group: 'hidden' },
        ],
      },
      accessibility: {
        id: 'accessibility',
        title: 'Accessibility',
        score: r.a11y,
        auditRefs: [
          { id: 'target-size', weight: 7 },
          { id: 'label-content-name-mismatch', weight: 0 },
        ],
      },
      'best-practices': {
        id: 'best-practices',
        title: 'Best practices',
        score: r.bp,
        auditRefs: [{ id: 'valid-source-maps', weight: 0 }],
      },
    },
  } as unknown as LighthouseResult;
}

describe('lighthouse summary', () => {
  it('median of odd and even counts, ignoring non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('tells loopback and inline URLs from requests that leave the machine', () => {
    expect(isLocalUrl('http://127.0.0.1:80/a')).toBe(true);
    expect(isLocalUrl('http://localhost/a')).toBe(true);
    expect(isLocalUrl('blob:http://127.0.0.1/x')).toBe(true);
    expect(isLocalUrl('https://example.org/')).toBe(false);
  });

  it('summarises one run: scores, metrics, failing audits with their nodes, findings, foreign requests', () => {
    const s = summariseRun(fakeLhr({ perf: 0.5, a11y: 0.93, bp: 1, lcp: 4000, a11yFailing: true, foreign: true }));
    expect(s.scores).toEqual({ performance: 0.5, accessibility: 0.93, 'best-practices': 1 });
    expect(s.metrics).toEqual({ fcpMs: 1500, lcpMs: 4000, tbtMs: 900, cls: 0.01, speedIndexMs: 2000 });
    expect(s.failing.accessibility.map((a) => [a.id, a.weight, a.nodes])).toEqual([
      ['target-size', 7, ['fieldset.options > label.radio > input']],
    ]);
    expect(s.failing['best-practices'].map((a) => a.id)).toEqual(['valid-source-maps']);
    // metrics and hidden audits are not findings; the opportunity with savings comes first
    expect(s.perfFindings.map((f) => [f.id, f.kind])).toEqual([
      ['unused-javascript', 'opportunity'],
      ['bootup-time', 'diagnostic'],
    ]);
    expect(s.perfFindings[0]?.savingsMs).toBe(600);
    expect(s.foreignRequests).toEqual(['https://tiles.example.org/x.pbf']);
    expect(s.lighthouseVersion).toBe('12.8.2');
  });

  it('aggregates runs: median scores and metrics, targets, how many runs an audit failed in', () => {
    const runs = [
      fakeLhr({ perf: 0.96, a11y: 1, bp: 1, lcp: 2000 }),
      fakeLhr({ perf: 0.9, a11y: 0.93, bp: 1, lcp: 3000, a11yFailing: true }),
      fakeLhr({ perf: 0.97, a11y: 1, bp: 0.9, lcp: 2500 }),
    ].map(summariseRun);
    const agg = aggregate(runs);
    expect(agg.categories.performance).toMatchObject({ median: 0.96, min: 0.9, max: 0.97, target: 0.95, pass: true });
    expect(agg.categories.accessibility).toMatchObject({ median: 1, target: 1, pass: true });
    expect(agg.categories['best-practices']).toMatchObject({ median: 1, pass: true });
    expect(agg.metrics.lcpMs).toBe(2500);
    expect(agg.failing.accessibility.map((a) => [a.id, a.runs])).toEqual([['target-size', 1]]);
    expect(agg.failing['best-practices'].map((a) => [a.id, a.runs])).toEqual([['valid-source-maps', 3]]);
    expect(agg.foreignRequests).toEqual([]);

    const text = formatReport(agg, runs);
    expect(text).toMatch(/performance\s+96\s+96 90 97\s+≥ 95\s+pass/);
    expect(text).toMatch(/accessibility\s+100\s+100 93 100\s+= 100\s+pass/);
    expect(text).toContain('target-size: title of target-size [1/3 runs]');
    expect(text).toContain('valid-source-maps: title of valid-source-maps [3/3 runs, not weighted]');
    expect(text).toContain('network: no request left the machine');
    expect(text).toContain('CPU benchmark index per run: 1500 1500 1500');
    expect(text).not.toContain('machine was busy');
  });

  it('a missed target is a MISS, not an error', () => {
    const agg = aggregate([summariseRun(fakeLhr({ perf: 0.5, a11y: 0.99, bp: 0.94, lcp: 5000 }))]);
    expect(agg.categories.performance.pass).toBe(false);
    expect(agg.categories.accessibility.pass).toBe(false);
    expect(agg.categories['best-practices'].pass).toBe(false);
    expect(formatReport(agg, [])).toMatch(/accessibility\s+99\s+= 100\s+MISS/);
  });

  it('refuses to aggregate nothing', () => {
    expect(() => aggregate([])).toThrow(/no Lighthouse run/);
  });
});
