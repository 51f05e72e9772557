import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNames, sortByName } from '../../../../src/domain/format/compare-names';

const collator = new Intl.Collator('fr-FR');
const sign = (n: number): number => Math.sign(n);

describe('compareNames', () => {
  // Each pair in the order CLDR's root collation gives (worked out from its rules: punctuation
  // before digits before letters; accents only break ties; lower case before upper case).
  it.each([
    ['Azé', 'Billy'],
    ['Saint Aignan', 'Saint-Aignan'],
    ['Saint-Aignan', 'Saintes'],
    ["Saint-Laurent-d'Aigouze", 'Saint-Laurent-des-Bois'],
    ['La Chapelle', 'Lachapelle'],
    ['Cote', 'Côte'],
    ['côte', 'Côte'],
    ['Côte', 'Coter'],
    ['Éclaron', 'Ecly'],
    ['Oeuilly', 'Œuilly'],
    ['Œuilly', 'Ofzy'],
    ['Villebarou', 'Villefranche-sur-Cher'],
    ['Vendôme', 'Veuves'],
    ['41 Nord', 'Azé'],
  ])('%s < %s', (a, b) => {
    expect(compareNames(a, b)).toBe(-1);
    expect(compareNames(b, a)).toBe(1);
    // the same answer as Intl's collator
    expect(sign(collator.compare(a, b))).toBe(-1);
  });

  it('is 0 only for the same name', () => {
    expect(compareNames('Blois', 'Blois')).toBe(0);
    expect(compareNames('', '')).toBe(0);
  });
});

describe('sortByName', () => {
  it('orders the 267 communes of Loir-et-Cher as Intl.Collator("fr-FR") does', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../public/data/communes-search.json'), 'utf8'),
    ) as { communes: Array<[string, string, string]> };
    const names = file.communes.map((c) => c[1]);
    expect(names).toHaveLength(267);
    const expected = [...names].sort(collator.compare);
    const sorted = sortByName(names, (n) => n);
    expect(sorted).toEqual(expected);
    // the file is in code order, so the sort really reorders it
    expect(sorted).not.toEqual(names);
  });

  it('keeps the items and does not touch the input', () => {
    const input = [{ n: 'Ouzouer' }, { n: 'Blois' }, { n: 'Épiais' }];
    const out = sortByName(input, (x) => x.n);
    expect(out.map((x) => x.n)).toEqual(['Blois', 'Épiais', 'Ouzouer']);
    expect(input.map((x) => x.n)).toEqual(['Ouzouer', 'Blois', 'Épiais']);
  });
});
