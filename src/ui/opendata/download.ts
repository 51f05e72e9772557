/**
 * Saves a text as a file through the browser's download (a Blob URL clicked by a temporary
 * `<a download>`); nothing is sent anywhere. Use with `toCsv` (src/domain/csv-export/to-csv.ts):
 * `downloadText('table.csv', toCsv(columns, rows, { lang, sources }), CSV_MIME)`.
 *
 * @param filename suggested file name, e.g. "observatoire41-requete.csv"
 * @param mime media type, e.g. {@link CSV_MIME}
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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

export const CSV_MIME = 'text/csv;charset=utf-8';
