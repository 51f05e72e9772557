import { describe, expect, it } from 'vitest';
import { parseCellNumber } from '../../../../src/domain/upload/parse-cell-number.ts';
import { normaliseCodeCell } from '../../../../src/domain/upload/commune-code.ts';

describe('parseCellNumber', () => {
  const numbers: [string, number, ',' | '.' | null][] = [
    ['12', 12, null],
    ['12,5', 12.5, ','],
    ['12.5', 12.5, '.'],
    [' -3,25 ', -3.25, ','],
    ['+4', 4, null],
    [',5', 0.5, ','],
    ['1 234', 1234, null],
    ['1\u00a0234,5', 1234.5, ','], // no-break space, as Excel FR writes thousands
    ['1\u202f234\u202f567', 1234567, null], // narrow no-break space
    ['1,5E-3', 0.0015, ','],
    ['1e15', 1e15, null],
    ['-0', 0, null],
  ];
  it.each(numbers)('« %s » → %d', (cell, value, decimal) =>
    expect(parseCellNumber(cell)).toEqual({ kind: 'number', value, decimal }));

  const missing: [string | null, string | null][] = [[null, null], ['', null], ['   ', null], ['s', 's'], ['N/A', 'N/A'], ['nd', 'nd']];
  it.each(missing)('« %s » is missing, never 0', (cell, marker) =>
    expect(parseCellNumber(cell)).toEqual({ kind: 'missing', marker }));

  const errors: [string, string][] = [
    ['12a', 'not-a-number'],
    ['1 23', 'not-a-number'], // not a thousands group
    ['1.234,5', 'not-a-number'], // two separators: ambiguous
    ['12 %', 'not-a-number'],
    ['-', 'not-a-number'],
    ['-12a', 'not-a-number'],
    ['NaN', 'not-finite'],
    ['-Infinity', 'not-finite'],
    ['inf', 'not-finite'],
    ['1e400', 'too-large'],
    ['1e16', 'too-large'],
    ['-2e15', 'too-large'],
    ['=1+1', 'formula-cell'],
    ['=HYPERLINK("http://x";"y")', 'formula-cell'],
    ['@SUM(A1)', 'formula-cell'],
    ['+cmd|\' /C calc\'!A0', 'formula-cell'],
    ['-HYPERLINK("x")', 'formula-cell'],
    ['-2+SUM(A1)', 'formula-cell'],
    ['<script>alert(1)</script>', 'markup-cell'],
    ['<img src=x onerror=alert(1)>', 'markup-cell'],
    ['a < b', 'not-a-number'],
  ];
  it.each(errors)('« %s » → %s', (cell, code) => expect(parseCellNumber(cell)).toEqual({ kind: 'error', code }));
});

describe('normaliseCodeCell', () => {
  const cases = [
    { cell: '41018', expected: { kind: 'code', code: '41018', padded: false } },
    { cell: ' 41018 ', expected: { kind: 'code', code: '41018', padded: false } },
    { cell: '1053', expected: { kind: 'code', code: '01053', padded: true } }, // Ain, leading zero lost by a spreadsheet
    { cell: '2a004', expected: { kind: 'code', code: '2A004', padded: false } },
    { cell: '', expected: { kind: 'empty' } },
    { cell: null, expected: { kind: 'empty' } },
    { cell: '410180', expected: { kind: 'invalid' } },
    { cell: 'Blois', expected: { kind: 'invalid' } },
    { cell: '41 018', expected: { kind: 'invalid' } },
  ];
  it.each(cases)('$cell', ({ cell, expected }) => expect(normaliseCodeCell(cell)).toEqual(expected));
});
