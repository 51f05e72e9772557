/**
 * French UI texts (reference language). `en.ts` must have the same keys.
 * Placeholders: `{name}`, filled by `t(key, { name })`. Plural pairs end in `.one` / `.other`.
 */
export const frBase = {
  'app.title': 'Observatoire des solidarités du Loir-et-Cher',
  'app.subtitle': 'Indicateurs de fragilité des 267 communes du département',
  'app.skipLink': 'Aller au contenu principal',
  'app.panelLabel': 'Indicateur, légende et sources',

  'lang.label': 'Langue',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'picker.label': 'Indicateur',
  'picker.loading': 'Chargement des indicateurs…',
  'picker.unavailable': 'Aucun indicateur disponible.',

  'commune.label': 'Commune (sélection au clavier)',
  'commune.none': '— Aucune commune sélectionnée —',

  'legend.title': 'Légende',
  'legend.method': 'Classes par quantiles ({n} classes), plus foncé = plus fragile.',
  'legend.methodNeutral': 'Classes par quantiles ({n} classes), plus foncé = valeur plus élevée.',
  'legend.range': '{lower} à {upper}',
  'legend.communes.one': '{n} commune',
  'legend.communes.other': '{n} communes',
  'legend.missing': 'Donnée non disponible / secret statistique',
  'legend.empty': 'Aucune valeur disponible pour cet indicateur.',
  'legend.unit': 'Unité : {unit}',
  'legend.layers': 'Autres éléments',
  'legend.mdsOpen': 'Maison départementale de la solidarité (MDS) ouverte',
  'legend.mdsPlanned': 'MDS en projet',
  'legend.territoryOutline': 'Limite de territoire (nord / centre / sud)',
  'legend.epciOutline': 'Limite d’EPCI',

  'source.line': 'Source : {source} ; données {year}.',
  'assumption.note':
    'Hypothèse : découpage par arrondissement, non publié par le Département (territoires nord / centre / sud).',
  'assumption.more': 'En savoir plus sur ce découpage',

  'duckdb.idle': 'Moteur de requêtes : démarre à votre première action sur la page (≈ 8 Mo à télécharger)',
  'duckdb.loading': 'Moteur de requêtes : chargement…',
  'duckdb.ready': 'Moteur de requêtes : prêt',
  'duckdb.error':
    'Le moteur de requêtes (DuckDB) n’a pas pu démarrer : {reason}. La carte et le choix d’indicateur restent disponibles.',
  'duckdb.partial':
    'Moteur de requêtes : prêt, mais certaines tables n’ont pas pu être chargées ({tables}).',
  'duckdb.retry': 'Réessayer',
  'duckdb.timeout': 'délai de {seconds} secondes dépassé',
  'duckdb.unknown': 'erreur inconnue',

  'tooltip.missing': 'Donnée non disponible (secret statistique ou non publiée)',
  'tooltip.zeroDenominator': 'Non calculable (dénominateur nul)',
  'tooltip.valueLabel': '{label} :',
  'tooltip.source': 'Source : {source} ; données {year}',

  'map.label': 'Carte des communes du Loir-et-Cher',
  'map.canvasTitle': 'Carte interactive : flèches pour se déplacer, + et − pour zoomer',
  'map.loading': 'Chargement de la carte…',
  'map.interactiveLoading': 'Chargement de la carte interactive (zoom, déplacement)…',
  'map.description':
    'Carte : {indicator} ({year}), {classes} classes ; {present} communes renseignées, {missing} sans donnée.',
  'map.descriptionEmpty': 'Carte : {indicator} ({year}), aucune valeur disponible.',
  'map.descriptionPending': 'Carte en cours de chargement.',
  'map.descriptionSelected': 'Commune sélectionnée : {name}, {value}.',
  'map.unavailable':
    'La carte interactive ne peut pas s’afficher ({reason}). Une carte fixe la remplace : le choix d’indicateur, la légende et les autres pages restent disponibles ; le zoom et les infobulles ne le sont pas.',
  'map.zoomIn': 'Zoomer',
  'map.zoomOut': 'Dézoomer',
  'map.resetBearing': 'Réinitialiser l’orientation',

  'errors.title': 'Problème de données',
  'errors.chunk': 'Une partie de l’application n’a pas pu être chargée ({reason}). Rechargez la page ; hors ligne, elle sera disponible après une visite en ligne complète.',
  'errors.missing': 'Le fichier de données « {file} » est introuvable ({status}).',
  'errors.corrupt': 'Le fichier de données « {file} » est illisible ou mal formé : {detail}.',
  'errors.network': 'Le fichier de données « {file} » n’a pas pu être téléchargé : {detail}.',
  'errors.html': 'le serveur a renvoyé une page web au lieu des données',
  'errors.missingColumns':
    'Les données ne contiennent pas les colonnes nécessaires à l’indicateur « {indicator} » ({columns}) : toutes les communes sont affichées sans donnée.',
  'impact.indicators': 'Aucun indicateur ne peut être choisi ni affiché.',
  'impact.communes': 'La carte ne peut pas afficher les communes.',
  'impact.stats': 'Les valeurs des indicateurs ne peuvent pas être affichées.',
  'impact.overlay': 'Ce calque n’est pas affiché ; le reste de la carte fonctionne.',
  'impact.sources': 'Les sources sont désignées par leur identifiant.',
  'impact.territoryNote': 'La note détaillée sur le découpage en territoires n’est pas affichée.',
  'impact.table': 'Cette table n’est pas disponible pour les requêtes.',

  /** Punctuation that differs between the languages: a space before « : » and « ; » in French. */
  'punct.colon': ' :',
  'punct.semicolon': ' ;',
  /** "{label} : {value}" in French, "{label}: {value}" in English. */
  'punct.labelValue': '{label} : {value}',
} as const;


