/*
 * The whole upload path on a real DuckDB-wasm (blocking build, in Node): TypeScript checks,
 * `read_csv(…, all_varchar=true)`, validation, then the `upload_<n>` table. Fixtures:
 * tests/fixtures/upload/ (see its README). The referential is the shipped `communes` table
 * (267 communes, `anciens_codes`) plus the former names of `communes-search.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { loadCommuneReferential } from '../../src/data/upload/load-commune-referential.ts';
import { dropUpload, loadUpload, type LoadUploadResult } from '../../src/data/upload/load-upload.ts';
import { readCsvSql } from '../../src/data/upload/read-csv-sql.ts';
import { readUploadCells } from '../../src/data/upload/read-upload-cells.ts';
import { sqlColumnNames } from '../../src/data/upload/sql-column-names.ts';
import type { UploadEngine } from '../../src/data/upload/upload-engine.ts';
import { uploadMessage } from '../../src/domain/upload/messages.ts';
import { prepareUpload } from '../../src/domain/upload/prepare-upload.ts';
import type { CommuneReferential } from '../../src/domain/upload/types.ts';
import { openDuckDB, publicTable } from './support/duckdb.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/upload', name)));
const search = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/communes-search.json'), 'utf8')) as {
  former: [string, string, string][];
};

/** {@link UploadEngine} on the blocking connection: the same operations the browser adapter runs. */
function blockingEngine(conn: DuckDBConnection): UploadEngine {
  return {
    registerFileText: async (name, text) => conn.useUnsafe((bindings) => bindings.registerFileText(name, text)),
    dropFile: async (name) => conn.useUnsafe((bindings) => bindings.dropFile(name)),
    query: async (sql) => conn.query(sql).toArray().map((row) => ({ ...row.toJSON() })),
    insertArrowIPC: async (bytes, name) => conn.insertArrowFromIPCStream(bytes, { name, create: true }),
  };
}

let conn: DuckDBConnection;
let engine: UploadEngine;
let ref: CommuneReferential;
beforeAll(async () => {
  conn = await openDuckDB({ communes: publicTable('communes'), stats: publicTable('stats') });
  engine = blockingEngine(conn);
  ref = await loadCommuneReferential(engine, search.former);
}, 30_000);

