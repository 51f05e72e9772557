import { describe, expect, it } from 'vitest';
import { validateCatalogue, type Catalogue, type CatalogueIndicator } from '../../../scripts/lib/catalogue.ts';

const ind = (o: Partial<CatalogueIndicator>): CatalogueIndicator => ({
  id: 'part-75-plus', axis: 'autonomie', kind: 'ratio', label: { fr: 'a', en: 'a' }, short: { fr: 'a', en: 'a' },
  definition: { fr: 'd', en: 'd' }, unit: '%', numerator: 'N', denominator: 'D', offset: 0, scale: 100, decimals: 1,
  direction: 'higher-more-fragile', source: 'src', year: 2022, default: true, ...o,
});
const cat = (indicators: CatalogueIndicator[]): Catalogue => ({ axes: [{ id: 'autonomie', label: { fr: 'A', en: 'A' } }], indicators });
const rows = [{ N: 1, D: 2, M: null }];

describe('validateCatalogue', () => {
  it('accepts a consistent catalogue', () => expect(validateCatalogue(cat([ind({})]), ['N', 'D', 'M'], rows, new Set(['src']))).toEqual([]));
  it.each([
    { name: 'unknown column', o: { numerator: 'X' }, msg: 'numerator column X is not in the built table' },
    { name: 'unknown source', o: { source: 'nope' }, msg: 'source "nope" is not in data/sources.json' },
    { name: 'unknown axis', o: { axis: 'loisirs' }, msg: 'unknown axis "loisirs"' },
    { name: 'ratio without denominator', o: { denominator: null }, msg: 'a ratio needs a denominator' },
    { name: 'no value anywhere', o: { numerator: 'M', kind: 'median' as const, denominator: null }, msg: 'no commune has a value' },
    { name: 'missing English', o: { label: { fr: 'a', en: '' } }, msg: 'missing en label' },
  ])('$name', ({ o, msg }) => {
    const problems = validateCatalogue(cat([ind(o)]), ['N', 'D', 'M'], rows, new Set(['src']));
    expect(problems.join('\n')).toContain(msg);
  });
  it('requires exactly one default and unique ids', () => {
    const problems = validateCatalogue(cat([ind({}), ind({})]), ['N', 'D'], rows, new Set(['src']));
    expect(problems).toContain('indicator "part-75-plus": duplicate id');
    expect(problems).toContain('indicators.json: 2 indicators are marked default, expected exactly 1');
  });
});
