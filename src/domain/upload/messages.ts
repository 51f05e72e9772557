import type { Lang } from '../types';
import { MAX_COLUMN_NAME, MAX_COLUMNS, MAX_UPLOAD_BYTES } from './limits';

/** Problems that stop an upload. */
export type UploadErrorCode =
  | 'file-too-large'
  | 'empty-file'
  | 'spreadsheet-file'
  | 'binary-file'
  | 'single-column'
  | 'too-many-columns'
  | 'unterminated-quote'
  | 'bad-quote'
  | 'wrong-field-count'
  | 'csv-unreadable'
  | 'no-rows'
  | 'no-code-column'
  | 'no-value-column'
  | 'duplicate-column'
  | 'missing-code'
  | 'invalid-code'
  | 'unknown-code'
  | 'duplicate-code'
  | 'not-a-number'
  | 'formula-cell'
  | 'markup-cell'
  | 'not-finite'
  | 'too-large'
  | 'more-lines'
  | 'more-codes';

/** Things the user should know about an accepted upload. */
export type UploadNoticeCode =
  | 'encoding'
  | 'no-header'
  | 'code-column-by-content'
  | 'padded-codes'
  | 'remapped-code'
  | 'unknown-codes-ignored'
  | 'label-column-ignored'
  | 'text-column-ignored'
  | 'unnamed-column'
  | 'long-column-name'
  | 'decimal-comma'
  | 'mixed-decimal'
  | 'missing-markers'
  | 'communes-absent';

export type UploadMessageCode = UploadErrorCode | UploadNoticeCode;

export type UploadParams = Record<string, string | number>;

/**
 * A machine-readable code, its parameters (for {@link uploadMessage} in another language) and the
 * French message. Messages quote user content: show them as plain text, never as HTML.
 */
export interface UploadIssue<Code extends UploadMessageCode = UploadMessageCode> {
  code: Code;
  params: UploadParams;
  message: string;
}

