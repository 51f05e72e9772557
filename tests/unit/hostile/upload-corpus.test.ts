/*
 * Hostile and broken CSV files for « Vos données » (the composite index upload), through the whole
 * upload path on a real DuckDB-wasm (blocking build, in Node): TypeScript checks, DuckDB
 * `read_csv(…, all_varchar=true)`, validation, then the `upload_<n>` table. Each case states its
 * exact outcome: refused with which French message(s), or accepted with which values and notices.
 * The ordinary good and bad files are in tests/sql/upload.test.ts; this is the hostile corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { loadCommuneReferential } from '../../../src/data/upload/load-commune-referential.ts';
import { loadUpload, type LoadUploadResult } from '../../../src/data/upload/load-upload.ts';
import type { UploadEngine } from '../../../src/data/upload/upload-engine.ts';
import { MAX_UPLOAD_BYTES } from '../../../src/domain/upload/limits.ts';
import { uploadMessage } from '../../../src/domain/upload/messages.ts';
import type { CommuneReferential } from '../../../src/domain/upload/types.ts';
import { UploadsState, type Uploader } from '../../../src/state/uploads.svelte.ts';
import { openDuckDB, publicTable } from '../../sql/support/duckdb.ts';

const search = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/data/communes-search.json'), 'utf8')) as {
  former: [string, string, string][];
};
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/hostile', name)));

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
  conn = await openDuckDB({ communes: publicTable('communes') });
  engine = blockingEngine(conn);
  ref = await loadCommuneReferential(engine, search.former);
}, 30_000);

const at = (code: string) => ref.codes.indexOf(code);
const messages = (r: LoadUploadResult) => (r.ok ? r.notices : r.errors).map((i) => i.message);
const ABSENT = (n: number) => `${267 - n} commune(s) sur 267 n'ont pas de ligne dans le fichier : leurs valeurs restent manquantes (jamais 0).`;
const MARKUP = '<img src=x onerror=alert(1)>';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Seeded bytes 1…255 (no NUL): garbage that decodes as Windows-1252 text. */
function garbage(n: number, seed = 42): Uint8Array {
  let s = seed;
  return new Uint8Array(n).map(() => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return 1 + Math.floor((s / 2 ** 31) * 255);
  });
}

