import { describe, expect, it } from 'vitest';
import { assignTerritories, type TerritoryDefinition } from '../../../scripts/lib/territories.ts';

const def = (over: Partial<TerritoryDefinition> = {}): TerritoryDefinition => ({
  assumption: true,
  note: { fr: '', en: '' },
  territories: ['nord', 'centre', 'sud'].map((code) => ({ code, label: { fr: code, en: code } })),
  rule: 'arrondissement',
  byArrondissement: { '412': 'nord', '411': 'centre', '413': 'sud' },
  overrides: {},
  ...over,
});
const communes = [
  { code: '41269', arrondissement: '412' }, // Vendôme
  { code: '41018', arrondissement: '411' }, // Blois
  { code: '41194', arrondissement: '413' }, // Romorantin
  { code: '41136', arrondissement: '411' }, // Mer
];

describe('assignTerritories', () => {
  it('follows the arrondissement by default', () =>
    expect(Object.fromEntries(assignTerritories(communes, def()))).toEqual({ '41269': 'nord', '41018': 'centre', '41194': 'sud', '41136': 'centre' }));
  it('applies a per-commune override', () =>
    expect(assignTerritories(communes, def({ overrides: { '41136': 'nord' } })).get('41136')).toBe('nord'));
  it('rejects an override for a commune that does not exist', () =>
    expect(() => assignTerritories(communes, def({ overrides: { '41999': 'nord' } }))).toThrow('overrides["41999"]: no such commune'));
  it('rejects an undeclared territory', () =>
    expect(() => assignTerritories(communes, def({ overrides: { '41136': 'ouest' } }))).toThrow('"ouest" is not a declared territory'));
  it('rejects a commune whose arrondissement has no territory', () =>
    expect(() => assignTerritories([...communes, { code: '41001', arrondissement: '999' }], def())).toThrow('commune 41001: arrondissement "999" has no territory'));
  it('rejects a territory left without communes', () =>
    expect(() => assignTerritories(communes, def({ overrides: { '41194': 'centre' } }))).toThrow('territory "sud" has no commune'));
});
