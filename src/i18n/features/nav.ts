/** UI texts of the page navigation, French and English with the same keys. */
export const fr = {
  'nav.label': 'Vues de l’observatoire',
  'nav.carte': 'Carte des fragilités',
  'nav.comparer': 'Comparer les territoires',
  'nav.acces': 'Accès aux MDS',
  'nav.indice': 'Indice composite',
  'nav.mobilite': 'Mobilité',
  'nav.donnees': 'Données ouvertes',
  'offline.off': 'Hors ligne : l’application fonctionne avec les données déjà chargées',
  'offline.version': 'Données v. {version}',
} as const;
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