describe('refused, with the exact French message', () => {
  const cases: { name: string; input: string | Uint8Array; errors: string[] }[] = [
    {
      name: 'markup as a code',
      input: `code;v\n${MARKUP};1\n`,
      errors: [`Ligne 2 : « ${MARKUP} » n'est pas un code commune INSEE (5 caractères, par exemple 41018).`],
    },
    {
      name: 'markup as a value',
      input: `code;v\n41018;${MARKUP}\n41269;2\n`,
      errors: [`Ligne 2, colonne v : « ${MARKUP} » n'est pas un nombre (le balisage est lu comme du texte).`],
    },
    {
      name: '=HYPERLINK formula (quoted, with the separator inside)',
      input: 'code;v\n41018;"=HYPERLINK(""http://example.invalid"";""clic"")"\n41269;2\n',
      errors: [`Ligne 2, colonne v : « =HYPERLINK("http://example.invalid";"clic") » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`],
    },
    {
      name: '+cmd (DDE)',
      input: "code;v\n41018;+cmd|' /C calc'!A0\n41269;2\n",
      errors: [`Ligne 2, colonne v : « +cmd|' /C calc'!A0 » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`],
    },
    {
      name: '-1+1 (a formula in a spreadsheet)',
      input: 'code;v\n41018;-1+1\n41269;2\n',
      errors: [`Ligne 2, colonne v : « -1+1 » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`],
    },
    {
      name: '@SUM',
      input: 'code;v\n41018;@SUM(A1:A9)\n41269;2\n',
      errors: [`Ligne 2, colonne v : « @SUM(A1:A9) » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`],
    },
    {
      name: '1e308 (a finite double, beyond the limit)',
      input: 'code;v\n41018;1e308\n41269;2\n',
      errors: ['Ligne 2, colonne v : « 1e308 » est hors limites (valeur absolue supérieure à 10^15).'],
    },
    {
      name: '1e400 (overflows to Infinity)',
      input: 'code;v\n41018;1e400\n41269;-1e400\n',
      errors: [
        'Ligne 2, colonne v : « 1e400 » est hors limites (valeur absolue supérieure à 10^15).',
        'Ligne 3, colonne v : « -1e400 » est hors limites (valeur absolue supérieure à 10^15).',
      ],
    },
    {
      name: 'NaN, Infinity, -inf, ∞',
      input: 'code;v\n41018;NaN\n41269;Infinity\n41194;-inf\n41001;∞\n41002;3\n',
      errors: ['NaN', 'Infinity', '-inf', '∞'].map(
        (v, i) => `Ligne ${i + 2}, colonne v : « ${v} » n'est pas une valeur finie ; laissez la cellule vide pour une valeur manquante.`,
      ),
    },
    { name: 'empty file', input: new Uint8Array(0), errors: ['Le fichier est vide.'] },
    { name: 'only a UTF-8 BOM', input: new Uint8Array([0xef, 0xbb, 0xbf]), errors: ['Le fichier est vide.'] },
    { name: 'only blank lines', input: '\r\n\n  \n', errors: ['Le fichier est vide.'] },
    { name: 'header only', input: 'code;valeur\n', errors: ["Le fichier ne contient que la ligne d'en-tête : aucune commune."] },
    { name: 'only separators, one line', input: ';;;', errors: ["Le fichier ne contient que la ligne d'en-tête : aucune commune."] },
    {
      name: 'only separators, several lines',
      input: ';;;\n;;;\n;;;\n',
      errors: [
        'Aucune colonne de codes commune trouvée. Nommez-la par exemple code, codgeo, code_insee, insee, com, depcom, « code commune », ou placez-y les codes INSEE à 5 chiffres (41018 pour Blois).',
      ],
    },
    {
      name: 'binary garbage with NUL bytes',
      input: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      errors: ["Ce fichier n'est pas un texte CSV (il contient des caractères binaires)."],
    },
    {
      name: 'binary garbage without NUL (read as Windows-1252)',
      input: garbage(4096),
      errors: [
        'Une seule colonne a été trouvée : le fichier doit contenir une colonne de codes commune et au moins une colonne de valeurs, séparées par des points-virgules, des virgules ou des tabulations.',
      ],
    },
    {
      name: 'a spreadsheet (xlsx is a zip)',
      input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
      errors: [
        'Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV : enregistrez-le au format « CSV (séparateur : point-virgule) » puis déposez-le à nouveau.',
      ],
    },
    {
      name: 'a 200,000-digit number on a very long line',
      input: `code;v\n41018;${'9'.repeat(200_000)}\n`,
      errors: [`Ligne 2, colonne v : « ${'9'.repeat(60)}… » est hors limites (valeur absolue supérieure à 10^15).`],
    },
    {
      name: 'duplicate codes',
      input: 'code;v\n41018;1\n41269;2\n41018;3\n',
      errors: [
        'La commune 41018 (Blois) apparaît plusieurs fois : lignes 2, 4. Gardez une seule ligne par commune (les valeurs ne sont jamais additionnées automatiquement).',
      ],
    },
    {
      name: 'unknown codes: another département, Corsica, zeros',
      input: 'code;v\n99999;1\n2A004;2\n00000;3\n41018;4\n',
      errors: ['99999', '2A004', '00000'].map(
        (c, i) => `Ligne ${i + 2} : le code ${c} n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.`,
      ),
    },
    {
      name: '101 columns',
      input: `code;${Array.from({ length: 100 }, (_, i) => `c${i}`).join(';')}\n41018;${'1;'.repeat(99)}1\n`,
      errors: ['Le fichier a 101 colonnes : la limite est de 100.'],
    },
    {
      name: 'a bidi override in a code is quoted without it',
      input: 'code;v\n4\u202e81014;1\n',
      errors: ["Ligne 2 : « 4 81014 » n'est pas un code commune INSEE (5 caractères, par exemple 41018)."],
    },
  ];

  it.each(cases)('$name', async ({ input, errors }) => {
    const r = await loadUpload(engine, input, ref);
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual(errors);
  });

  it('errors are listed for the first 10 lines only, whatever the size of the attack', async () => {
    // one number (so that the column is a value column), then 199 formulas
    const rows = ref.codes.slice(0, 200).map((c, i) => (i === 0 ? `${c};1` : `${c};=HYPERLINK("http://x/${c}")`));
    const r = await loadUpload(engine, `code;v\n${rows.join('\n')}\n`, ref);
    expect(r.ok).toBe(false);
    const m = messages(r);
    expect(m).toHaveLength(11);
    expect(m[10]).toBe('… et 189 autre(s) ligne(s) en erreur.');
  });

  it('a refused file creates no table', async () => {
    const count = () => conn.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'upload_%'").toArray()[0]!.toJSON().n;
    const before = count();
    await loadUpload(engine, `code;v\n41018;${MARKUP}\n`, ref);
    await loadUpload(engine, 'code;v\n41018;=1+1\n', ref);
    expect(count()).toBe(before);
  });
});