const at = (code: string) => ref.codes.indexOf(code);
const ok = (r: LoadUploadResult) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => e.message).join(' | ')}`);
  return r;
};
const messages = (r: LoadUploadResult) => (r.ok ? r.notices : r.errors).map((i) => i.message);

describe('referential from the communes table', () => {
  it('267 communes in code order, former codes from anciens_codes', () => {
    expect(ref.codes).toHaveLength(267);
    expect([...ref.codes]).toEqual([...ref.codes].sort());
    expect(ref.former.get('41272')).toBe('41167');
    expect(ref.formerNames.get('41272')).toBe('Veuves');
    expect(ref.former.size).toBe(30);
  });
});

describe('good files', () => {
  it('; + decimal comma + thousands space + Windows-1252 accents (Excel export)', async () => {
    const bytes = fixture('good-semicolon-cp1252.csv');
    // DuckDB reads the text decoded by TypeScript: accents intact in the name column
    const prepared = prepareUpload(bytes);
    expect(prepared.ok && prepared.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';', columnCount: 4 });
    if (!prepared.ok) return;
    const cells = await readUploadCells(engine, prepared.text, prepared.format);
    expect(cells.ok && cells.table.rows.map((r) => r[1])).toEqual(['Nom', 'Blois', 'Vendôme', 'Chémery', 'Épiais', 'Fréteval']);

    const r = ok(await loadUpload(engine, bytes, ref));
    expect(r.codeColumn).toBe('Code commune');
    expect(r.columns.map((c) => [c.name, c.sqlName, c.count, c.decimal])).toEqual([
      ['Foyers RSA', 'foyers_rsa', 4, null],
      ['Taux RSA (%)', 'taux_rsa', 4, ','],
    ]);
    const [foyers, taux] = r.columns;
    expect(foyers!.values[at('41018')]).toBe(1234);
    expect(foyers!.values[at('41077')]).toBeNull(); // « s » = secret, missing
    expect(taux!.values[at('41269')]).toBe(6.25);
    expect(taux!.values[at('41049')]).toBeNull(); // empty cell = missing, never 0
    expect(taux!.values[at('41001')]).toBeNull(); // commune absent from the file
    expect(messages(r)).toEqual([
      'Encodage Windows-1252 détecté : le texte a été converti (vérifiez les accents).',
      'La colonne « Nom » est lue comme un libellé et n\'est pas importée.',
      'Colonne Foyers RSA : 1 cellule(s) marquée(s) « s » lue(s) comme valeurs manquantes.',
      'Colonne Taux RSA (%) : virgule décimale (« 12,5 » = douze et demi).',
      '262 commune(s) sur 267 n\'ont pas de ligne dans le fichier : leurs valeurs restent manquantes (jamais 0).',
    ]);
    // the table: every commune, nulls where the file has nothing
    const rows = conn.query(`SELECT code, foyers_rsa, taux_rsa FROM ${r.table} WHERE code IN ('41018', '41049', '41001') ORDER BY code`)
      .toArray().map((row) => ({ ...row.toJSON() }));
    expect(rows).toEqual([
      { code: '41001', foyers_rsa: null, taux_rsa: null },
      { code: '41018', foyers_rsa: 1234, taux_rsa: 7.5 },
      { code: '41049', foyers_rsa: 12, taux_rsa: null },
    ]);
    expect(conn.query(`SELECT count(*) AS n FROM ${r.table}`).toArray()[0]!.toJSON().n).toBe(267);
  });

  it(', + decimal point, codgeo / libgeo', async () => {
    const r = ok(await loadUpload(engine, fixture('good-comma-point.csv'), ref));
    expect(r.format.delimiter).toBe(',');
    expect(r.codeColumn).toBe('codgeo');
    expect(r.columns.map((c) => c.name)).toEqual(['rsa_2024', 'part_rsa']);
    expect(r.columns[1]!.values[at('41194')]).toBe(8.25);
    expect(r.columns[1]!.decimal).toBe('.');
  });

  it('tab-separated, as a dropped file and as pasted text', async () => {
    const bytes = fixture('good-tab.tsv');
    const dropped = ok(await loadUpload(engine, bytes, ref));
    const pasted = ok(await loadUpload(engine, new TextDecoder().decode(bytes), ref));
    expect(dropped.format.delimiter).toBe('\t');
    expect(pasted.format.encoding).toBe('text');
    for (const r of [dropped, pasted]) {
      expect(r.codeColumn).toBe('insee');
      expect(r.columns.map((c) => [c.name, c.values[at('41242')]])).toEqual([['allocataires', 60], ['taux', 4.25]]);
    }
  });

  it('UTF-8 with BOM: the BOM does not stick to the first header', async () => {
    const r = ok(await loadUpload(engine, fixture('good-bom.csv'), ref));
    expect(r.format.encoding).toBe('utf-8-bom');
    expect(r.codeColumn).toBe('code');
    expect(r.columns[0]!.values[at('41295')]).toBe(20);
  });

  it('quoted fields: separator, doubled quotes and newline inside quotes; a text column is not imported', async () => {
    const r = ok(await loadUpload(engine, fixture('good-quoted.csv'), ref));
    // 5 records on 6 lines: the 41136 record starts on line 5
    expect(r.format.lines).toEqual([1, 2, 3, 5, 6]);
    expect(r.columns.map((c) => c.name)).toEqual(['rsa']);
    expect(r.columns[0]!.values[at('41018')]).toBe(12.5);
    expect(r.columns[0]!.values[at('41136')]).toBeNull(); // "" = missing
    expect(r.columns[0]!.values[at('41143')]).toBe(4);
    expect(messages(r)).toContain('La colonne « commentaire » ne contient aucun nombre : elle n\'est pas importée.');
  });

  it('former code 41272 (Veuves) goes to 41167 Veuzain-sur-Loire, with a notice', async () => {
    const r = ok(await loadUpload(engine, fixture('good-former-code.csv'), ref));
    expect(r.columns[0]!.values[at('41167')]).toBe(15);
    expect(r.columns[0]!.remapped).toBe(1);
    expect(messages(r)).toContain(
      'Ligne 2 : ancien code 41272 (Veuves) remplacé par 41167 (Veuzain-sur-Loire) selon le COG 2026.',
    );
    expect(uploadMessage(r.notices.find((n) => n.code === 'remapped-code')!, 'en')).toBe(
      'Line 2: former code 41272 (Veuves) replaced by 41167 (Veuzain-sur-Loire) according to COG 2026.',
    );
  });

  it('no header line', async () => {
    const r = ok(await loadUpload(engine, fixture('good-no-header.csv'), ref));
    expect(r.header).toBe(false);
    expect(r.columns.map((c) => [c.name, c.sqlName, c.values[at('41018')]])).toEqual([['colonne 2', 'colonne_2', 12]]);
  });
});

describe('refused files, each with its message', () => {
  const cases: { file: string; errors: string[] }[] = [
    { file: 'empty.csv', errors: ['Le fichier est vide.'] },
    { file: 'header-only.csv', errors: ["Le fichier ne contient que la ligne d'en-tête : aucune commune."] },
    {
      file: 'no-code-column.csv',
      errors: [
        'Aucune colonne de codes commune trouvée. Nommez-la par exemple code, codgeo, code_insee, insee, com, depcom, « code commune », ou placez-y les codes INSEE à 5 chiffres (41018 pour Blois).',
      ],
    },
    {
      file: 'unknown-code.csv',
      errors: [
        "Ligne 3 : le code 41999 n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.",
        "Ligne 4 : le code 18033 n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.",
      ],
    },
    {
      file: 'duplicate-after-remap.csv',
      errors: [
        'La commune 41167 (Veuzain-sur-Loire) apparaît plusieurs fois : lignes 2, 4, après conversion des anciens codes (41272 → 41167). Gardez une seule ligne par commune (les valeurs ne sont jamais additionnées automatiquement).',
      ],
    },
    { file: 'non-numeric.csv', errors: ["Ligne 14, colonne rsa : « 12a » n'est pas un nombre."] },
    {
      file: 'formula.csv',
      errors: [
        "Ligne 3, colonne rsa : « =HYPERLINK(\"http://example.invalid\";\"clic\") » n'est pas un nombre (une formule de tableur n'est jamais évaluée).",
      ],
    },
    {
      file: 'script.csv',
      errors: [
        "Ligne 2, colonne rsa : « <script>alert(1)</script> » n'est pas un nombre (le balisage est lu comme du texte).",
      ],
    },
    { file: 'huge.csv', errors: ['Ligne 2, colonne rsa : « 1e400 » est hors limites (valeur absolue supérieure à 10^15).'] },
    {
      file: 'nan.csv',
      errors: [
        "Ligne 2, colonne rsa : « NaN » n'est pas une valeur finie ; laissez la cellule vide pour une valeur manquante.",
        "Ligne 3, colonne rsa : « Infinity » n'est pas une valeur finie ; laissez la cellule vide pour une valeur manquante.",
      ],
    },
    {
      file: 'ragged-decimal-comma.csv',
      errors: [
        'Ligne 2 : 3 champs au lieu de 2 (séparateur : virgule). Une virgule décimale doit être entre guillemets, ou utilisez le point-virgule comme séparateur.',
      ],
    },
    { file: 'unterminated-quote.csv', errors: ['Ligne 2 : un guillemet (") ouvre un champ qui n\'est jamais refermé.'] },
  ];
  it.each(cases)('$file', async ({ file, errors }) => {
    const r = await loadUpload(engine, fixture(file), ref);
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual(errors);
  });

  it('a 6 MB file is refused before anything is parsed', async () => {
    const line = '41018;12,5\n';
    const big = new TextEncoder().encode('code;rsa\n' + line.repeat(Math.ceil((6 * 1024 * 1024) / line.length)));
    const r = await loadUpload(engine, big.subarray(0, 6 * 1024 * 1024), ref);
    expect(messages(r)).toEqual([
      'Le fichier fait 6 Mo : la limite est de 5 Mo. Gardez seulement la colonne des codes commune et les colonnes utiles.',
    ]);
  });

  it('a spreadsheet (xlsx signature) is refused with advice', async () => {
    const r = await loadUpload(engine, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), ref);
    expect(messages(r)[0]).toMatch(/^Ce fichier est un classeur/);
  });

  it('at most 10 offending lines are listed, then a count', async () => {
    // 25 lines: 8 numbers (so the column is not taken for a text column) and 17 bad cells → 10 listed + 7
    const text = 'code;rsa\n' + ref.codes.slice(0, 25).map((c, k) => (k % 5 < 2 && k < 20 ? `${c};${k}` : `${c};x${c}`)).join('\n');
    const r = await loadUpload(engine, text, ref);
    const m = messages(r);
    expect(m).toHaveLength(11);
    expect(m[0]).toBe(`Ligne 4, colonne rsa : « x${ref.codes[2]} » n'est pas un nombre.`);
    expect(m[10]).toBe('… et 7 autre(s) ligne(s) en erreur.');
  });

  it('a refused upload creates no table', async () => {
    const before = conn.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'upload_%'").toArray()[0]!.toJSON().n;
    await loadUpload(engine, fixture('non-numeric.csv'), ref);
    const after = conn.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'upload_%'").toArray()[0]!.toJSON().n;
    expect(after).toBe(before);
  });
});

