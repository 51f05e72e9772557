/**
 * "INSEE – Recensement de la population 2022" + 2022 → the label alone; + 2016 → "…, 2016".
 * Avoids writing a year twice when the source title already carries it.
 */
export function sourceWithYear(label: string, year: number | string): string {
  return label.includes(String(year)) ? label : `${label}, ${year}`;
}
