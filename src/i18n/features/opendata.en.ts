import type { fr } from './opendata';

/** English texts of `opendata.ts`, same keys: loaded only when English is chosen. */
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