const mb = (bytes: number | string | undefined, lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(Number(bytes) / 1024 / 1024);
const p = (v: string | number | undefined) => String(v ?? '');
const encodingName = (e: string | number | undefined) =>
  ({ 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' })[p(e)] ?? p(e);
const sepFr = (d: string | number | undefined) => (d === '\t' ? 'tabulation' : d === ';' ? 'point-virgule' : 'virgule');
const sepEn = (d: string | number | undefined) => (d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma');
const lines = (n: string | number | undefined, fr: boolean) => (Number(n) > 1 ? (fr ? 'lignes' : 'lines') : fr ? 'ligne' : 'line');

type Templates = Record<UploadMessageCode, (q: UploadParams) => string>;

const CODE_NAMES = 'code, codgeo, code_insee, insee, com, depcom, « code commune »';

const fr: Templates = {
  'file-too-large': (q) =>
    `Le fichier fait ${mb(q.bytes, 'fr')} Mo : la limite est de ${mb(MAX_UPLOAD_BYTES, 'fr')} Mo. Gardez seulement la colonne des codes commune et les colonnes utiles.`,
  'empty-file': () => 'Le fichier est vide.',
  'spreadsheet-file': () =>
    "Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV : enregistrez-le au format « CSV (séparateur : point-virgule) » puis déposez-le à nouveau.",
  'binary-file': () => "Ce fichier n'est pas un texte CSV (il contient des caractères binaires).",
  'single-column': () =>
    "Une seule colonne a été trouvée : le fichier doit contenir une colonne de codes commune et au moins une colonne de valeurs, séparées par des points-virgules, des virgules ou des tabulations.",
  'too-many-columns': (q) => `Le fichier a ${p(q.count)} colonnes : la limite est de ${MAX_COLUMNS}.`,
  'unterminated-quote': (q) =>
    `Ligne ${p(q.line)} : un guillemet (") ouvre un champ qui n'est jamais refermé.`,
  'bad-quote': (q) =>
    `Ligne ${p(q.line)} : texte après un guillemet fermant ; un guillemet dans un champ entre guillemets s'écrit "".`,
  'wrong-field-count': (q) =>
    `Ligne ${p(q.line)} : ${p(q.found)} champs au lieu de ${p(q.expected)} (séparateur : ${sepFr(q.delimiter)}).` +
    (q.delimiter === ',' ? ' Une virgule décimale doit être entre guillemets, ou utilisez le point-virgule comme séparateur.' : ''),
  'csv-unreadable': (q) => `Le fichier n'a pas pu être lu comme un CSV : ${p(q.detail)}`,
  'no-rows': () => "Le fichier ne contient que la ligne d'en-tête : aucune commune.",
  'no-code-column': () =>
    `Aucune colonne de codes commune trouvée. Nommez-la par exemple ${CODE_NAMES}, ou placez-y les codes INSEE à 5 chiffres (41018 pour Blois).`,
  'no-value-column': () =>
    "Aucune colonne de valeurs : à côté des codes commune (et des noms), le fichier doit contenir au moins une colonne de nombres.",
  'duplicate-column': (q) => `La colonne « ${p(q.column)} » apparaît plusieurs fois : renommez l'une d'elles.`,
  'missing-code': (q) => `Ligne ${p(q.line)} : le code commune est vide.`,
  'invalid-code': (q) =>
    `Ligne ${p(q.line)} : « ${p(q.value)} » n'est pas un code commune INSEE (5 caractères, par exemple 41018).`,
  'unknown-code': (q) =>
    `Ligne ${p(q.line)} : le code ${p(q.code)} n'est pas une commune du Loir-et-Cher (COG 2026), ni un ancien code d'une de ses communes.`,
  'duplicate-code': (q) =>
    `La commune ${p(q.code)} (${p(q.name)}) apparaît plusieurs fois : ${lines(q.count, true)} ${p(q.lines)}` +
    (q.remapped ? `, après conversion des anciens codes (${p(q.remapped)}).` : '.') +
    ' Gardez une seule ligne par commune (les valeurs ne sont jamais additionnées automatiquement).',
  'not-a-number': (q) => `Ligne ${p(q.line)}, colonne ${p(q.column)} : « ${p(q.value)} » n'est pas un nombre.`,
  'formula-cell': (q) =>
    `Ligne ${p(q.line)}, colonne ${p(q.column)} : « ${p(q.value)} » n'est pas un nombre (une formule de tableur n'est jamais évaluée).`,
  'markup-cell': (q) =>
    `Ligne ${p(q.line)}, colonne ${p(q.column)} : « ${p(q.value)} » n'est pas un nombre (le balisage est lu comme du texte).`,
  'not-finite': (q) =>
    `Ligne ${p(q.line)}, colonne ${p(q.column)} : « ${p(q.value)} » n'est pas une valeur finie ; laissez la cellule vide pour une valeur manquante.`,
  'too-large': (q) =>
    `Ligne ${p(q.line)}, colonne ${p(q.column)} : « ${p(q.value)} » est hors limites (valeur absolue supérieure à 10^15).`,
  'more-lines': (q) => `… et ${p(q.count)} autre(s) ligne(s) en erreur.`,
  'more-codes': (q) => `… et ${p(q.count)} autre(s) commune(s) en double.`,
  encoding: (q) => `Encodage ${encodingName(q.encoding)} détecté : le texte a été converti (vérifiez les accents).`,
  'no-header': () => "Pas de ligne d'en-tête : les colonnes sont nommées « colonne 2 », « colonne 3 »…",
  'code-column-by-content': (q) =>
    `La colonne « ${p(q.column)} » a été reconnue comme colonne des codes commune d'après son contenu.`,
  'padded-codes': (q) =>
    `${p(q.count)} code(s) à 4 chiffres complété(s) par un zéro initial (par exemple ${p(q.from)} → ${p(q.to)}).`,
  'remapped-code': (q) =>
    `Ligne ${p(q.line)} : ancien code ${p(q.from)}${q.formerName ? ` (${p(q.formerName)})` : ''} remplacé par ${p(q.to)} (${p(q.name)}) selon le COG 2026.`,
  'unknown-codes-ignored': (q) =>
    `${p(q.count)} ligne(s) ignorée(s) : codes hors du Loir-et-Cher (${p(q.codes)}).`,
  'label-column-ignored': (q) => `La colonne « ${p(q.column)} » est lue comme un libellé et n'est pas importée.`,
  'text-column-ignored': (q) =>
    `La colonne « ${p(q.column)} » ne contient aucun nombre : elle n'est pas importée.`,
  'unnamed-column': (q) => `La colonne n° ${p(q.position)} n'a pas de nom : elle est appelée « ${p(q.column)} ».`,
  'long-column-name': (q) =>
    `Le nom de la colonne n° ${p(q.position)} a ${p(q.length)} caractères : il est raccourci à ${MAX_COLUMN_NAME} (« ${p(q.column)} »).`,
  'decimal-comma': (q) => `Colonne ${p(q.column)} : virgule décimale (« 12,5 » = douze et demi).`,
  'mixed-decimal': (q) =>
    `Colonne ${p(q.column)} : virgule et point décimaux mélangés ; les deux sont lus comme séparateur décimal.`,
  'missing-markers': (q) =>
    `Colonne ${p(q.column)} : ${p(q.count)} cellule(s) marquée(s) ${p(q.markers)} lue(s) comme valeurs manquantes.`,
  'communes-absent': (q) =>
    `${p(q.count)} commune(s) sur ${p(q.total)} n'ont pas de ligne dans le fichier : leurs valeurs restent manquantes (jamais 0).`,
};

const en: Templates = {
  'file-too-large': (q) =>
    `The file is ${mb(q.bytes, 'en')} MB; the limit is ${mb(MAX_UPLOAD_BYTES, 'en')} MB. Keep only the commune code column and the columns you need.`,
  'empty-file': () => 'The file is empty.',
  'spreadsheet-file': () =>
    'This file is a spreadsheet (Excel or LibreOffice), not a CSV file: save it as “CSV (semicolon separated)” and drop it again.',
  'binary-file': () => 'This file is not CSV text (it contains binary characters).',
  'single-column': () =>
    'Only one column was found: the file needs a commune code column and at least one value column, separated by semicolons, commas or tabs.',
  'too-many-columns': (q) => `The file has ${p(q.count)} columns; the limit is ${MAX_COLUMNS}.`,
  'unterminated-quote': (q) => `Line ${p(q.line)}: a quote (") opens a field that is never closed.`,
  'bad-quote': (q) => `Line ${p(q.line)}: text after a closing quote; a quote inside a quoted field is written "".`,
  'wrong-field-count': (q) =>
    `Line ${p(q.line)}: ${p(q.found)} fields instead of ${p(q.expected)} (separator: ${sepEn(q.delimiter)}).` +
    (q.delimiter === ',' ? ' A decimal comma must be quoted, or use semicolons as separators.' : ''),
  'csv-unreadable': (q) => `The file could not be read as CSV: ${p(q.detail)}`,
  'no-rows': () => 'The file only has a header line: no commune.',
  'no-code-column': () =>
    'No commune code column found. Name it e.g. code, codgeo, code_insee, insee, com, depcom, “code commune”, or fill it with 5-character INSEE codes (41018 for Blois).',
  'no-value-column': () =>
    'No value column: besides the commune codes (and names), the file needs at least one column of numbers.',
  'duplicate-column': (q) => `Column “${p(q.column)}” appears more than once: rename one of them.`,
  'missing-code': (q) => `Line ${p(q.line)}: the commune code is empty.`,
  'invalid-code': (q) => `Line ${p(q.line)}: “${p(q.value)}” is not an INSEE commune code (5 characters, e.g. 41018).`,
  'unknown-code': (q) =>
    `Line ${p(q.line)}: code ${p(q.code)} is not a commune of Loir-et-Cher (COG 2026), nor a former code of one.`,
  'duplicate-code': (q) =>
    `Commune ${p(q.code)} (${p(q.name)}) appears more than once: ${lines(q.count, false)} ${p(q.lines)}` +
    (q.remapped ? `, after converting former codes (${p(q.remapped)}).` : '.') +
    ' Keep one line per commune (values are never added up automatically).',
  'not-a-number': (q) => `Line ${p(q.line)}, column ${p(q.column)}: “${p(q.value)}” is not a number.`,
  'formula-cell': (q) =>
    `Line ${p(q.line)}, column ${p(q.column)}: “${p(q.value)}” is not a number (spreadsheet formulas are never evaluated).`,
  'markup-cell': (q) =>
    `Line ${p(q.line)}, column ${p(q.column)}: “${p(q.value)}” is not a number (markup is read as text).`,
  'not-finite': (q) =>
    `Line ${p(q.line)}, column ${p(q.column)}: “${p(q.value)}” is not a finite value; leave the cell empty for a missing value.`,
  'too-large': (q) =>
    `Line ${p(q.line)}, column ${p(q.column)}: “${p(q.value)}” is out of range (absolute value above 10^15).`,
  'more-lines': (q) => `… and ${p(q.count)} more line(s) with errors.`,
  'more-codes': (q) => `… and ${p(q.count)} more duplicated commune(s).`,
  encoding: (q) => `${encodingName(q.encoding)} encoding detected: the text was converted (check the accents).`,
  'no-header': () => 'No header line: columns are named “colonne 2”, “colonne 3”…',
  'code-column-by-content': (q) => `Column “${p(q.column)}” was recognised as the commune code column from its content.`,
  'padded-codes': (q) => `${p(q.count)} 4-digit code(s) padded with a leading zero (e.g. ${p(q.from)} → ${p(q.to)}).`,
  'remapped-code': (q) =>
    `Line ${p(q.line)}: former code ${p(q.from)}${q.formerName ? ` (${p(q.formerName)})` : ''} replaced by ${p(q.to)} (${p(q.name)}) according to COG 2026.`,
  'unknown-codes-ignored': (q) => `${p(q.count)} line(s) ignored: codes outside Loir-et-Cher (${p(q.codes)}).`,
  'label-column-ignored': (q) => `Column “${p(q.column)}” is read as a label and is not imported.`,
  'text-column-ignored': (q) => `Column “${p(q.column)}” holds no number: it is not imported.`,
  'unnamed-column': (q) => `Column no. ${p(q.position)} has no name: it is called “${p(q.column)}”.`,
  'long-column-name': (q) =>
    `The name of column no. ${p(q.position)} has ${p(q.length)} characters: it is shortened to ${MAX_COLUMN_NAME} (“${p(q.column)}”).`,
  'decimal-comma': (q) => `Column ${p(q.column)}: decimal comma (“12,5” = twelve and a half).`,
  'mixed-decimal': (q) => `Column ${p(q.column)}: decimal commas and points mixed; both are read as decimal separators.`,
  'missing-markers': (q) =>
    `Column ${p(q.column)}: ${p(q.count)} cell(s) marked ${p(q.markers).replace(/«\s*(.*?)\s*»/g, '“$1”')} read as missing values.`,
  'communes-absent': (q) =>
    `${p(q.count)} of ${p(q.total)} communes have no line in the file: their values stay missing (never 0).`,
};

/** The message of an upload issue in a UI language. */
export function uploadMessage(issue: Pick<UploadIssue, 'code' | 'params'>, lang: Lang): string {
  return (lang === 'fr' ? fr : en)[issue.code](issue.params);
}

/** Builds an issue with its French message. */
export function uploadIssue<Code extends UploadMessageCode>(code: Code, params: UploadParams = {}): UploadIssue<Code> {
  return { code, params, message: fr[code](params) };
}