describe('tables', () => {
  it('the shipped tables are untouched; dropUpload removes only upload tables', async () => {
    const r = ok(await loadUpload(engine, fixture('good-former-code.csv'), ref));
    const names = () => conn.query('SELECT table_name FROM duckdb_tables() ORDER BY table_name').toArray().map((x) => x.toJSON().table_name);
    expect(names()).toContain(r.table);
    expect(conn.query('SELECT count(*) AS n FROM communes').toArray()[0]!.toJSON().n).toBe(267);
    await dropUpload(engine, r.table);
    expect(names()).not.toContain(r.table);
    await expect(dropUpload(engine, 'communes')).rejects.toThrow(/not an upload table/);
  });
  it('registered CSV files are dropped after reading', async () => {
    await loadUpload(engine, fixture('good-bom.csv'), ref);
    const files = conn.query("SELECT * FROM glob('upload_*.csv')").toArray();
    expect(files).toHaveLength(0);
  });
  it('read_csv SQL only takes whitelisted pieces', () => {
    expect(() => readCsvSql("x'); DROP TABLE communes; --", ';', 2)).toThrow();
    expect(readCsvSql('upload_1.csv', '\t', 2)).toContain("delim='\t'");
  });
  it('SQL column names are safe and unique', () => {
    expect(sqlColumnNames(['Bénéficiaires RSA 2024', 'code', '2024', 'rsa', 'RSA', '"; DROP', ''])).toEqual([
      'beneficiaires_rsa_2024', 'code_2', 'v_2024', 'rsa', 'rsa_2', 'drop', 'v',
    ]);
  });
});
