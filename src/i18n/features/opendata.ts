/** UI texts of the "opendata" feature, French and English with the same keys. */
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

export const en: Record<keyof typeof fr, string> = {
  'opendata.intro':
    'All the observatory’s data is public and reusable. This page describes each source and its licence, offers the derived files the app reads, explains how the modelled figures are computed, and provides a SQL console to query the tables.',
  'opendata.version': 'Data version: {version}',
  'opendata.versionFiles': 'file list and SHA-256 hashes: {file}',
  'opendata.toc': 'On this page',
  'opendata.loading': 'Loading the catalogue…',
  'opendata.loadError': 'File {file} unavailable: {reason}. This part of the page cannot be shown.',
  'opendata.external': '(external site)',

  'opendata.sources.title': 'Source datasets',
  'opendata.sources.intro':
    'Every figure in the app comes from one of these public datasets. The app never downloads them itself: it reads the derived files below, produced from these sources by the project’s data pipeline.',
  'opendata.sources.publisher': 'Publisher',
  'opendata.sources.year': 'Year',
  'opendata.sources.licence': 'Licence',
  'opendata.sources.attribution': 'Attribution due',
  'opendata.sources.derived': 'What is derived, and how',
  'opendata.sources.links.one': 'Official source',
  'opendata.sources.links.other': 'Official sources',
  'opendata.attribution.lo':
    'Licence Ouverte (Etalab Open Licence): free reuse, commercial included, citing the source and its date, e.g. “Source: {publisher}, {year}”.',
  'opendata.attribution.odbl':
    'ODbL: credit “© {publisher}, ODbL”; a derived database you publish must stay under ODbL (share-alike).',
  'opendata.attribution.unspecified':
    'Licence not stated by the source: check the terms before republishing, and credit “{publisher}”.',
  'opendata.attribution.facts':
    'Public facts (names, communes, addresses): credit “{publisher}”. The original pages are not reproduced.',
  'opendata.attribution.verify': 'Licence to be confirmed with the publisher before republishing.',
  'opendata.credit.title': 'Credit to show with a map or a table',
  'opendata.credit.text':
    'Sources: INSEE (RP 2022, Filosofi 2021, BPE 2024, COG 2026), IGN, ANCT, SNCF, La Poste, Conseil départemental de Loir-et-Cher; processing: Observatoire des solidarités du Loir-et-Cher.',

  'opendata.files.title': 'Download the derived data',
  'opendata.files.intro':
    'The files as the app reads them. Commune codes are 5-character text; values withheld by statistical confidentiality are empty (null), never 0.',
  'opendata.files.licence':
    'Each file stays under the licence of its sources. Those containing SNCF station data ({files}) are under ODbL: credit “SNCF Gares & Connexions, ODbL” and share-alike.',
  'opendata.files.caption': '{n} files, version {version}',
  'opendata.files.name': 'File',
  'opendata.files.content': 'Content',
  'opendata.files.format': 'Format',
  'opendata.files.size': 'Size',
  'opendata.files.rows': 'Rows',
  'opendata.files.download': 'Download',
  'opendata.files.downloadLabel': 'Download {file} ({size})',
  'opendata.files.sha': 'SHA-256: {sha}',
  'opendata.files.arrowHelp':
    'Reading an Arrow IPC (stream format) file: Python, pyarrow.ipc.open_stream("stats.arrow").read_all().to_pandas(); R, arrow::read_ipc_stream("stats.arrow"); DuckDB, INSTALL nanoarrow FROM community; LOAD nanoarrow; FROM read_arrow(\'stats.arrow\').',
  'opendata.format.geojson': 'GeoJSON (WGS 84)',
  'opendata.format.arrow': 'Arrow IPC (readable by DuckDB, pandas/pyarrow, R arrow)',
  'opendata.format.json': 'JSON',
  'opendata.format.other': 'Binary file',
  'opendata.file.communes.geojson': 'Simplified outlines of the 267 communes (COG 2026), properties code and nom.',
  'opendata.file.epci.geojson': 'EPCI outlines, dissolved from the communes (Loir-et-Cher part).',
  'opendata.file.territoires.geojson': 'North, centre and south territory outlines (project assumption).',
  'opendata.file.departement.geojson': 'The département outline.',
  'opendata.file.iris.geojson': 'IRIS outlines of the 5 communes split into several IRIS.',
  'opendata.file.iris.arrow': 'Digital fragility index by IRIS (2020 edition) and 2016 counts.',
  'opendata.file.services.geojson': 'Service points: MDS, France services, stations, La Poste points.',
  'opendata.file.services.arrow': 'services table: the same points, with longitude and latitude.',
  'opendata.file.communes.arrow': 'communes table: EPCI, arrondissement, territory, town centre, postcodes, former codes.',
  'opendata.file.stats.arrow': 'stats table: counts and published values per commune (census, Filosofi, BPE, services).',
  'opendata.file.commune-stats.json': 'The same values as stats.arrow, as columnar JSON (first map paint).',
  'opendata.file.communes-search.json': 'Names, postcodes and former codes for the commune search.',
  'opendata.file.indicators.json': 'Indicator catalogue: labels, units, numerator, denominator, source, year.',
  'opendata.file.territoires.json': 'Territory definitions: rule, arrondissement mapping, exceptions.',
  'opendata.file.sources.json': 'Source manifest: publisher, year, licence, official addresses, what is derived.',
  'opendata.file.origins.arrow': 'Trip origins: populated 1 km cells (Filosofi 2021) with their share of the commune population.',
  'opendata.file.sites.arrow': 'Candidate sites for access scenarios: the 12 MDS and every commune’s town centre.',
  'opendata.file.access.arrow': 'Estimated times per commune to the nearest MDS, France services, station and La Poste point.',
  'opendata.file.access-model.json': 'Travel-time model: method, coefficients, calibration errors, Loire and bridges.',
  'opendata.file.stops.arrow': 'Stops of the mobility layer: SNCF stations, SNCF coach stops, urban bus stops, with lines and frequencies.',
  'opendata.file.mobility.arrow': 'Mobility per commune: nearest station and its service, urban bus coverage and frequency.',
  'opendata.file.mobility-iris.arrow': 'Access to frequent buses by IRIS (Blois, Vendôme, Vineuil).',
  'opendata.file.mobility-notes.json': 'Parameters, limits and gaps of the mobility layer.',
  'opendata.file.other': 'File derived by the data pipeline.',

  'opendata.method.title': 'Methodology',
  'opendata.method.intro': 'What is not published data as such: how it is computed, and how precise it is.',
  'opendata.time.title': 'Travel times',
  'opendata.time.estimated': 'Car travel times are estimated, not measured: no road network of Loir-et-Cher is available offline.',
  'opendata.time.crow':
    'Model: time = a + b × straight-line distance. The coefficients are refitted at every data build on {n} real car trips (INSEE METRIC, off-peak, Gironde, trips under {maxKm} km; these trips are not shipped).',
  'opendata.time.osm':
    'Method: shortest paths on the OpenStreetMap road network (speeds by road class, one-way streets, access restrictions; no turn restrictions, barriers or ferries). Data © OpenStreetMap contributors, ODbL.',
  'opendata.time.figures': 'Model coefficients and errors',
  'opendata.time.a': 'a, fixed time',
  'opendata.time.b': 'b, minutes per kilometre',
  'opendata.time.n': 'calibration trips',
  'opendata.time.medianRel': 'median relative error',
  'opendata.time.mae': 'mean absolute error',
  'opendata.time.p90': '90th percentile of the absolute error',
  'opendata.time.bridges': 'Loire bridges used ({n})',
  'opendata.time.outside': 'outside the département',
  'opendata.time.origins':
    'Origins: the {cells} populated 1 km cells of Filosofi 2021. Each cell carries a share of the commune’s 2022 census population, split in proportion to the Filosofi population of the commune’s cells; a commune’s time is the mean of its cells’ times, weighted by that population.',
  'opendata.time.centres': '{n} communes without a populated cell start from their town centre.',
  'opendata.time.use':
    'These times feed the “Access to MDS” page and the columns t_mds, t_mds_ouverte, t_france_services, t_gare and t_poste of the access table.',

  'opendata.territory.title': 'North / centre / south split',
  'opendata.territory.assumption': 'Project assumption: the département has not published this split.',
  'opendata.territory.rule': 'Rule: each commune follows its arrondissement.',
  'opendata.territory.ruleOther': 'Rule: {rule}.',
  'opendata.territory.mapping': 'Arrondissement {code} → {label}',
  'opendata.territory.noOverrides': 'No per-commune exception.',
  'opendata.territory.overrides': 'Per-commune exceptions ({n}): {list}.',
  'opendata.territory.edit':
    'The split is edited in data/territoires.json (rule and exceptions); “npm run data” then rebuilds the files.',

  'opendata.ind.title': 'Indicators',
  'opendata.ind.ratio':
    'Rates and shares are ratios of sums. For a commune, an EPCI, a territory or the département, the value is Σ numerator / Σ denominator (e.g. Σ people aged 75+ / Σ population), never a mean of commune rates.',
  'opendata.ind.counts':
    'Census counts are INSEE weighted estimates: they are kept with their decimals (to 0.001) and rounded only for display.',
  'opendata.ind.secret':
    'Statistical confidentiality: values INSEE does not publish (“s”) stay missing, never replaced by 0 nor estimated; an aggregate with a missing commune is not computed.',
  'opendata.ind.withheld': 'Missing values in this version: {list}.',
  'opendata.ind.withheldItem': '{column} for {n} communes',
  'opendata.ind.median':
    'Medians (median income) and rates published as such (poverty rate, share of taxed households) cannot be added up. Above the commune, only the range of the published commune values is given.',
  'opendata.ind.table': 'The {n} indicators: computation, source and year',
  'opendata.ind.label': 'Indicator',
  'opendata.ind.formula': 'Computation (columns of the stats table)',
  'opendata.ind.source': 'Source',
  'opendata.ind.year': 'Year',
  'opendata.ind.published': '{column}, published value',

  'opendata.sql.title': 'SQL console',
  'opendata.sql.intro':
    'For power users: query in SQL (DuckDB dialect) the tables the app has loaded in your browser. Nothing leaves your machine.',
  'opendata.sql.readOnly':
    'Read-only, guaranteed twice: the console refuses anything that is not a read (a single SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA table_info statement; no writes, settings, files or web addresses), then runs the query in a transaction that is always rolled back. The page’s security policy (connect-src \'self\') blocks any other site anyway.',
  'opendata.sql.limits': 'At most {rows} rows shown and exported; a query is cancelled after {seconds} s.',
  'opendata.sql.loading': 'Starting the query engine (DuckDB)…',
  'opendata.sql.loadingConsole': 'Loading the SQL console…',
  'opendata.sql.engineError':
    'The SQL console is unavailable: the query engine could not start ({reason}). The rest of the page works.',
  'opendata.sql.failedTables': 'Tables not loaded (file missing or unreadable): {tables}.',
  'opendata.sql.tables': 'Tables and columns',
  'opendata.sql.tableSummary': '{name}: {n} columns',
  'opendata.sql.insertTable': 'Write a query on {name}',
  'opendata.sql.examples': 'Examples',
  'opendata.sql.example.population-territoire': 'Population by territory',
  'opendata.sql.example.top-75-plus': 'The 10 communes with the highest share of people aged 75+',
  'opendata.sql.example.revenu-secret': 'Communes whose median income is withheld (statistical confidentiality)',
  'opendata.sql.example.au-dela-20-min':
    'Population of communes more than 20 min on average from an MDS, by territory (per-commune mean time)',
  'opendata.sql.example.au-dela-20-min-carreaux': 'Population more than 20 min from an MDS, by territory (1 km cells)',
  'opendata.sql.example.services-par-type': 'Services of the département by type and status',
  'opendata.sql.editor': 'SQL query',
  'opendata.sql.editorHelp': 'Ctrl+Enter (⌘+Enter on a Mac) runs the query.',
  'opendata.sql.run': 'Run',
  'opendata.sql.running': 'Running…',
  'opendata.sql.stop': 'Stop',
  'opendata.sql.export': 'Export the result as CSV',
  'opendata.sql.result.one': '{n} row in {ms} ms',
  'opendata.sql.result.other': '{n} rows in {ms} ms',
  'opendata.sql.resultAtLeast': 'at least {n} rows in {ms} ms (counting stopped)',
  'opendata.sql.truncated': 'the first {shown} are shown',
  'opendata.sql.resultRegion': 'Query result',
  'opendata.sql.null': 'NULL',
  'opendata.sql.errorTitle': 'DuckDB error',
  'opendata.sql.refusedTitle': 'Query refused: the console is read-only',
  'opendata.sql.refused.empty': 'The query is empty.',
  'opendata.sql.refused.unreadable':
    'Unreadable text near “{word}”: unclosed string, quoted name or comment, or a “$” outside a $$…$$ string ($1 parameters are not accepted).',
  'opendata.sql.refused.multiple': 'One statement at a time: remove what follows the “;”.',
  'opendata.sql.refused.first-word':
    '“{word}” is not a read. A query starts with SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA table_info.',
  'opendata.sql.refused.pragma': 'Only PRAGMA table_info, show_tables and show are accepted (“{word}” is not).',
  'opendata.sql.refused.forbidden-word':
    '“{word}” is not accepted (write, setting or transaction). A column with that name is written in double quotes: "{word}".',
  'opendata.sql.refused.file-function':
    '“{word}” reads files or web addresses, or runs SQL text: the console only queries the loaded tables.',
  'opendata.sql.refused.file-literal': '{word} looks like a file or a web address: the console only queries the loaded tables.',
  'opendata.sql.timeout': 'Query cancelled after {seconds} s. Add a filter or a LIMIT.',
  'opendata.sql.abandoned': 'DuckDB did not stop in time: the console will use a new connection.',
  'opendata.sql.stopped': 'Query stopped.',
  'opendata.sql.csvSource': '{publisher}, {title} ({year}, {licence})',
  'opendata.sql.csvVersion': 'Observatoire des solidarités du Loir-et-Cher, data v. {version}',
  'opendata.sql.csvQuery': 'Query: {sql}',
  'opendata.sql.csvFile': 'observatoire41-query.csv',
  'opendata.sql.restarted':
    'DuckDB did not stop within a second: the query engine was restarted and its tables loaded again. The other pages keep working.',
  'opendata.sql.engineLost': 'The query engine stopped during the query; it restarts with its tables. Run the query again.',
  'opendata.sql.nan': 'not a number',
};
