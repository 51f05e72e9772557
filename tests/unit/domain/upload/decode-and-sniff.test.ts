import { describe, expect, it } from 'vitest';
import { decodePastedText, decodeUpload } from '../../../../src/domain/upload/decode-upload.ts';
import { MAX_UPLOAD_BYTES } from '../../../../src/domain/upload/limits.ts';
import { uploadMessage } from '../../../../src/domain/upload/messages.ts';
import { scanRecords } from '../../../../src/domain/upload/scan-records.ts';
import { sniffCsv } from '../../../../src/domain/upload/sniff-csv.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUpload', () => {
  it('UTF-8 without BOM', () => expect(decodeUpload(utf8('code;nom\n41269;Vendôme'))).toMatchObject({ ok: true, encoding: 'utf-8', text: 'code;nom\n41269;Vendôme', notices: [] }));
  it('UTF-8 with BOM: BOM removed', () => {
    const r = decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('code')]));
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8-bom', text: 'code' });
  });
  it('invalid UTF-8 → Windows-1252 (ô = 0xF4, € = 0x80, ’ = 0x92), with a notice', () => {
    const r = decodeUpload(new Uint8Array([0x56, 0x65, 0x6e, 0x64, 0xf4, 0x6d, 0x65, 0x3b, 0x80, 0x92]));
    expect(r.ok && r.text).toBe('Vendôme;€’');
    expect(r.ok && r.notices.map((n) => n.message)).toEqual([
      'Encodage Windows-1252 détecté : le texte a été converti (vérifiez les accents).',
    ]);
  });
  it('UTF-16 LE with BOM (Excel « Texte Unicode »)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeUpload(bytes)).toMatchObject({ ok: true, encoding: 'utf-16le', text: 'a\té' });
  });
  it('size limit, stated in the message (FR and EN)', () => {
    const r = decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toMatch(/^Le fichier fait 5 Mo : la limite est de 5 Mo\./);
    expect(uploadMessage(r.errors[0]!, 'en')).toMatch(/^The file is 5 MB; the limit is 5 MB\./);
  });
  it('exactly 5 Mo is accepted (size-wise)', () => {
    const r = decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x41));
    expect(r.ok).toBe(true);
  });
  const refused: [string, Uint8Array, string][] = [
    ['empty', new Uint8Array(0), 'empty-file'],
    ['only blanks', utf8(' \r\n\n '), 'empty-file'],
    ['xlsx (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'spreadsheet-file'],
    ['xls (OLE)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'spreadsheet-file'],
    ['binary', new Uint8Array([0x41, 0x00, 0x42]), 'binary-file'],
  ];
  it.each(refused)('%s', (_, bytes, code) => expect(decodeUpload(bytes)).toMatchObject({ ok: false, errors: [{ code }] }));
  it('pasted text: BOM dropped, empty refused', () => {
    expect(decodePastedText('\uFEFFcode\t1')).toMatchObject({ ok: true, text: 'code\t1', encoding: 'text' });
    expect(decodePastedText('  \n')).toMatchObject({ ok: false, errors: [{ code: 'empty-file' }] });
  });
});

describe('scanRecords', () => {
  it('physical lines: blank lines skipped, newlines inside quotes counted, CRLF and CR', () => {
    const text = 'a;b\r\n\r\n1;"x\r\ny"\r2;3\n4;";"\n';
    // records: line 1 (a;b), line 3 (1;"x⏎y", spans lines 3–4), line 5 (2;3, after a lone CR), line 6
    expect(scanRecords(text, ';').records.map((r) => [r.line, r.fields])).toEqual([[1, 2], [3, 2], [5, 2], [6, 2]]);
  });
  it('doubled quotes, spaces around quotes, quote inside an unquoted field (as DuckDB)', () => {
    const { records, problems } = scanRecords('a;b\n "x "" y" ;ab"c\n', ';');
    expect(records.map((r) => r.fields)).toEqual([2, 2]);
    expect(problems).toEqual([]);
  });
  it('trailing separator is flagged as an empty last field', () => {
    expect(scanRecords('a;b;\n1;2;\n', ';').records).toEqual([
      { line: 1, fields: 3, trailingEmpty: true },
      { line: 2, fields: 3, trailingEmpty: true },
    ]);
  });
  it('unterminated and misplaced quotes', () => {
    expect(scanRecords('a;b\n1;"2\n3;4\n', ';').problems).toEqual([{ kind: 'unterminated-quote', line: 2 }]);
    expect(scanRecords('a;b\n"1"x;2\n', ';').problems).toEqual([{ kind: 'bad-quote', line: 2 }]);
  });
});

describe('sniffCsv', () => {
  const cases: [string, string, string, number][] = [
    ['semicolon with decimal commas', 'code;rsa\n41018;12,5\n41269;3,25\n', ';', 2],
    ['comma with decimal points', 'code,rsa\n41018,12.5\n', ',', 2],
    ['comma with a quoted decimal comma', 'code,rsa\n41018,"12,5"\n', ',', 2],
    ['tab', 'code\trsa\ttaux\n41018\t1\t2,5\n', '\t', 3],
    ['semicolon wins a tie with comma', 'code;a,b\n41018;1,2\n', ';', 2],
    ['semicolon inside quotes does not count', '"code;x",rsa\n41018,1\n', ',', 2],
  ];
  it.each(cases)('%s', (_, text, delimiter, columnCount) =>
    expect(sniffCsv(text, 'text')).toMatchObject({ ok: true, format: { delimiter, columnCount } }));
  it('a single column is refused', () =>
    expect(sniffCsv('code\n41018\n', 'text')).toMatchObject({ ok: false, errors: [{ code: 'single-column' }] }));
  it('lists wrong widths with their line (at most 10)', () => {
    const text = 'code;rsa\n' + Array.from({ length: 12 }, (_, k) => `4100${k};1;2`).join('\n');
    const r = sniffCsv(text, 'text');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(11);
    expect(r.errors[0]!.message).toBe('Ligne 2 : 3 champs au lieu de 2 (séparateur : point-virgule).');
    expect(r.errors[10]!.message).toBe('… et 2 autre(s) ligne(s) en erreur.');
  });
  it('a trailing separator on data lines is tolerated', () =>
    expect(sniffCsv('code;rsa\n41018;1;\n', 'text')).toMatchObject({ ok: true, format: { columnCount: 2, lines: [1, 2] } }));
});
