import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../../../src/domain/data-format-error';
import { parseSourceDetails } from '../../../../src/domain/indicators/source-details';
import { parseTerritoryLabels } from '../../../../src/domain/indicators/territory-labels';

const publicData = (file: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/data', file), 'utf8'));

describe('parseSourceDetails', () => {
  it('reads licence, publisher and official address', () => {
    const map = parseSourceDetails({
      sources: [
        { id: 'a', title: { fr: 'Titre', en: 'Title' }, publisher: 'INSEE', licence: 'LO 2.0', url: 'https://x.fr/a', year: 2022 },
        { id: 'b', title: 'Plain', url: 'javascript:alert(1)' },
        'garbage',
      ],
    });
    expect(map.get('a')).toEqual({
      id: 'a',
      publisher: 'INSEE',
      title: { fr: 'Titre', en: 'Title' },
      licence: 'LO 2.0',
      url: 'https://x.fr/a',
      year: 2022,
    });
    expect(map.get('b')).toMatchObject({ title: { fr: 'Plain', en: 'Plain' }, url: null, licence: null });
    expect(map.size).toBe(2);
  });

  it('has every source of the shipped sources.json with a licence and an https address', () => {
    const map = parseSourceDetails(publicData('sources.json'));
    const catalogue = publicData('indicators.json') as { indicators: { source: string }[] };
    for (const { source } of catalogue.indicators) {
      expect(map.get(source)?.licence, source).toBeTruthy();
      expect(map.get(source)?.url, source).toMatch(/^https:\/\//);
    }
  });

  it('rejects a file without sources', () => {
    expect(() => parseSourceDetails({})).toThrow(DataFormatError);
  });
});

describe('parseTerritoryLabels', () => {
  it('reads the shipped nord / centre / sud labels', () => {
    const labels = parseTerritoryLabels(publicData('territoires.json'));
    expect([...labels.keys()]).toEqual(['nord', 'centre', 'sud']);
    expect(labels.get('nord')?.en).toMatch(/North/);
  });
  it('tolerates a file without territories', () => {
    expect(parseTerritoryLabels({}).size).toBe(0);
    expect(() => parseTerritoryLabels(null)).toThrow(DataFormatError);
  });
});
