/**
 * `detail` of an Arrow IPC file that apache-arrow could not read. Its own error says nothing useful
 * to a reader (« Cannot read properties of null (reading 'fieldsLength') »): this says what it means.
 */
export const ARROW_UNREADABLE = 'contenu Arrow IPC illisible (fichier tronqué, vide ou d’un autre format)';

/** The server sent an HTML page instead of the file (usually a missing file behind a SPA fallback). */
const HTML_DETAIL = 'html';

/**
 * A data file could not be used.
 * - `missing`: HTTP 404/410, or the server answered with an HTML page (SPA fallback);
 * - `corrupt`: invalid JSON/Arrow or unexpected shape (`detail` says where);
 * - `network`: fetch failed or another HTTP status.
 *
 * `message` is a short French sentence naming the file (shown as is by the pages that only have
 * `error.message`); the data alerts build their own sentence, in the UI language, from the fields.
 */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'missing' | 'corrupt' | 'network',
    readonly detail: string,
    readonly status?: number,
  ) {
    super(frenchMessage(file, kind, detail));
    this.name = 'DataLoadError';
  }
}

function frenchMessage(file: string, kind: DataLoadError['kind'], detail: string): string {
  const why = detail.replace(/[.\s]+$/, '');
  if (kind === 'missing') {
    return `fichier « ${file} » introuvable (${why === HTML_DETAIL ? 'le serveur a renvoyé une page web au lieu des données' : why})`;
  }
  if (kind === 'corrupt') return `fichier « ${file} » illisible ou mal formé : ${why}`;
  return `fichier « ${file} » non téléchargé : ${why}`;
}
