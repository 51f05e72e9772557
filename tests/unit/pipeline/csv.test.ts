import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from '../../../scripts/lib/csv.ts';

describe('parseCsvRows', () => {
  it.each([
    { name: 'semicolons, LF', text: 'a;b\n1;2\n', sep: ';', expected: [['a', 'b'], ['1', '2']] },
    { name: 'CRLF and no final newline', text: 'a,b\r\n1,2', sep: ',', expected: [['a', 'b'], ['1', '2']] },
    { name: 'UTF-8 BOM dropped', text: '\ufeffa;b\n1;2', sep: ';', expected: [['a', 'b'], ['1', '2']] },
    { name: 'quoted separator and doubled quote', text: 'a,b\n"x, ""y""",2\n', sep: ',', expected: [['a', 'b'], ['x, "y"', '2']] },
    { name: 'quoted newline', text: 'a;b\n"l1\nl2";2\n', sep: ';', expected: [['a', 'b'], ['l1\nl2', '2']] },
    { name: 'empty fields kept', text: 'a;b;c\n;;\n', sep: ';', expected: [['a', 'b', 'c'], ['', '', '']] },
    { name: 'blank lines skipped', text: 'a\n\n1\n\n', sep: ';', expected: [['a'], ['1']] },
  ])('$name', ({ text, sep, expected }) => expect(parseCsvRows(text, sep)).toEqual(expected));

  it('fails on an unterminated quote', () => expect(() => parseCsvRows('a\n"oops', ';')).toThrow(/unterminated/));
});

describe('parseCsv', () => {
  it('keys records by the trimmed header', () =>
    expect(parseCsv('CODGEO ;P22_POP\n41018;45000\n', { separator: ';' })).toEqual([{ CODGEO: '41018', P22_POP: '45000' }]));
  it('names the file and line of a ragged row', () =>
    expect(() => parseCsv('a;b\n1;2\n3\n', { separator: ';', source: 'x.csv' })).toThrow('x.csv: line 3 has 1 fields, the header has 2'));
  it('accepts a header supplied by the caller', () =>
    expect(parseCsv('1;2\n', { separator: ';', header: ['a', 'b'] })).toEqual([{ a: '1', b: '2' }]));
  it('rejects an empty file', () => expect(() => parseCsv('', { separator: ';', source: 'e.csv' })).toThrow(/e.csv: empty file/));
});
