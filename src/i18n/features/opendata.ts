/** UI texts of the "opendata" feature in French (English in `opendata.en.ts`, same keys). */
export const fr = {
  'opendata.intro':
    'Toutes les données de l’observatoire sont publiques et réutilisables. Cette page décrit chaque source et sa licence, donne les fichiers dérivés que lit l’application, explique comment sont calculés les chiffres modélisés et propose une console SQL pour interroger les tables.',
  'opendata.version': 'Version des données : {version}',
  'opendata.versionFiles': 'liste des fichiers et empreintes SHA-256 : {file}',
  'opendata.toc': 'Sur cette page',
  'opendata.loading': 'Chargement du catalogue…',
  'opendata.loadError': 'Fichier {file} indisponible : {reason}. Cette partie de la page ne peut pas être affichée.',
  'opendata.external': '(site externe)',

  'opendata.sources.title': 'Jeux de données sources',
  'opendata.sources.intro':
    'Chaque chiffre de l’application vient de l’un de ces jeux de données publics. L’application ne les télécharge jamais elle-même : elle lit les fichiers dérivés plus bas, produits par la chaîne de données du projet à partir de ces sources.',
  'opendata.sources.publisher': 'Éditeur',
  'opendata.sources.year': 'Année',
  'opendata.sources.licence': 'Licence',
  'opendata.sources.attribution': 'Attribution due',
  'opendata.sources.derived': 'Ce qui en est tiré, et comment',
  'opendata.sources.links.one': 'Source officielle',
  'opendata.sources.links.other': 'Sources officielles',
  'opendata.attribution.lo':
    'Licence Ouverte : réutilisation libre, y compris commerciale, en mentionnant la source et sa date, par exemple « Source : {publisher}, {year} ».',
  'opendata.attribution.odbl':
    'ODbL : mentionner « © {publisher}, ODbL » ; une base de données dérivée que l’on diffuse doit rester sous ODbL (partage à l’identique).',
  'opendata.attribution.unspecified':
    'Licence non précisée par la source : vérifier les conditions avant toute republication et citer « {publisher} ».',
  'opendata.attribution.facts':
    'Faits publics (noms, communes, adresses) : citer « {publisher} ». Les pages d’origine ne sont pas reproduites.',
  'opendata.attribution.verify': 'Licence à confirmer auprès de l’éditeur avant republication.',
  'opendata.credit.title': 'Crédit à afficher avec une carte ou un tableau',
  'opendata.credit.text':
    'Sources : INSEE (RP 2022, Filosofi 2021, BPE 2024, COG 2026), IGN, ANCT, SNCF, La Poste, Conseil départemental de Loir-et-Cher ; traitements : Observatoire des solidarités du Loir-et-Cher.',

  'opendata.files.title': 'Télécharger les données dérivées',
  'opendata.files.intro':
    'Les fichiers tels que l’application les lit. Codes commune sur 5 caractères (texte) ; les valeurs couvertes par le secret statistique sont vides (null), jamais 0.',
  'opendata.files.licence':
    'Chaque fichier reste sous la licence de ses sources. Ceux qui contiennent des données des gares SNCF ({files}) sont sous ODbL : attribution « SNCF Gares & Connexions, ODbL » et partage à l’identique.',
  'opendata.files.caption': '{n} fichiers, version {version}',
  'opendata.files.name': 'Fichier',
  'opendata.files.content': 'Contenu',
  'opendata.files.format': 'Format',
  'opendata.files.size': 'Taille',
  'opendata.files.rows': 'Lignes',
  'opendata.files.download': 'Télécharger',
  'opendata.files.downloadLabel': 'Télécharger {file} ({size})',
  'opendata.files.sha': 'SHA-256 : {sha}',
  'opendata.files.arrowHelp':
    'Lire un fichier Arrow IPC (format flux) : Python, pyarrow.ipc.open_stream("stats.arrow").read_all().to_pandas() ; R, arrow::read_ipc_stream("stats.arrow") ; DuckDB, INSTALL nanoarrow FROM community; LOAD nanoarrow; FROM read_arrow(\'stats.arrow\').',
  'opendata.format.geojson': 'GeoJSON (WGS 84)',
  'opendata.format.arrow': 'Arrow IPC (lisible par DuckDB, pandas/pyarrow, R arrow)',
  'opendata.format.json': 'JSON',
  'opendata.format.other': 'Fichier binaire',
  'opendata.file.communes.geojson': 'Contours simplifiés des 267 communes (COG 2026), propriétés code et nom.',
  'opendata.file.epci.geojson': 'Contours des EPCI, par fusion des communes (partie Loir-et-Cher).',
  'opendata.file.territoires.geojson': 'Contours des territoires nord, centre et sud (hypothèse du projet).',
  'opendata.file.departement.geojson': 'Contour du département.',
  'opendata.file.iris.geojson': 'Contours IRIS des 5 communes découpées en plusieurs IRIS.',
  'opendata.file.iris.arrow': 'Indice de fragilité numérique par IRIS (édition 2020) et effectifs 2016.',
  'opendata.file.services.geojson': 'Points de service : MDS, France services, gares, points La Poste.',
  'opendata.file.services.arrow': 'Table services : les mêmes points, avec longitude et latitude.',
  'opendata.file.communes.arrow': 'Table communes : EPCI, arrondissement, territoire, centre-bourg, codes postaux, anciens codes.',
  'opendata.file.stats.arrow': 'Table stats : effectifs et valeurs publiées par commune (recensement, Filosofi, BPE, services).',
  'opendata.file.commune-stats.json': 'Les mêmes valeurs que stats.arrow, en JSON par colonnes (premier affichage de la carte).',
  'opendata.file.communes-search.json': 'Noms, codes postaux et anciens codes pour la recherche de commune.',
  'opendata.file.indicators.json': 'Catalogue des indicateurs : libellés, unités, numérateur, dénominateur, source, année.',
  'opendata.file.territoires.json': 'Définition des territoires : règle, correspondance des arrondissements, exceptions.',
  'opendata.file.sources.json': 'Manifeste des sources : éditeur, année, licence, adresses officielles, ce qui est dérivé.',
  'opendata.file.origins.arrow': 'Origines des trajets : carreaux de 1 km habités (Filosofi 2021) avec leur part de la population communale.',
  'opendata.file.sites.arrow': 'Sites candidats des scénarios d’accès : les 12 MDS et le centre-bourg de chaque commune.',
  'opendata.file.access.arrow': 'Temps estimés par commune vers la MDS, la France services, la gare et le point La Poste les plus proches.',
  'opendata.file.access-model.json': 'Modèle des temps de trajet : méthode, coefficients, erreurs de calage, Loire et ponts.',
  'opendata.file.stops.arrow': 'Arrêts de la couche mobilité : gares SNCF, arrêts de car SNCF, arrêts de bus urbains, avec lignes et fréquences.',
  'opendata.file.mobility.arrow': 'Mobilité par commune : gare la plus proche et son offre, desserte et fréquence des bus urbains.',
  'opendata.file.mobility-iris.arrow': 'Accès aux bus fréquents par IRIS (Blois, Vendôme, Vineuil).',
  'opendata.file.mobility-notes.json': 'Paramètres, limites et manques de la couche mobilité.',
  'opendata.file.other': 'Fichier dérivé de la chaîne de données.',

  'opendata.method.title': 'Méthodologie',
  'opendata.method.intro': 'Ce qui n’est pas une donnée publiée telle quelle : comment c’est calculé, et avec quelle précision.',
  'opendata.time.title': 'Temps de trajet',
  'opendata.time.estimated':
    'Les temps de trajet en voiture sont estimés, pas mesurés : aucun réseau routier du Loir-et-Cher n’est disponible hors ligne.',
  'opendata.time.crow':
    'Modèle : temps = a + b × distance à vol d’oiseau. Les coefficients sont recalés à chaque construction des données sur {n} trajets réels en voiture (INSEE METRIC, heures creuses, Gironde, trajets de moins de {maxKm} km ; ces trajets ne sont pas livrés).',
  'opendata.time.osm':
    'Méthode : plus courts chemins sur le réseau routier OpenStreetMap (vitesses par classe de route, sens uniques, accès interdits ; ni restrictions de tourner, ni barrières, ni bacs). Données © contributeurs OpenStreetMap, ODbL.',
  'opendata.time.figures': 'Coefficients et erreurs du modèle',
  'opendata.time.a': 'a, temps fixe',
  'opendata.time.b': 'b, minutes par kilomètre',
  'opendata.time.n': 'trajets de calage',
  'opendata.time.medianRel': 'erreur relative médiane',
  'opendata.time.mae': 'erreur absolue moyenne',
  'opendata.time.p90': '90ᵉ centile de l’erreur absolue',
  'opendata.time.bridges': 'Ponts sur la Loire retenus ({n})',
  'opendata.time.outside': 'hors département',
  'opendata.time.origins':
    'Origines : les {cells} carreaux habités de 1 km de Filosofi 2021. Chaque carreau porte une part de la population communale du recensement 2022, répartie au prorata de la population Filosofi des carreaux de la commune ; le temps d’une commune est la moyenne des temps de ses carreaux, pondérée par cette population.',
  'opendata.time.centres': '{n} communes sans carreau habité partent de leur centre-bourg.',
  'opendata.time.use':
    'Ces temps alimentent la page « Accès aux MDS » et les colonnes t_mds, t_mds_ouverte, t_france_services, t_gare et t_poste de la table access.',

  'opendata.territory.title': 'Découpage nord / centre / sud',
  'opendata.territory.assumption': 'Hypothèse du projet : ce découpage n’est pas publié par le Département.',
  'opendata.territory.rule': 'Règle : chaque commune suit son arrondissement.',
  'opendata.territory.ruleOther': 'Règle : {rule}.',
  'opendata.territory.mapping': 'Arrondissement {code} → {label}',
  'opendata.territory.noOverrides': 'Aucune exception commune par commune.',
  'opendata.territory.overrides': 'Exceptions commune par commune ({n}) : {list}.',
  'opendata.territory.edit':
    'Le découpage se modifie dans data/territoires.json (règle et exceptions), puis « npm run data » reconstruit les fichiers.',

  'opendata.ind.title': 'Indicateurs',
  'opendata.ind.ratio':
    'Taux et parts : rapports de sommes. Pour une commune, un EPCI, un territoire ou le département, la valeur est Σ numérateur / Σ dénominateur (par exemple Σ des 75 ans et plus / Σ de la population), jamais une moyenne des taux communaux.',
  'opendata.ind.counts':
    'Les effectifs du recensement sont des estimations pondérées de l’INSEE : ils sont gardés avec leurs décimales (au millième) et arrondis seulement à l’affichage.',
  'opendata.ind.secret':
    'Secret statistique : les valeurs que l’INSEE ne publie pas (« s ») restent manquantes, jamais remplacées par 0 ni estimées ; un agrégat dont une commune manque n’est pas calculé.',
  'opendata.ind.withheld': 'Valeurs manquantes dans cette version : {list}.',
  'opendata.ind.withheldItem': '{column} pour {n} communes',
  'opendata.ind.median':
    'Médianes (revenu médian) et taux publiés tels quels (taux de pauvreté, part des foyers fiscaux imposés) : ils ne s’additionnent pas. Au-dessus de la commune, seule l’étendue des valeurs communales publiées est donnée.',
  'opendata.ind.table': 'Les {n} indicateurs : calcul, source et année',
  'opendata.ind.label': 'Indicateur',
  'opendata.ind.formula': 'Calcul (colonnes de la table stats)',
  'opendata.ind.source': 'Source',
  'opendata.ind.year': 'Année',
  'opendata.ind.published': '{column}, valeur publiée',

  'opendata.sql.title': 'Console SQL',
  'opendata.sql.intro':
    'Pour les utilisateurs avancés : interrogez en SQL (dialecte DuckDB) les tables que l’application a chargées dans votre navigateur. Rien ne quitte votre machine.',
  'opendata.sql.readOnly':
    'Lecture seule, garantie deux fois : la console refuse tout ce qui n’est pas une lecture (une seule instruction SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN ou PRAGMA table_info ; ni écriture, ni réglage, ni fichier, ni adresse web), puis exécute la requête dans une transaction toujours annulée (ROLLBACK). La politique de sécurité de la page (connect-src \'self\') interdit de toute façon de contacter un autre site.',
  'opendata.sql.limits': 'Au plus {rows} lignes affichées et exportées ; une requête est interrompue après {seconds} s.',
  'opendata.sql.loading': 'Démarrage du moteur de requêtes (DuckDB)…',
  'opendata.sql.loadingConsole': 'Chargement de la console SQL…',
  'opendata.sql.engineError':
    'La console SQL est indisponible : le moteur de requêtes n’a pas pu démarrer ({reason}). Le reste de la page fonctionne.',
  'opendata.sql.failedTables': 'Tables non chargées (fichier manquant ou illisible) : {tables}.',
  'opendata.sql.tables': 'Tables et colonnes',
  'opendata.sql.tableSummary': '{name} : {n} colonnes',
  'opendata.sql.insertTable': 'Écrire une requête sur {name}',
  'opendata.sql.examples': 'Exemples',
  'opendata.sql.example.population-territoire': 'Population par territoire',
  'opendata.sql.example.top-75-plus': 'Les 10 communes où la part des 75 ans et plus est la plus forte',
  'opendata.sql.example.revenu-secret': 'Communes dont le revenu médian est couvert par le secret statistique',
  'opendata.sql.example.au-dela-20-min':
    'Population des communes à plus de 20 min en moyenne d’une MDS, par territoire (temps moyen par commune)',
  'opendata.sql.example.au-dela-20-min-carreaux': 'Population à plus de 20 min d’une MDS, par territoire (carreaux de 1 km)',
  'opendata.sql.example.services-par-type': 'Services du département par type et statut',
  'opendata.sql.editor': 'Requête SQL',
  'opendata.sql.editorHelp': 'Ctrl+Entrée (⌘+Entrée sur Mac) exécute la requête.',
  'opendata.sql.run': 'Exécuter',
  'opendata.sql.running': 'Exécution…',
  'opendata.sql.stop': 'Arrêter',
  'opendata.sql.export': 'Exporter le résultat en CSV',
  'opendata.sql.result.one': '{n} ligne en {ms} ms',
  'opendata.sql.result.other': '{n} lignes en {ms} ms',
  'opendata.sql.resultAtLeast': 'au moins {n} lignes en {ms} ms (comptage interrompu)',
  'opendata.sql.truncated': 'les {shown} premières sont affichées',
  'opendata.sql.resultRegion': 'Résultat de la requête',
  'opendata.sql.null': 'NULL',
  'opendata.sql.errorTitle': 'Erreur DuckDB',
  'opendata.sql.refusedTitle': 'Requête refusée : la console est en lecture seule',
  'opendata.sql.refused.empty': 'La requête est vide.',
  'opendata.sql.refused.unreadable':
    'Texte illisible près de « {word} » : chaîne, nom entre guillemets ou commentaire non fermé, ou « $ » hors d’une chaîne $$…$$ (les paramètres $1 ne sont pas acceptés).',
  'opendata.sql.refused.multiple': 'Une seule instruction à la fois : retirez ce qui suit le « ; ».',
  'opendata.sql.refused.first-word':
    '« {word} » n’est pas une lecture. Une requête commence par SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN ou PRAGMA table_info.',
  'opendata.sql.refused.pragma': 'Seuls PRAGMA table_info, show_tables et show sont acceptés (« {word} » ne l’est pas).',
  'opendata.sql.refused.forbidden-word':
    '« {word} » n’est pas accepté (écriture, réglage ou transaction). Une colonne qui porterait ce nom s’écrit entre guillemets doubles : "{word}".',
  'opendata.sql.refused.file-function':
    '« {word} » lit des fichiers ou des adresses web, ou exécute du SQL : la console n’interroge que les tables chargées.',
  'opendata.sql.refused.file-literal':
    '{word} ressemble à un fichier ou à une adresse web : la console n’interroge que les tables chargées.',
  'opendata.sql.timeout': 'Requête interrompue après {seconds} s. Ajoutez un filtre ou une limite (LIMIT).',
  'opendata.sql.abandoned': 'DuckDB ne s’est pas arrêté à temps : la console utilisera une nouvelle connexion.',
  'opendata.sql.stopped': 'Requête arrêtée.',
  'opendata.sql.csvSource': '{publisher}, {title} ({year}, {licence})',
  'opendata.sql.csvVersion': 'Observatoire des solidarités du Loir-et-Cher, données v. {version}',
  'opendata.sql.csvQuery': 'Requête : {sql}',
  'opendata.sql.csvFile': 'observatoire41-requete.csv',
  'opendata.sql.restarted':
    'DuckDB ne s’est pas arrêté dans la seconde : le moteur de requêtes a été redémarré et ses tables rechargées. Les autres pages continuent de fonctionner.',
  'opendata.sql.engineLost': 'Le moteur de requêtes s’est arrêté pendant la requête ; il redémarre avec ses tables. Relancez la requête.',
  'opendata.sql.nan': 'non numérique',
} as const;
