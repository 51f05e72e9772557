import { describe, expect, it } from 'vitest';
import { buildCommuneReferential } from '../../../../src/domain/upload/commune-referential.ts';
import { uploadMessage } from '../../../../src/domain/upload/messages.ts';
import type { RawTable, UploadResult } from '../../../../src/domain/upload/types.ts';
import { validateUploadTable } from '../../../../src/domain/upload/validate-upload-table.ts';

/** Four communes; 41167 Veuzain-sur-Loire absorbed 41272 Veuves (and kept its own code 41167 Onzain). */
const ref = buildCommuneReferential(
  [
    { code: '41167', nom: 'Veuzain-sur-Loire', anciens_codes: '41167 41272' },
    { code: '41018', nom: 'Blois', anciens_codes: '' },
    { code: '41269', nom: 'Vendôme', anciens_codes: null },
    { code: '41001', nom: 'Ambloy', anciens_codes: '' },
  ],
  [['Veuves', '41167', '41272']],
);

/** Rows from a compact text: `;`-separated, empty = null; line k = index + 1. */
const table = (text: string): RawTable => {
  const rows = text.split('\n').map((l) => l.split(';').map((c) => (c === '' ? null : c)));
  return { rows, lines: rows.map((_, i) => i + 1) };
};
const messages = (r: UploadResult) => (r.ok ? r.notices : r.errors).map((i) => i.message);

