/**
 * Anchors of the open-data page, for links from other pages (`href="#methode-temps"` once the
 * "donnees" page is shown).
 */
export const OPENDATA_SECTIONS = {
  sources: 'sources',
  files: 'telechargements',
  method: 'methodologie',
  travelTimes: 'methode-temps',
  territories: 'methode-territoires',
  indicators: 'methode-indicateurs',
  sql: 'console-sql',
} as const;
