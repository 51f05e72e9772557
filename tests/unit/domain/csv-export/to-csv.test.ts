import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from '../../../../src/domain/csv-export/to-csv';
import { neutraliseCell } from '../../../../src/domain/csv-export/neutralise-cell';

const columns = [
  { key: 'code', label: 'Code' },
  { key: 'v', label: 'Valeur' },
];

/** The lines of a CSV text, BOM removed, split on CRLF (last empty piece dropped). */
function lines(csv: string): string[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each([
    { cell: '=HYPERLINK("http://x","y")', expected: `'=HYPERLINK("http://x","y")` },
    { cell: '+1+1', expected: "'+1+1" },
    { cell: '@SUM(A1)', expected: "'@SUM(A1)" },
    { cell: '-2+3', expected: "'-2+3" },
    { cell: '\t=1', expected: "'\t=1" },
    { cell: '\r=1', expected: "'\r=1" },
    { cell: '-', expected: "'-" },
    { cell: '-12', expected: '-12' },
    { cell: '-12,5', expected: '-12,5' },
    { cell: '-3.25', expected: '-3.25' },
    { cell: '<script>alert(1)</script>', expected: '<script>alert(1)</script>' },
    { cell: 'Blois', expected: 'Blois' },
    { cell: 'a=b', expected: 'a=b' },
    { cell: '', expected: '' },
  ])('$cell', ({ cell, expected }) => expect(neutraliseCell(cell)).toBe(expected));
});

describe('toCsv', () => {
  it('French: sources as # lines, ";" separator, decimal comma, BOM, CRLF', () => {
    const csv = toCsv(columns, [{ code: '41018', v: 12.5 }, { code: '41269', v: -3 }], {
      lang: 'fr',
      sources: ['INSEE, RP 2022', 'Filosofi 2021'],
    });
    expect(lines(csv)).toEqual(['# Source : INSEE, RP 2022', '# Source : Filosofi 2021', 'Code;Valeur', '41018;12,5', '41269;-3']);
  });

  it('English: "," separator and decimal point; fields with "," are quoted', () => {
    const csv = toCsv(columns, [{ code: 'a,b', v: 1234.5 }], { lang: 'en', sources: ['INSEE'] });
    expect(lines(csv)).toEqual(['# Source: INSEE', 'Code,Valeur', '"a,b",1234.5']);
  });

  it('keeps every digit and codes as text (leading zeros)', () => {
    const csv = toCsv(columns, [{ code: '01001', v: 0.1 + 0.2 }], { lang: 'fr', sources: [] });
    expect(lines(csv)[1]).toBe('01001;0,30000000000000004');
  });

  it('missing values are empty, never 0', () => {
    const rows = [{ code: 'a', v: null }, { code: 'b', v: undefined }, { code: 'c', v: Number.NaN }, { code: 'd', v: Infinity }, { code: 'e' }];
    expect(lines(toCsv(columns, rows, { lang: 'fr', sources: [] })).slice(1)).toEqual(['a;', 'b;', 'c;', 'd;', 'e;']);
  });

  it('RFC 4180 quoting: quotes doubled, separators and line breaks inside quotes', () => {
    const rows = [
      { code: 'il a dit "oui"', v: 'x;y' },
      { code: 'deux\nlignes', v: 'a\r\nb' },
    ];
    const csv = toCsv(columns, rows, { lang: 'fr', sources: [] });
    expect(csv).toBe(`${CSV_BOM}Code;Valeur\r\n"il a dit ""oui""";"x;y"\r\n"deux\nlignes";"a\r\nb"\r\n`);
  });

  it('neutralises hostile text cells and headers, not numbers', () => {
    const rows = [
      { code: '=HYPERLINK("http://x","y")', v: -2 },
      { code: '+1+1', v: '-2+3' },
      { code: '@SUM(A1)', v: '<script>' },
      { code: '\tx', v: -0 },
    ];
    const csv = toCsv([{ key: 'code', label: '=cmd' }, { key: 'v', label: 'v' }], rows, { lang: 'fr', sources: [] });
    expect(lines(csv)).toEqual([
      "'=cmd;v",
      `"'=HYPERLINK(""http://x"",""y"")";-2`,
      "'+1+1;'-2+3",
      "'@SUM(A1);<script>",
      "'\tx;0",
    ]);
  });

  it('booleans, dates and objects', () => {
    const rows = [{ code: true, v: new Date(Date.UTC(2024, 0, 2)) }, { code: { a: 1 }, v: [1, 2] }, { code: 10n, v: new Date(Number.NaN) }];
    expect(lines(toCsv(columns, rows, { lang: 'en', sources: [] })).slice(1)).toEqual([
      'true,2024-01-02T00:00:00.000Z',
      '"{""a"":1}","[1,2]"',
      '10,',
    ]);
  });

  it('comment lines stay one line and their separated pieces are neutralised', () => {
    const csv = toCsv(columns, [], { lang: 'fr', sources: ['a\nb ; =1+1'], notes: ['Requête : SELECT 1;\nSELECT 2'] });
    // « =1+1 » after a space is neutralised too: some importers trim the space (see tests/unit/hostile)
    expect(lines(csv)).toEqual(["# Source : a b ;' =1+1", '# Requête : SELECT 1; SELECT 2', 'Code;Valeur']);
  });

  it('a comment piece that starts with a formula character is neutralised', () => {
    const csv = toCsv(columns, [], { lang: 'fr', sources: ['INSEE;=1+1;@x'] });
    expect(lines(csv)[0]).toBe("# Source : INSEE;'=1+1;'@x");
  });
});
