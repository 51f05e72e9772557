import { describe, expect, it } from 'vitest';
import { compositeSection, type CompositeLink } from '../../../../src/domain/permalink/composite-section';
import { createCodec } from '../../../../src/domain/permalink/registry';
import { CTX, SECTIONS } from './fixtures';

const section = compositeSection({ weightRange: { min: 0.1, max: 5 }, coverages: [1, 0.75, 0.5], defaultNormalisation: 'z-score' });
const codec = createCodec([...Object.values(SECTIONS), section]);
const decode = (hash: string) => {
  const { values, notices } = codec.decode(hash, CTX);
  return { value: values.get('composite'), notices: notices.map((n) => [n.code, n.key, n.value]) };
};

describe('composite index section (plug-in)', () => {
  const links: { name: string; value: CompositeLink | null; hash: string }[] = [
    { name: 'default preset', value: null, hash: '' },
    {
      name: 'weights, directions, normalisation, coverage',
      value: {
        indicators: [
          { id: 'part-75-plus', weight: 2, direction: 'higher-more-fragile' },
          { id: 'revenu-median', weight: 0.5, direction: 'higher-less-fragile' },
        ],
        normalisation: 'rank',
        minCoverage: 0.75,
      },
      hash: 'indice=part-75-plus:2:%2B,revenu-median:0.5:-&indice-norm=rank&indice-couverture=0.75',
    },
  ];
  it.each(links)('round trip: $name', ({ value, hash }) => {
    const encoded = codec.format(new Map([['composite', value]]));
    expect(encoded).toBe(hash);
    expect(decode(encoded)).toEqual({ value, notices: [] });
  });

  it('drops what a link cannot carry, keeps the rest', () => {
    const { value, notices } = decode(
      'indice=upload-1:1:%2B,part-75-plus:9:%2B,densite:1:x,densite:1:-,densite:2:-,taux-pauvrete:1:%2B:extra&indice-couverture=0.6',
    );
    expect(value).toEqual({ indicators: [{ id: 'densite', weight: 1, direction: 'higher-less-fragile' }], normalisation: 'z-score', minCoverage: 1 });
    expect(notices).toEqual([
      ['unknown-id', 'indice', 'upload-1'],
      ['out-of-range', 'indice', 'part-75-plus:9:+'],
      ['invalid', 'indice', 'densite:1:x'],
      ['conflict', 'indice', 'densite'],
      ['invalid', 'indice', 'taux-pauvrete:1:+:extra'],
      ['out-of-range', 'indice-couverture', '0.6'],
    ]);
  });

  it('falls back to the default preset when no indicator survives', () => {
    expect(decode('indice=%3Cscript%3E:1:%2B').value).toBeNull();
    expect(decode('indice-norm=rank').notices).toEqual([['conflict', 'indice-norm', 'rank']]);
  });
});
