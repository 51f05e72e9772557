/** UI texts of the "compare" feature in French (English in `compare.en.ts`, same keys). */
export const fr = {
  'compare.assumptionTitle': 'Découpage supposé.',
  'compare.assumption':
    'Le Département n’a pas publié la liste des communes de chaque territoire (nord, centre, sud) : ici, chaque commune suit son arrondissement. Les chiffres par territoire dépendent de cette hypothèse.',
  'compare.assumptionMore': 'En savoir plus sur ce découpage',
  'compare.intro':
    'Les trois territoires du schéma des solidarités et le Loir-et-Cher, côte à côte. La valeur d’un territoire ou du département est un rapport de sommes (total des numérateurs des communes sur total de leurs dénominateurs), jamais une moyenne de taux communaux.',
  'compare.fileError': 'Le découpage en territoires n’a pas pu être lu ({reason}) : les valeurs par territoire ne sont pas disponibles.',
  'compare.queryError':
    'Une requête du moteur a échoué ({reason}) : les valeurs affichées sont calculées dans le navigateur, avec la même méthode.',
  'compare.loading': 'Calcul des valeurs en cours…',
  'compare.sourceSql': 'Valeurs calculées par le moteur de requêtes (DuckDB).',
  'compare.sourceTs':
    'Valeurs calculées dans le navigateur en attendant le moteur de requêtes (même méthode : rapport de sommes).',
  'compare.sourceTsEngineError':
    'Le moteur de requêtes n’a pas démarré : valeurs calculées dans le navigateur (même méthode : rapport de sommes).',
  'compare.chosenTitle': 'Un indicateur, territoire par territoire',
  'compare.indicatorLabel': 'Indicateur comparé',
  'compare.notAggregable':
    'INSEE ne publie pas cet indicateur au niveau des territoires : une médiane ou un taux publié par commune ne s’additionne pas. Le graphique montre donc l’étendue des valeurs communales publiées ({n} communes sur {total} ; les autres sont couvertes par le secret statistique).',
  'compare.chartSummary': '{indicator} ({year}) par territoire : {values}.',
  'compare.chartRange': '{indicator} ({year}), étendue des valeurs communales publiées : {values}.',
  'compare.axisUnit': 'en {unit}',
  'compare.valuesCaption': '{indicator} ({year})',
  'compare.unit': 'Territoire',
  'compare.value': 'Valeur',
  'compare.communeRange': 'Communes : de … à …',
  'compare.population': 'Population 2022',
  'compare.departement': 'Loir-et-Cher',
  'compare.notPublished': 'non publié à ce niveau',
  'compare.missing': 'non disponible',
  'compare.sourceLine': 'Source : {source} ; données {year}. Territoires : découpage supposé (arrondissements).',
  'compare.panelTitle': 'Indicateurs clés',
  'compare.panelCaption':
    'Indicateurs clés par territoire et pour le département, avec l’écart et le rapport entre le territoire le plus haut et le plus bas',
  'compare.indicator': 'Indicateur',
  'compare.gap': 'Écart (plus haut − plus bas)',
  'compare.ratio': 'Rapport (plus haut / plus bas)',
  'compare.points': '{value} pts',
  'compare.ratioValue': '× {value}',
  'compare.notApplicable': 'sans objet',
  'compare.notApplicableRange': 'non calculé (pas de valeur par territoire)',
  'compare.panelHighLow': '▲ territoire le plus haut, ▼ le plus bas. Écart en points de pourcentage pour les taux.',
  'compare.footnoteRange':
    '* Étendue des valeurs communales publiées : INSEE ne publie ni revenu médian ni taux de pauvreté pour ces territoires, et ces valeurs ne s’additionnent pas.',
  'compare.ratioNote': 'Le rapport n’est pas calculé pour une évolution (valeurs proches de zéro ou négatives).',
  'compare.rankingTitle': 'Classement des communes',
  'compare.rankingHelp':
    'Rang 1 = valeur la plus élevée. Des valeurs égales partagent le même rang et le suivant est sauté (1, 2, 2, 4). Les communes sans valeur (secret statistique, non publié) sont toujours en fin de liste. Cliquez sur un en-tête pour trier, sur une commune pour ouvrir sa fiche.',
  'compare.rankingCaption': '{indicator} ({year}) : les 267 communes',
  'compare.rankingMissing': '{n} communes sans valeur, listées en dernier comme « non disponible ».',
  'compare.rank': 'Rang',
  'compare.commune': 'Commune',
  'compare.territory': 'Territoire',
  'compare.tied': 'ex æquo',
  'compare.openFiche': 'Ouvrir la fiche de {name}',
} as const;
