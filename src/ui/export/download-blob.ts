/**
 * Saves bytes as a file through the browser's download (a Blob URL clicked by a temporary
 * `<a download>`); nothing leaves the machine. Same mechanism as `ui/opendata/download.ts`.
 *
 * @param filename suggested file name, e.g. "observatoire-41_taux-pauvrete_commune_2026-11-23.png"
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
} as const;
