/**
 * A data file could not be used.
 * - `missing`: HTTP 404/410, or the server answered with an HTML page (SPA fallback);
 * - `corrupt`: invalid JSON/Arrow or unexpected shape (`detail` says where);
 * - `network`: fetch failed or another HTTP status.
 */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'missing' | 'corrupt' | 'network',
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${file}: ${kind} (${detail})`);
    this.name = 'DataLoadError';
  }
}
