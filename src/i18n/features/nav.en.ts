import type { fr } from './nav';

/** English texts of `nav.ts`, same keys: loaded only when English is chosen. */
export const en: Record<keyof typeof fr, string> = {
  'nav.label': 'Observatory views',
  'nav.carte': 'Fragility map',
  'nav.comparer': 'Compare territories',
  'nav.acces': 'Access to MDS',
  'nav.indice': 'Composite index',
  'nav.mobilite': 'Mobility',
  'nav.donnees': 'Open data',
  'offline.off': 'Offline: the app runs on the data already loaded',
  'offline.version': 'Data v. {version}',
};
