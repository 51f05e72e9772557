/*
 * The other files a user may drop: an access scenario (JSON), an index definition (JSON), a slide
 * deck (JSON). Hostile and broken contents are refused with a message, never thrown, never
 * evaluated; markup stays text; prototype keys change nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, type AccessSite } from '../../../src/domain/access/scenario.ts';
import { parseIndexDefinition } from '../../../src/domain/composite/index-definition-json.ts';
import { definitionMessage } from '../../../src/domain/composite/messages.ts';
import type { CatalogueEntry } from '../../../src/domain/composite/types.ts';
import { parseSlideDeck, SLIDE_FILE_MAX_BYTES } from '../../../src/domain/permalink/slide-deck.ts';

const MARKUP = '<img src=x onerror=alert(1)>';
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** Texts that are not what any import expects. */
const BROKEN: { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  { name: 'blank', text: '  \n\t ' },
  { name: 'BOM only', text: '\uFEFF' },
  { name: 'truncated JSON', text: '{"name": "Mon scénario", "added": [' },
  { name: 'null', text: 'null' },
  { name: 'a number', text: '1e400' },
  { name: 'NaN (not JSON)', text: 'NaN' },
  { name: 'a string', text: `"${MARKUP}"` },
  { name: 'an array', text: '[]' },
  { name: 'a CSV file', text: 'code;valeur\n41018;12,5\n' },
  { name: 'HTML', text: `<!doctype html><html><body>${MARKUP}</body></html>` },
  { name: 'binary', text: String.fromCharCode(0, 1, 2, 255, 254) },
  { name: '100,000 nested arrays', text: deep(100_000) },
  { name: 'prototype pollution', text: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}' },
];

describe('access scenario import (parseScenario)', () => {
  const sites: AccessSite[] = [
    { id: 'MDS-01', kind: 'mds', status: 'ouverte' },
    { id: 'MDS-02', kind: 'mds', status: 'prevue' },
    { id: 'C-41018', kind: 'candidate', status: null },
  ];

  it.each(BROKEN)('$name: refused with French messages, never thrown', ({ text }) => {
    const r = parseScenario(text, sites);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e).toBe('string');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hostile values in the right shape: each refused with its field named', () => {
    const r = parseScenario(
      JSON.stringify({ name: 'x'.repeat(10_000), added: [MARKUP, 'C-41018', 'C-41018'], removed: 'MDS-01', includePlanned: 'oui', thresholdMin: 1e308 }),
      sites,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    for (const field of ['name', 'added[0]', 'removed', 'includePlanned', 'thresholdMin']) expect(text).toContain(field);
    expect(text).toContain(MARKUP); // quoted as text, for the page to show as text
    expect(text).toContain('C-41018');
  });

  it('a scenario named with markup is accepted: the name is text, shown as text', () => {
    const r = parseScenario({ name: MARKUP, added: ['C-41018'], removed: [], includePlanned: true, thresholdMin: 20 }, sites);
    expect(r).toEqual({ ok: true, scenario: { name: MARKUP, added: ['C-41018'], removed: [], includePlanned: true, thresholdMin: 20 } });
  });

  it.each([Number.NaN, Infinity, -1, 0, 121, 1e308])('threshold %s is refused', (thresholdMin) => {
    expect(parseScenario({ name: 'a', added: [], removed: [], includePlanned: true, thresholdMin }, sites).ok).toBe(false);
  });
});

describe('index definition import (parseIndexDefinition)', () => {
  const catalogue: CatalogueEntry[] = [
    { id: 'part-75-plus', direction: 'higher-more-fragile' },
    { id: 'revenu-median', direction: 'higher-less-fragile' },
  ];

  it.each(BROKEN)('$name: refused with a French message, never thrown', ({ text }) => {
    const r = parseIndexDefinition(text, catalogue);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const issue of r.errors) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(definitionMessage(issue, 'en').length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('negative, zero and non-finite weights are refused', () => {
    for (const weight of [-1, 0, 'NaN', null, '1e308']) {
      const text = JSON.stringify({
        version: 1,
        createdAt: '2026-01-01',
        normalisation: 'z-score',
        minCoverage: 1,
        indicators: [{ id: 'part-75-plus', weight, direction: 'higher-more-fragile' }],
      });
      expect(parseIndexDefinition(text, catalogue).ok, String(weight)).toBe(false);
    }
  });

  it('a huge weight is valid JSON and a valid definition; the page clamps it (see composite state test)', () => {
    const text = JSON.stringify({
      version: 1,
      createdAt: '2026-01-01',
      normalisation: 'z-score',
      minCoverage: 1,
      indicators: [{ id: 'part-75-plus', weight: 1e308, direction: 'higher-more-fragile' }],
    });
    expect(parseIndexDefinition(text, catalogue).ok).toBe(true);
  });

  it('an unknown indicator named with markup is refused, quoted as text', () => {
    const text = JSON.stringify({
      version: 1,
      createdAt: '2026-01-01',
      normalisation: 'z-score',
      minCoverage: 1,
      indicators: [{ id: MARKUP, weight: 1, direction: 'higher-more-fragile' }],
    });
    const r = parseIndexDefinition(text, catalogue);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message).join(' ')).toContain(MARKUP);
  });
});

describe('slide deck import (parseSlideDeck)', () => {
  it.each(BROKEN)('$name: refused, never thrown', ({ text }) => {
    expect(parseSlideDeck(text).ok).toBe(false);
  });

  it('a deck over the size limit is refused before JSON.parse', () => {
    expect(parseSlideDeck(`{"format":"obs41-diapositives","version":1,"slides":[],"x":"${'a'.repeat(SLIDE_FILE_MAX_BYTES)}"}`)).toEqual({
      ok: false,
      error: 'not-a-deck',
    });
  });

  it('hostile slides are dropped: markup title kept as text, javascript: and control characters refused', () => {
    const r = parseSlideDeck({
      format: 'obs41-diapositives',
      version: 1,
      slides: [
        { title: MARKUP, hash: 'page=acces' },
        { title: 'x', hash: 'javascript:alert(1)' },
        { title: 'y', hash: 'page=acces\u202e' },
        { title: 'z', hash: 'a'.repeat(10_000) },
      ],
    });
    expect(r).toEqual({ ok: true, slides: [{ title: MARKUP, hash: 'page=acces' }], ignored: 3 });
  });
});
