import { describe, expect, it } from 'vitest';
import {
  defaultPalette,
  divergingAllowed,
  isChangeIndicator,
  offeredPalettes,
  resolvePalette,
  SAFE_PALETTES,
} from '../../../../src/domain/indicators/palette-choice';

const fragile = { kind: 'ratio' as const, offset: 0, direction: 'higher-more-fragile' as const };
const neutral = { ...fragile, direction: 'neutral' as const };
const change = { ...fragile, offset: 1, direction: 'higher-less-fragile' as const };

describe('palette choice', () => {
  it('offers only colour-blind safe palettes', () => {
    expect(SAFE_PALETTES.every((p) => p.colorBlindSafe)).toBe(true);
    expect(SAFE_PALETTES.some((p) => p.id === 'RdYlGn')).toBe(false);
  });

  it.each([
    { name: 'fragility, quantiles', ind: fragile, method: 'quantile' as const, expected: false },
    { name: 'fragility, std-dev', ind: fragile, method: 'std-dev' as const, expected: true },
    { name: 'neutral', ind: neutral, method: 'jenks' as const, expected: true },
    { name: 'change indicator', ind: change, method: 'quantile' as const, expected: true },
  ])('diverging allowed: $name', ({ ind, method, expected }) => {
    expect(divergingAllowed(ind, method)).toBe(expected);
    expect(offeredPalettes(ind, method).some((p) => p.kind === 'diverging')).toBe(expected);
  });

  it('recognises change indicators', () => {
    expect(isChangeIndicator(change)).toBe(true);
    expect(isChangeIndicator(fragile)).toBe(false);
    expect(isChangeIndicator({ kind: 'count', offset: 1 })).toBe(false);
  });

  it('defaults to a sequential palette and refuses a diverging one where it does not fit', () => {
    expect(defaultPalette(fragile)).toBe('YlOrRd');
    expect(defaultPalette(neutral)).toBe('Blues');
    expect(resolvePalette(null, fragile, 'quantile')).toBe('YlOrRd');
    expect(resolvePalette('RdBu', fragile, 'quantile')).toBe('YlOrRd');
    expect(resolvePalette('RdBu', fragile, 'std-dev')).toBe('RdBu');
    expect(resolvePalette('Purples', fragile, 'quantile')).toBe('Purples');
    expect(resolvePalette('RdYlGn', neutral, 'quantile')).toBe('Blues');
  });
});
