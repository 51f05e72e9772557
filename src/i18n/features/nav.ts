/** UI texts of the page navigation in French (English in `nav.en.ts`, same keys). */
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
