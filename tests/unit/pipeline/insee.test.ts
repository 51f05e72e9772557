import { describe, expect, it } from 'vitest';
import { normaliseCommuneCode, parseInseeCell, round } from '../../../scripts/lib/insee.ts';

describe('parseInseeCell', () => {
  it.each([
    { raw: '24210', value: 24210, status: 'value' },
    { raw: '27,0', value: 27, status: 'value' }, // TP6021 and PIMP21 use a decimal comma
    { raw: '12,5', value: 12.5, status: 'value' },
    { raw: '23197.4658146863', value: 23197.4658146863, status: 'value' },
    { raw: '0', value: 0, status: 'value' },
    { raw: 's', value: null, status: 'withheld' }, // secret statistique: never 0
    { raw: ' S ', value: null, status: 'withheld' },
    { raw: '', value: null, status: 'missing' },
    { raw: undefined, value: null, status: 'missing' },
    { raw: '1.5e3', value: 1500, status: 'value' },
  ])('"$raw" → $value ($status)', ({ raw, value, status }) => expect(parseInseeCell(raw)).toEqual({ value, status }));

  it.each(['n/a', '12abc', '1,2,3', '--1', 'Infinity', 'NaN'])('rejects "%s"', (raw) => expect(() => parseInseeCell(raw)).toThrow(/not a/));
});

describe('normaliseCommuneCode', () => {
  it.each([
    { raw: '41018', expected: '41018' },
    { raw: 1001, expected: '01001' }, // a spreadsheet dropped the leading zero
    { raw: ' 2a004 ', expected: '2A004' },
  ])('$raw → $expected', ({ raw, expected }) => expect(normaliseCommuneCode(raw)).toBe(expected));
  it.each(['123', '410180', 'ABCDE', ''])('rejects "%s"', (raw) => expect(() => normaliseCommuneCode(raw)).toThrow(/invalid INSEE commune code/));
});

describe('round', () => {
  it.each([
    { v: 23197.4658146863, d: 3, expected: 23197.466 },
    { v: null, d: 3, expected: null },
    { v: -0.0001, d: 3, expected: 0 },
    { v: 2.5, d: 0, expected: 3 },
  ])('round($v, $d) = $expected', ({ v, d, expected }) => expect(round(v, d)).toBe(expected));
});