describe('size limit', () => {
  it('a file over 10 MB is refused before it is read, with the limit in the message', async () => {
    const line = '41018;12,5\n';
    const big = utf8(`code;rsa\n${line.repeat(Math.ceil((10.5 * 1024 * 1024) / line.length))}`);
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const r = await loadUpload(engine, big, ref);
    expect(messages(r)).toEqual([
      'Le fichier fait 10,5 Mo : la limite est de 5 Mo. Gardez seulement la colonne des codes commune et les colonnes utiles.',
    ]);
  });

  it('a pasted text over the limit too (its UTF-8 size counts)', async () => {
    const r = await loadUpload(engine, `code;v\n${'é'.repeat(MAX_UPLOAD_BYTES / 2 + 1)}`, ref);
    expect(r.ok).toBe(false);
    expect(messages(r)[0]).toMatch(/^Le fichier fait 5 Mo : la limite est de 5 Mo\./);
  });

  it('the page refuses a 12 MB file without reading it (UploadsState.addFile)', async () => {
    let uploads = 0;
    const uploader: Uploader = {
      upload: async () => {
        uploads++;
        throw new Error('must not be called');
      },
      remove: async () => {},
    };
    const state = new UploadsState(uploader);
    const file = new File([new Uint8Array(12 * 1024 * 1024)], 'enorme.csv', { type: 'text/csv' });
    // a file whose content cannot be read would fail the test if it were read
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    expect(await state.addFile(file)).toBe(false);
    expect(uploads).toBe(0);
    expect(state.failedSource).toBe('enorme.csv');
    expect(state.errors.map((e) => uploadMessage(e, 'fr'))).toEqual([
      'Le fichier fait 12 Mo : la limite est de 5 Mo. Gardez seulement la colonne des codes commune et les colonnes utiles.',
    ]);
    expect(state.errors.map((e) => uploadMessage(e, 'en'))).toEqual([
      'The file is 12 MB; the limit is 5 MB. Keep only the commune code column and the columns you need.',
    ]);
    expect(state.entries).toEqual([]);
  });

  it('a file the browser cannot read: its error, nothing loaded', async () => {
    const state = new UploadsState({ upload: async () => Promise.reject(new Error('unused')), remove: async () => {} });
    const file = new File(['code;v'], 'illisible.csv');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    expect(await state.addFile(file)).toBe(false);
    expect(state.failure).toBe('NotReadableError');
    expect(state.entries).toEqual([]);
  });
});

