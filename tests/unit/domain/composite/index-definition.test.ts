import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIndexDefinition, serialiseIndexDefinition } from '../../../../src/domain/composite/index-definition-json.ts';
import { definitionMessage } from '../../../../src/domain/composite/messages.ts';
import { INDEX_PRESETS, presetDefinition, validatePreset } from '../../../../src/domain/composite/presets.ts';
import type { CatalogueEntry, IndexDefinition } from '../../../../src/domain/composite/types.ts';
import { isIsoDate, validateIndexDefinition } from '../../../../src/domain/composite/validate-index-definition.ts';

const catalogue: CatalogueEntry[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../data/indicators.json'), 'utf8')) as { indicators: CatalogueEntry[] }
).indicators.map(({ id, direction }) => ({ id, direction }));

const valid: IndexDefinition = {
  version: 1,
  label: 'Test',
  indicators: [
    { id: 'familles-monoparentales', weight: 2, direction: 'higher-more-fragile' },
    { id: 'revenu-median', weight: 1, direction: 'higher-less-fragile' },
    { id: 'part-0-14', weight: 0.5, direction: 'higher-less-fragile' }, // neutral in the catalogue: user's choice
  ],
  normalisation: 'z-score',
  minCoverage: 1,
  createdAt: '2026-03-15T10:30:00Z',
};

describe('presets', () => {
  it.each(INDEX_PRESETS.map((p) => [p.id, p] as const))('%s: every indicator is in data/indicators.json', (_, preset) => {
    expect(validatePreset(preset, catalogue)).toEqual([]);
  });
  it('cover the six axes of the schéma', () => {
    expect(INDEX_PRESETS.map((p) => p.id)).toEqual([
      'enfance-famille', 'autonomie', 'insertion-emploi', 'habitat-logement', 'sante', 'inclusion-numerique',
    ]);
  });
  it('an unknown id gives a clear French error', () => {
    const preset = { ...INDEX_PRESETS[0]!, indicators: [{ id: 'taux-rsa', weight: 1, direction: 'higher-more-fragile' as const }] };
    expect(validatePreset(preset, catalogue).map((e) => e.message)).toEqual([
      'Indicateur inconnu : « taux-rsa ». Il ne figure pas dans le catalogue des indicateurs.',
    ]);
  });
  it('presetDefinition returns an editable copy', () => {
    const def = presetDefinition(INDEX_PRESETS[1]!, '2026-03-15');
    def.indicators[0]!.weight = 99;
    expect(INDEX_PRESETS[1]!.indicators[0]!.weight).toBe(2);
    expect(def).toMatchObject({ version: 1, normalisation: 'rank', minCoverage: 1, createdAt: '2026-03-15' });
  });
});

describe('validateIndexDefinition', () => {
  it('accepts a valid definition', () => expect(validateIndexDefinition(valid, catalogue)).toEqual([]));
  const cases: { name: string; patch: Record<string, unknown>; codes: string[]; message?: string }[] = [
    { name: 'unknown version', patch: { version: 2 }, codes: ['unsupported-version'] },
    {
      name: 'unknown normalisation', patch: { normalisation: 'log' }, codes: ['invalid-normalisation'],
      message: 'Normalisation inconnue : « log » (valeurs possibles : z-score, min-max, rank).',
    },
    { name: 'no indicator', patch: { indicators: [] }, codes: ['no-indicators'] },
    {
      name: 'zero weight', patch: { indicators: [{ id: 'densite', weight: 0, direction: 'higher-more-fragile' }] }, codes: ['invalid-weight'],
      message: 'Le poids de « densite » doit être un nombre strictement positif et fini (reçu : 0).',
    },
    {
      name: 'duplicate', codes: ['duplicate-indicator'],
      patch: { indicators: [valid.indicators[0], valid.indicators[0]] },
    },
    {
      name: 'catalogue direction cannot be reversed', codes: ['direction-conflict'],
      patch: { indicators: [{ id: 'revenu-median', weight: 1, direction: 'higher-more-fragile' }] },
      message: 'Le sens de « revenu-median » est fixé par le catalogue (plus élevé = moins fragile) : il ne peut pas être inversé.',
    },
    {
      name: 'neutral needs a resolved direction', codes: ['invalid-direction'],
      patch: { indicators: [{ id: 'densite', weight: 1, direction: 'neutral' }] },
    },
    { name: 'indicator not an object', patch: { indicators: ['densite'] }, codes: ['invalid-indicator'] },
    { name: 'minCoverage 0', patch: { minCoverage: 0 }, codes: ['invalid-min-coverage'] },
    { name: 'minCoverage missing', patch: { minCoverage: undefined }, codes: ['invalid-min-coverage'] },
    { name: 'impossible date', patch: { createdAt: '2026-02-30' }, codes: ['invalid-created-at'] },
    { name: 'label not a text', patch: { label: 3 }, codes: ['invalid-text'] },
  ];
  it.each(cases)('$name', ({ patch, codes, message }) => {
    const errors = validateIndexDefinition({ ...valid, ...patch }, catalogue);
    expect(errors.map((e) => e.code)).toEqual(codes);
    if (message) expect(errors[0]!.message).toBe(message);
  });
  it('not an object', () => expect(validateIndexDefinition([1], catalogue)[0]!.code).toBe('not-an-object'));
  it('uploaded columns are allowed once the caller adds them to the catalogue', () => {
    const def = { ...valid, indicators: [{ id: 'upload:rsa', weight: 1, direction: 'higher-more-fragile' }] };
    expect(validateIndexDefinition(def, catalogue)[0]!.code).toBe('unknown-indicator');
    expect(validateIndexDefinition(def, [...catalogue, { id: 'upload:rsa', direction: 'neutral' }])).toEqual([]);
  });
  it('messages also exist in English', () => {
    const [error] = validateIndexDefinition({ ...valid, indicators: [{ id: 'x', weight: 1, direction: 'higher-more-fragile' }] }, catalogue);
    expect(definitionMessage(error!, 'en')).toBe('Unknown indicator: “x”. It is not in the indicator catalogue.');
  });
});

describe('isIsoDate', () => {
  const cases = [
    ['2026-03-15', true], ['2026-03-15T10:30:00Z', true], ['2026-03-15T10:30:00.123+01:00', true], ['2024-02-29', true],
    ['2026-02-29', false], ['2026-13-01', false], ['15/03/2026', false], ['2026-03-15T25:00Z', false], ['', false],
  ] as const;
  it.each(cases)('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('serialise / parse', () => {
  it('round trip reproduces the definition', () => {
    const text = serialiseIndexDefinition(valid);
    expect(parseIndexDefinition(text, catalogue)).toEqual({ ok: true, definition: valid });
    // stable key order, so the same index always exports the same bytes
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'label', 'createdAt', 'normalisation', 'minCoverage', 'indicators']);
  });
  it('extra fields are dropped, a BOM is tolerated', () => {
    const text = '\uFEFF' + JSON.stringify({ ...valid, evil: '<script>' });
    const r = parseIndexDefinition(text, catalogue);
    expect(r.ok && 'evil' in r.definition).toBe(false);
  });
  it('invalid JSON', () => {
    const r = parseIndexDefinition('{ "version": 1,', catalogue);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/^Le fichier n'est pas un JSON valide/);
  });
  it('all problems are reported at once', () => {
    const r = parseIndexDefinition(JSON.stringify({ ...valid, version: 3, normalisation: 'x' }), catalogue);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['unsupported-version', 'invalid-normalisation']);
  });
});
