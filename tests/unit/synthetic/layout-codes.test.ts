import { describe, expect, it } from 'vitest';
import { syntheticCommuneCode, syntheticId, syntheticName, syntheticSiteId } from '../../../scripts/lib/synthetic/codes.ts';
import { copyTag, gridLayout, tileStep } from '../../../scripts/lib/synthetic/layout.ts';

describe('copyTag', () => {
  it.each([
    [0, '00'],
    [9, '09'],
    [10, '0A'],
    [35, '0Z'],
    [36, '10'],
    [58, '1M'], // 1 × 36 + 22 (M is the 23rd symbol: 0-9 then A=10 … M=22)
    [1295, 'ZZ'],
  ])('copy %i → %s', (i, tag) => expect(copyTag(i)).toBe(tag));
  it.each([-1, 1296, 1.5])('refuses %s', (i) => expect(() => copyTag(i)).toThrow(RangeError));
});

describe('gridLayout', () => {
  it('places 5 copies on 2 columns around the middle cell', () => {
    // rows = ⌈5/2⌉ = 3; middle column ⌊(2−1)/2⌋ = 0, middle row ⌊(3−1)/2⌋ = 1
    const tiles = gridLayout(5, 2, { lon: 2, lat: 1 });
    expect(tiles.map((t) => [t.col, t.row, t.dLon, t.dLat])).toEqual([
      [0, 0, 0, -1],
      [1, 0, 2, -1],
      [0, 1, 0, 0],
      [1, 1, 2, 0],
      [0, 2, 0, 1],
    ]);
    expect(tiles.map((t) => t.tag)).toEqual(['00', '01', '02', '03', '04']);
  });
  it('puts copy 58 of 130 (13 columns) on the real département', () => {
    const t = gridLayout(130, 13, { lon: 1.69, lat: 0.97 })[58];
    // 58 = row 4 × 13 + column 6; middle column ⌊12/2⌋ = 6, middle row ⌊9/2⌋ = 4
    expect(t).toMatchObject({ col: 6, row: 4, dLon: 0, dLat: 0, tag: '1M' });
  });
  it('refuses a count that is not a positive integer', () => {
    expect(() => gridLayout(0, 2, { lon: 1, lat: 1 })).toThrow(RangeError);
    expect(() => gridLayout(3, 0, { lon: 1, lat: 1 })).toThrow(RangeError);
  });
});

describe('tileStep', () => {
  it('is the box plus the margin, rounded up to 0.01°', () => {
    // 2.25 − 0.58 + 0.02 = 1.69; 48.13 − 47.18 + 0.02 = 0.97
    expect(tileStep([0.58, 47.18, 2.25, 48.13])).toEqual({ lon: 1.69, lat: 0.97 });
    // 1.001 + 0.02 = 1.021 → 1.03
    expect(tileStep([0, 0, 1.001, 1], 0.02)).toEqual({ lon: 1.03, lat: 1.02 });
  });
});

describe('synthetic identifiers', () => {
  it('commune codes start with S, which no INSEE code does, and keep the last three characters', () => {
    expect(syntheticCommuneCode('1M', '41018')).toBe('S1M018');
    expect(syntheticCommuneCode('00', '41297')).toBe('S00297');
  });
  it('other ids are prefixed', () => {
    expect(syntheticId('1M', 'nord')).toBe('S1M-nord');
    expect(syntheticId('0A', '200030385')).toBe('S0A-200030385');
  });
  it("site ids keep the app's prefixes", () => {
    expect(syntheticSiteId('1M', 'C-41018', '41018')).toBe('C-S1M018');
    expect(syntheticSiteId('1M', 'MDS-01', '41018')).toBe('MDS-S1M-01');
    expect(syntheticSiteId('1M', 'X', '41018')).toBe('S1M-X');
  });
  it('names say which copy they belong to', () => expect(syntheticName('1M', 'Blois')).toBe('Blois [S1M]'));
});