describe('validateUploadTable', () => {
  it('referential: sorted codes, former codes (a commune\'s own code is not a remapping)', () => {
    expect(ref.codes).toEqual(['41001', '41018', '41167', '41269']);
    expect([...ref.former]).toEqual([['41272', '41167']]);
  });

  it('aligns values on the referential order; empty = null', () => {
    const r = validateUploadTable(table('code;rsa;taux\n41269;3;\n41018;10;2,5'), ref);
    expect(r).toMatchObject({
      ok: true,
      codeColumn: 'code',
      header: true,
      columns: [
        { name: 'rsa', values: [null, 10, null, 3], count: 2, remapped: 0, decimal: null },
        { name: 'taux', values: [null, 2.5, null, null], count: 1, remapped: 0, decimal: ',' },
      ],
    });
    expect(messages(r)).toEqual([
      'Colonne taux : virgule décimale (« 12,5 » = douze et demi).',
      "2 commune(s) sur 4 n'ont pas de ligne dans le fichier : leurs valeurs restent manquantes (jamais 0).",
    ]);
  });

  it('former code remapped with a notice; counts as remapped', () => {
    const r = validateUploadTable(table('depcom;rsa\n41272;7'), ref);
    expect(r.ok && r.columns[0]).toMatchObject({ values: [null, null, 7, null], remapped: 1 });
    expect(messages(r)[0]).toBe('Ligne 2 : ancien code 41272 (Veuves) remplacé par 41167 (Veuzain-sur-Loire) selon le COG 2026.');
  });

  it('duplicate after remapping: error listing the lines and the conversion', () => {
    const r = validateUploadTable(table('code;rsa\n41167;1\n41272;2\n41018;3\n41018;4'), ref);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.params.code, e.params.lines])).toEqual([
      ['duplicate-code', '41018', '4, 5'],
      ['duplicate-code', '41167', '2, 3'],
    ]);
    expect(messages(r)[1]).toMatch(/^La commune 41167 \(Veuzain-sur-Loire\) apparaît plusieurs fois : lignes 2, 3, après conversion des anciens codes \(41272 → 41167\)\./);
  });

  it('unknown codes: error by default, ignored lines on request', () => {
    const text = 'code;rsa\n41018;1\n45234;2';
    expect(messages(validateUploadTable(table(text), ref))).toEqual([
      "Ligne 3 : le code 45234 n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.",
    ]);
    const r = validateUploadTable(table(text), ref, { unknownCodes: 'ignore' });
    expect(r.ok && r.columns[0]!.values).toEqual([null, 1, null, null]);
    expect(messages(r)).toContain('1 ligne(s) ignorée(s) : codes hors du Loir-et-Cher (45234).');
  });

  it('code column found by content when unnamed; headerless when the first row is a code', () => {
    const named = validateUploadTable(table('id;rsa\n41018;1\n41269;2'), ref);
    expect(named).toMatchObject({ ok: true, codeColumn: 'id', header: true });
    expect(messages(named)[0]).toBe("La colonne « id » a été reconnue comme colonne des codes commune d'après son contenu.");
    const headerless = validateUploadTable(table('41018;1\n41269;2'), ref);
    expect(headerless).toMatchObject({ ok: true, codeColumn: 'colonne 1', header: false, columns: [{ name: 'colonne 2', values: [null, 1, null, 2] }] });
  });

  it('a numeric column is not taken for the code column', () => {
    // "pop" holds 5-digit numbers that are not commune codes; "insee" is named
    const r = validateUploadTable(table('pop;insee;rsa\n47092;41018;1'), ref);
    expect(r).toMatchObject({ ok: true, codeColumn: 'insee', columns: [{ name: 'pop' }, { name: 'rsa' }] });
  });

  it('label and text columns are not imported; hostile text in them is never interpreted', () => {
    const r = validateUploadTable(table('code;Libellé;remarque;rsa\n41018;<b>Blois</b>;=A1 voir;4'), ref);
    expect(r.ok && r.columns.map((c) => c.name)).toEqual(['rsa']);
    expect(messages(r).slice(0, 2)).toEqual([
      "La colonne « Libellé » est lue comme un libellé et n'est pas importée.",
      "La colonne « remarque » ne contient aucun nombre : elle n'est pas importée.",
    ]);
  });

  it('hostile cells in a value column are errors quoted as text (markup, formula), truncated to 60 characters', () => {
    const long = '=HYPERLINK("http://example.invalid/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";"x")';
    const r = validateUploadTable(table(`code;rsa\n41018;1\n41269;<img src=x onerror=alert(1)>\n41001;${long}`), ref);
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.params.value])).toEqual([
      ['markup-cell', '<img src=x onerror=alert(1)>'],
      ['formula-cell', `${long.slice(0, 60)}…`],
    ]);
  });

  it('4-digit codes get their leading zero (then are unknown here: Ain is not Loir-et-Cher)', () => {
    expect(messages(validateUploadTable(table('code;rsa\n1053;1'), ref))).toEqual([
      "Ligne 2 : le code 01053 n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.",
    ]);
  });

  it('empty code: error when the row has values, skipped when the whole row is empty', () => {
    expect(validateUploadTable(table('code;rsa\n41018;1\n;\n;3'), ref)).toMatchObject({
      ok: false, errors: [{ code: 'missing-code', params: { line: 4 } }],
    });
  });

  it('invalid code and bad value on the same line are both reported', () => {
    const r = validateUploadTable(table('code;rsa\nTotal;12a\n41018;1'), ref);
    // (the column has a number, so it is a value column and « 12a » is an error)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['invalid-code', 'not-a-number']);
  });

  it('a column of NaN / 1e400 is number-like: errors, not a text column', () => {
    expect(validateUploadTable(table('code;rsa\n41018;NaN'), ref)).toMatchObject({ ok: false, errors: [{ code: 'not-finite' }] });
  });

  it('structure errors', () => {
    expect(validateUploadTable(table('code;rsa'), ref)).toMatchObject({ ok: false, errors: [{ code: 'no-rows' }] });
    expect(validateUploadTable(table('code;nom\n41018;Blois'), ref)).toMatchObject({ ok: false, errors: [{ code: 'no-value-column' }] });
    expect(validateUploadTable(table('code;rsa;RSA\n41018;1;2'), ref)).toMatchObject({ ok: false, errors: [{ code: 'duplicate-column', params: { column: 'RSA' } }] });
    expect(validateUploadTable(table('x;rsa\nBlois;1'), ref)).toMatchObject({ ok: false, errors: [{ code: 'no-code-column' }] });
  });

  it('unnamed column gets a name; an empty trailing column is dropped silently', () => {
    const r = validateUploadTable(table('code;;\n41018;5;'), ref);
    expect(r.ok && r.columns.map((c) => c.name)).toEqual(['colonne 2']);
  });

  it('missing markers are reported per column', () => {
    const r = validateUploadTable(table('code;rsa\n41018;s\n41269;nd\n41001;s'), ref);
    expect(messages(r)[0]).toBe('Colonne rsa : 3 cellule(s) marquée(s) « s », « nd » lue(s) comme valeurs manquantes.');
  });

  it('English variants through code + params', () => {
    const r = validateUploadTable(table('code;rsa\n41018;12a\n41269;3'), ref);
    expect(r.ok ? '' : uploadMessage(r.errors[0]!, 'en')).toBe('Line 2, column rsa: “12a” is not a number.');
  });
});
