import { describe, expect, it } from 'vitest';
import { isPermalinkHash } from '../../../../src/domain/permalink/parse-hash';
import { createCodec } from '../../../../src/domain/permalink/registry';
import type { UrlSection } from '../../../../src/domain/permalink/types';
import { codec, CTX } from './fixtures';

const weights: UrlSection<readonly number[]> = {
  id: 'weights',
  keys: ['poids'],
  replaceKeys: ['poids'],
  defaultValue: [],
  encode: (w) => (w.length === 0 ? {} : { poids: w.join(',') }),
  decode: (params) => ({ value: (params.get('poids') ?? '').split(',').map(Number), notices: [] }),
};

describe('section registry', () => {
  it('lets a feature plug in its own section', () => {
    const extended = createCodec([...codec.sections, weights]);
    const hash = extended.format(new Map<string, unknown>([['page', 'acces'], ['weights', [1, 2]]]));
    expect(hash).toBe('page=acces&poids=1,2');
    expect(extended.decode(hash, CTX).values.get('weights')).toEqual([1, 2]);
    // without the plug-in, the same key is unknown
    expect(codec.decode(hash, CTX).notices.map((n) => n.code)).toEqual(['unknown-key']);
  });

  it('refuses two sections claiming the same key', () => {
    expect(() => createCodec([...codec.sections, { ...weights, id: 'other', keys: ['page'] }])).toThrow(/page/);
  });

  it('contains a decoder that throws to its own section', () => {
    const broken: UrlSection<number> = { id: 'broken', keys: ['casse'], defaultValue: 7, encode: () => ({}), decode: () => { throw new Error('boom'); } };
    const c = createCodec([...codec.sections, broken]);
    const { values } = c.decode('casse=1&page=acces', CTX);
    expect(values.get('broken')).toBe(7);
    expect(values.get('page')).toBe('acces');
  });

  const modes: { name: string; before: string; after: string; expected: string }[] = [
    { name: 'same link', before: 'page=acces', after: 'page=acces', expected: 'none' },
    { name: 'page changed', before: 'page=acces', after: 'page=comparer', expected: 'push' },
    { name: 'indicator added', before: '', after: 'indicateur=densite', expected: 'push' },
    { name: 'map moved', before: 'carte=1.0000,47.0000,8.00', after: 'carte=1.1000,47.0000,8.00', expected: 'replace' },
    { name: 'threshold slider', before: 'acces-minutes=20', after: 'acces-minutes=25', expected: 'replace' },
    { name: 'map moved and fiche opened', before: 'carte=1.0000,47.0000,8.00', after: 'carte=1.1000,47.0000,8.00&fiche=41018', expected: 'push' },
  ];
  it.each(modes)('history: $name → $expected', ({ before, after, expected }) => {
    const params = (h: string) => new Map(h === '' ? [] : h.split('&').map((p) => p.split('=') as [string, string]));
    expect(codec.historyMode(params(before), params(after))).toBe(expected);
  });

  it.each([
    ['', true],
    ['#', true],
    ['#page=acces', true],
    ['#panel', false],
    ['methode-temps', false],
    ['a&b', true],
  ] as const)('isPermalinkHash(%j) = %j', (hash, expected) => expect(isPermalinkHash(hash)).toBe(expected));
});