describe('accepted, with the exact values: hostile text is kept as text, never run', () => {
  it('markup in a header: a column named with the markup, as plain text; a safe SQL name', async () => {
    const r = await loadUpload(engine, `code;${MARKUP}\n41018;1,5\n`, ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => [c.name, c.sqlName, c.values[at('41018')]])).toEqual([[MARKUP, 'img_src_x_onerror_alert_1', 1.5]]);
    expect(messages(r)).toEqual(['Colonne <img src=x onerror=alert(1)> : virgule décimale (« 12,5 » = douze et demi).', ABSENT(1)]);
  });

  it('markup in a name column: the column is not imported', async () => {
    const r = await loadUpload(engine, `code;nom;v\n41018;${MARKUP};1\n41269;<script>alert(1)</script>;2\n`, ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => c.name)).toEqual(['v']);
    expect(messages(r)).toEqual(["La colonne « nom » est lue comme un libellé et n'est pas importée.", ABSENT(2)]);
  });

  it('a text column full of formulas is not imported (never read as numbers)', async () => {
    const r = await loadUpload(engine, 'code;note;v\n41018;=1+1;3\n41269;@SUM(A1);4\n', ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => [c.name, c.values[at('41018')], c.values[at('41269')]])).toEqual([['v', 3, 4]]);
    expect(messages(r)).toContain("La colonne « note » ne contient aucun nombre : elle n'est pas importée.");
  });

  it('a formula header: kept as a name (exports neutralise it, see csv-export.test.ts)', async () => {
    const r = await loadUpload(engine, 'code;=1+1\n41018;2\n', ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => [c.name, c.sqlName])).toEqual([['=1+1', 'v_1_1']]);
  });

  it('a 100,000-character header is shortened to 80 characters, with a notice', async () => {
    const r = await loadUpload(engine, `code;${'h'.repeat(100_000)}\n41018;1\n`, ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    const name = `${'h'.repeat(79)}…`;
    expect(r.columns.map((c) => [c.name, c.sqlName.length])).toEqual([[name, 48]]);
    expect(messages(r)).toEqual([
      `Le nom de la colonne n° 2 a 100000 caractères : il est raccourci à 80 (« ${name} »).`,
      ABSENT(1),
    ]);
  });

  it('control and invisible characters in a header become spaces', async () => {
    const r = await loadUpload(engine, 'code;"taux\u202e\u200b RSA\r\n2024"\n41018;1\n', ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => c.name)).toEqual(['taux RSA 2024']);
  });

  it('the largest accepted values: ±10^15, and 1e-300 (tiny, finite)', async () => {
    const r = await loadUpload(engine, 'code;v\n41018;1e15\n41269;-1000000000000000\n41194;1e-300\n', ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    const v = r.columns[0]!.values;
    expect([v[at('41018')], v[at('41269')], v[at('41194')]]).toEqual([1e15, -1e15, 1e-300]);
  });

  it('BOM + CRLF (Excel): same values as a plain file', async () => {
    const r = await loadUpload(engine, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('code;v\r\n41018;1\r\n41269;2\r\n')]), ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.format.encoding).toBe('utf-8-bom');
    expect(r.codeColumn).toBe('code');
    expect([r.columns[0]!.values[at('41018')], r.columns[0]!.values[at('41269')]]).toEqual([1, 2]);
  });

  it('CR-only line ends (old Mac): same values', async () => {
    const r = await loadUpload(engine, 'code;v\r41018;1\r41269;2\r', ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.format.lines).toEqual([1, 2, 3]);
    expect([r.columns[0]!.values[at('41018')], r.columns[0]!.values[at('41269')]]).toEqual([1, 2]);
  });

  it('the hostile fixture (markup names and labels, formulas in a text column)', async () => {
    const r = await loadUpload(engine, fixture('markup-names.csv'), ref);
    if (!r.ok) throw new Error(messages(r).join(' | '));
    expect(r.columns.map((c) => [c.name, c.values[at('41018')], c.values[at('41269')], c.count])).toEqual([[MARKUP, 12.5, 7, 2]]);
    expect(messages(r)).toEqual([
      "La colonne « libelle » est lue comme un libellé et n'est pas importée.",
      "La colonne « commentaire » ne contient aucun nombre : elle n'est pas importée.",
      `Colonne ${MARKUP} : virgule décimale (« 12,5 » = douze et demi).`,
      ABSENT(2),
    ]);
  });
});
