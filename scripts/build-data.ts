/**
 * `npm run data`: raw open data (../shared/data-raw, or $OBS41_DATA_RAW) → derived files in public/data
 * (or $OBS41_OUT). Validates what it builds and exits non-zero with a clear message on a bad input.
 */
import { readFileSync } from 'node:fs';
import { area as turfArea } from '@turf/turf';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommunes, currentCodeMap, type CogCommuneRecord, type EpciRecord } from './lib/cog.ts';
import { CheckList, PipelineError } from './lib/errors.ts';
import { dissolveCommunes, dissolveBy, featureOrder, simplifyFeatures, type FeatureCollection } from './lib/geometry.ts';
import { normaliseCommuneCode, round } from './lib/insee.ts';
import { readRaw, readRawCsv, readRawJson } from './lib/raw.ts';
import { checkServices, parseFranceServices, parseGares, parseMds, parsePoste, type ServicePoint } from './lib/services.ts';
import { buildStats } from './lib/stats.ts';
import { assignTerritories, type TerritoryDefinition } from './lib/territories.ts';
import { arrowStream, OutputFolder } from './lib/write.ts';
import { validateCatalogue, type Catalogue } from './lib/catalogue.ts';
import { communeAccess, locate, type LoireData } from './lib/access-data.ts';
import { fitCrowModel, metricPairs } from './lib/calibration.ts';
import { modelTravelTimes, osmTravelTimes } from './lib/travel-times.ts';
import { buildOrigins, locateCommunes, parseGrid } from './lib/origins.ts';
import { ifnByCommune, parseIfn, type IfnCommune } from './lib/ifn.ts';
import { parseCsvRows } from './lib/csv.ts';
import { writeMobility } from './lib/mobility/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = resolve(process.env.OBS41_DATA_RAW ?? join(root, '../shared/data-raw'));
const outDir = resolve(process.env.OBS41_OUT ?? join(root, 'public/data'));

const log = (msg: string) => process.stderr.write(msg + '\n');
const project = <T>(name: string): T => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as T;

async function main(): Promise<void> {
  log(`raw data: ${rawDir}\noutput:   ${outDir}`);
  const manifest = project<{ sources: { id: string }[]; checks: { communeCount: number; populationRp2022: number; publishedValues: Record<string, number> } }>('sources.json');
  const catalogue = project<Catalogue>('indicators.json');
  const territoryDef = project<TerritoryDefinition>('territoires.json');

  // 1. Communes of COG 2026 with their EPCI and arrondissement
  const cog = readRawJson<CogCommuneRecord[]>(rawDir, 'etalab-decoupage-administratif/communes-41.json');
  const epcis = readRawJson<EpciRecord[]>(rawDir, 'etalab-decoupage-administratif/epci-41.json');
  const arrs = readRawJson<{ code: string; nom: string }[]>(rawDir, 'etalab-decoupage-administratif/arrondissements-41.json');
  const { communes, former } = buildCommunes(cog, epcis);
  const codes = communes.map((c) => c.code);
  const codeSet = new Set(codes);
  const territory = assignTerritories(communes, territoryDef);

  // 2. Town-centre points (La Poste postcode base via datas.fun), one per commune
  const centres = new Map<string, { lon: number; lat: number }>();
  for (const r of readRawCsv(rawDir, 'datas-fun-communes/communes_41.csv', ',')) {
    if (r.commune_type !== 'COM') continue;
    const code = normaliseCommuneCode(r.insee_com);
    if (!centres.has(code)) centres.set(code, { lon: Number(r.lng), lat: Number(r.lat) });
  }

  // 3. INSEE statistics
  const stats = buildStats(
    codes,
    readRawCsv(rawDir, 'insee-comparateur/base_cc_comparateur_41.csv', ';'),
    readRawCsv(rawDir, 'insee-comparateur/dossier_complet_light_41.csv', ';'),
  );

  // 3b. Digital fragility index by IRIS (2020 edition), summed per commune as score × population
  const ifnIris = parseIfn(readRaw(rawDir, 'indice-fragilite-numerique/headers.csv'), parseCsvRows(readRaw(rawDir, 'indice-fragilite-numerique/41.csv'), ';'));
  const ifn = ifnByCommune(ifnIris, codes);
  const ifnCols = Object.keys(ifn.get(codes[0])!) as (keyof IfnCommune)[];
  for (const r of stats.rows) for (const col of ifnCols) r[col] = round(ifn.get(r.code)![col]);
  stats.columns.push(...ifnCols);

  // 4. Geometry: 2018 IGN commune polygons merged into the 267 communes of 2026 → EPCI, territories, département.
  // (The IRIS shapes cover only the chef-lieu of some communes nouvelles, e.g. Contres for Le Controis-en-Sologne,
  // so they serve only for the IRIS layer.)
  const toCurrent = currentCodeMap(cog);
  const iris = JSON.parse(readRaw(rawDir, 'indice-fragilite-numerique/iris-41-geoshape.geojson')) as FeatureCollection;
  const ign2018 = JSON.parse(readRaw(rawDir, 'france-geojson-gregoiredavid/communes-41-loir-et-cher.geojson')) as FeatureCollection;
  const polyChecks = new CheckList();
  for (const f of ign2018.features) polyChecks.check(toCurrent.has(String(f.properties.code)), `2018 polygon ${f.properties.code} ${f.properties.nom}: no current commune in COG 2026`);
  polyChecks.throwIfFailed('commune polygons');
  const currentOf = (f: FeatureCollection['features'][number]) => toCurrent.get(String(f.properties.code))!;
  const polyCodes = new Set(ign2018.features.map(currentOf));
  const communePolys = featureOrder(await dissolveCommunes(ign2018, currentOf));
  const byCode = new Map(communes.map((c) => [c.code, c]));
  for (const f of communePolys.features) f.properties = { code: f.properties.code, nom: byCode.get(String(f.properties.code))?.nom ?? null };
  const epciPolys = featureOrder(await dissolveBy(communePolys, (c) => byCode.get(c)!.epciCode), 'group');
  const epciName = new Map(communes.map((c) => [c.epciCode, c.epciNom]));
  for (const f of epciPolys.features) f.properties = { code: f.properties.group, nom: epciName.get(String(f.properties.group)) };
  const terrPolys = await dissolveBy(communePolys, (c) => territory.get(c)!);
  const terrOrder = territoryDef.territories.map((t) => t.code);
  terrPolys.features.sort((a, b) => terrOrder.indexOf(String(a.properties.group)) - terrOrder.indexOf(String(b.properties.group)));
  for (const f of terrPolys.features) {
    const code = String(f.properties.group);
    f.properties = { code, nom: territoryDef.territories.find((t) => t.code === code)!.label.fr };
  }
  const multiIris = new Set(codes.filter((c) => ifnIris.filter((i) => i.commune === c).length > 1));
  const irisPolys = await simplifyFeatures({ type: 'FeatureCollection', features: iris.features
    .filter((f) => multiIris.has(normaliseCommuneCode(String(f.properties['Insee Com']))))
    .map((f) => ({ ...f, properties: { iris: String(f.properties['Code Iris']), commune: normaliseCommuneCode(String(f.properties['Insee Com'])), nom: String(f.properties['Nom Iris']) } })) });
  const deptPolys = await dissolveBy(communePolys, () => '41');
  for (const f of deptPolys.features) f.properties = { code: '41', nom: 'Loir-et-Cher' };

  // 5. Service points
  const services: ServicePoint[] = [
    ...parseMds(readRawCsv(rawDir, 'cd41-mds/mds_loir-et-cher_transcrit.csv', ',')),
    ...parseFranceServices(readRawCsv(rawDir, 'anct-france-services/france_services_41_buffer20km_20240801.csv', ',')),
    ...parseGares(readRawCsv(rawDir, 'sncf-gares/gares-de-voyageurs_41_buffer20km.csv', ';')),
    ...parsePoste(readRawCsv(rawDir, 'laposte-points-contact/laposte_poincont_41_buffer20km_2020.csv', ';')),
  ];
  let remapped = 0;
  for (const s of services) {
    const cur = s.in_dept ? toCurrent.get(s.code_commune) : undefined;
    if (cur && cur !== s.code_commune) {
      s.code_commune = cur;
      remapped++;
    }
  }
  log(`service points: ${remapped} former commune codes mapped to their COG 2026 commune`);
  checkServices(services, codeSet, { mds: 12, france_services: 23, gare: 34, poste: 158 });
  // counts of service points per commune (inside the département)
  const countCols: Record<string, (p: ServicePoint) => boolean> = {
    N_FRANCE_SERVICES: (p) => p.type === 'france_services' && p.statut === 'Fixe',
    N_POSTE: (p) => p.type === 'poste',
    N_GARE: (p) => p.type === 'gare',
  };
  for (const r of stats.rows) {
    for (const [col, f] of Object.entries(countCols)) r[col] = services.filter((p) => p.in_dept && p.code_commune === r.code && f(p)).length;
  }
  stats.columns.push(...Object.keys(countCols));

  // 6. Travel-time model: refit on real routed times, origins from the 1 km population grid
  const loire = project<LoireData>('loire.json');
  const fit = fitCrowModel(metricPairs(readRawCsv(rawDir, 'calibration-distancier-gironde/couples_infra_couples_coordonnees_gironde_2_HC.csv', ',')));
  log(`travel-time fit on ${fit.n} METRIC pairs < ${fit.maxKm} km: t = ${fit.interceptMin.toFixed(2)} min + ${fit.minPerKm.toFixed(3)} min/km; ` +
    `mean abs error ${fit.maeMin.toFixed(1)} min, median rel. error ${(100 * fit.medianRelError).toFixed(1)} %, P90 abs error ${fit.p90AbsErrorMin.toFixed(1)} min`);
  const model = { interceptMin: fit.interceptMin, minPerKm: fit.minPerKm };
  const cells = parseGrid(readRawCsv(rawDir, 'filosofi-grid-1km-2021/filosofi_2021_1km_41_buffer10km.csv', ','));
  // locate cells on the full-resolution outlines (the simplified ones lose border cells)
  const located = locateCommunes(cells, await dissolveCommunes(ign2018, currentOf, false), centres);
  const origins = locate(buildOrigins(cells, located.codes, codes, centres), loire);
  log(`origins: ${cells.length} grid cells (${located.fallback} border cells given to the nearest town centre), ` +
    `${origins.filter((o) => o.kind === 'centre').length} communes without a populated cell use their town centre`);
  const svcLocated = locate(services, loire);
  // OBS41_OSM: real shortest paths on an OpenStreetMap extract instead of the calibrated model
  const times = process.env.OBS41_OSM ? osmTravelTimes(process.env.OBS41_OSM, log) : modelTravelTimes(model, loire);
  log(`travel times: ${times.describe}`);
  const access = communeAccess(origins, centres, svcLocated, times);

  // 7. Validation of the whole
  const checks = new CheckList();
  const expect = manifest.checks;
  checks.check(communes.length === expect.communeCount, `${communes.length} communes in COG 2026, expected ${expect.communeCount}`);
  checks.check(codeSet.size === communes.length, 'commune codes are not unique');
  checks.check(codes.every((c) => /^41\d{3}$/.test(c)), 'a commune code is not a 5-character 41xxx string');
  checks.check(codes.every((c) => territory.has(c)) && territory.size === codes.length, 'a commune has no territory');
  checks.check(communePolys.features.length === communes.length, `${communePolys.features.length} commune polygons, expected ${communes.length}`);
  for (const c of codes) {
    checks.check(polyCodes.has(c), `commune ${c} has no polygon`);
    checks.check(centres.has(c), `commune ${c} has no town-centre point in datas-fun-communes`);
  }
  for (const c of centres.keys()) checks.check(codeSet.has(c), `datas-fun-communes has ${c}, which is not in COG 2026 (orphan code)`);
  // a polygon far smaller or larger than INSEE's area means a piece is missing or doubled
  const superf = new Map(stats.rows.map((r) => [r.code, r.SUPERF]));
  for (const f of communePolys.features) {
    const km2 = turfArea(f as never) / 1e6;
    const ref = superf.get(String(f.properties.code)) ?? null;
    if (ref !== null && ref > 5) checks.check(Math.abs(km2 / ref - 1) < 0.25, `commune ${f.properties.code}: polygon covers ${km2.toFixed(1)} km², INSEE area is ${ref} km²`);
  }
  const pop = stats.rows.reduce((s, r) => s + (r.P22_POP ?? 0), 0);
  checks.check(Math.abs(pop - expect.populationRp2022) < 0.5, `population RP 2022 sums to ${pop}, INSEE publishes ${expect.populationRp2022} for Loir-et-Cher`);
  for (const [col, n] of Object.entries(expect.publishedValues)) {
    const got = stats.rows.filter((r) => r[col] !== null).length;
    checks.check(got === n, `${col} is published for ${got} communes, INSEE publishes it for ${n}`);
  }
  checks.check(cells.length === 4451, `${cells.length} populated grid cells inside Loir-et-Cher, expected 4,451 (Filosofi 2021)`);
  const indTotal = cells.reduce((t, c) => t + c.ind, 0);
  checks.check(Math.abs(indTotal - 322638) < 0.5, `grid cells hold ${indTotal} people, expected 322,638 (Filosofi 2021)`);
  checks.check(access.length === communes.length, `travel times for ${access.length} communes, expected ${communes.length}`);
  const sourceIds = new Set(manifest.sources.map((s) => s.id));
  checks.failures.push(...validateCatalogue(catalogue, stats.columns, stats.rows, sourceIds));
  checks.throwIfFailed('validation');

  // 8. Write
  const out = new OutputFolder(outDir);
  const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
  out.json('communes.geojson', communePolys, communePolys.features.length);
  out.json('epci.geojson', epciPolys, epciPolys.features.length);
  out.json('territoires.geojson', terrPolys, terrPolys.features.length);
  out.json('departement.geojson', deptPolys, 1);
  out.json('iris.geojson', featureOrder(irisPolys, 'iris'), irisPolys.features.length);
  const irisSorted = [...ifnIris].sort((a, b) => a.iris.localeCompare(b.iris));
  out.write('iris.arrow', arrowStream([
    ...(['iris', 'commune', 'nom', 'type'] as const).map((k) => ({ name: k, type: 'utf8' as const, values: irisSorted.map((i) => i[k]) })),
    ...(['pop16', 'score', 'acces', 'competences', 'nscol15p', 'nscol15pDiplmin'] as const).map((k) => ({ name: k, type: 'float64' as const, values: irisSorted.map((i) => round(i[k])) })),
  ]), irisSorted.length);
  const sorted = [...services].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  out.json('services.geojson', fc(sorted.map(({ lon, lat, ...p }) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [lon, lat] } }))), sorted.length);

  const arrName = new Map(arrs.map((a) => [a.code, a.nom]));
  const communeRows = communes.map((c) => ({
    code: c.code, nom: c.nom, epci_code: c.epciCode, epci_nom: c.epciNom, arr_code: c.arrondissement,
    arr_nom: arrName.get(c.arrondissement) ?? '', territoire: territory.get(c.code)!,
    lon: centres.get(c.code)!.lon, lat: centres.get(c.code)!.lat,
    codes_postaux: c.codesPostaux.join(' '), anciens_codes: c.anciensCodes.join(' '),
  }));
  const strCols = ['code', 'nom', 'epci_code', 'epci_nom', 'arr_code', 'arr_nom', 'territoire', 'codes_postaux', 'anciens_codes'] as const;
  out.write('communes.arrow', arrowStream([
    ...strCols.map((k) => ({ name: k, type: 'utf8' as const, values: communeRows.map((r) => r[k]) })),
    { name: 'lon', type: 'float64', values: communeRows.map((r) => r.lon) },
    { name: 'lat', type: 'float64', values: communeRows.map((r) => r.lat) },
  ]), communeRows.length);
  out.write('stats.arrow', arrowStream([
    { name: 'code', type: 'utf8', values: stats.rows.map((r) => r.code) },
    ...stats.columns.map((col) => ({ name: col, type: 'float64' as const, values: stats.rows.map((r) => r[col]) })),
  ]), stats.rows.length);
  const svcStr = ['id', 'type', 'nom', 'commune', 'code_commune', 'statut', 'precision', 'source', 'date'] as const;
  out.write('services.arrow', arrowStream([
    ...svcStr.map((k) => ({ name: k, type: 'utf8' as const, values: sorted.map((s) => s[k]) })),
    { name: 'in_dept', type: 'bool', values: sorted.map((s) => s.in_dept) },
    { name: 'lon', type: 'float64', values: sorted.map((s) => s.lon) },
    { name: 'lat', type: 'float64', values: sorted.map((s) => s.lat) },
  ]), sorted.length);

  // first-paint table: the same rows, columnar, with the commune attributes the map needs
  const columns: Record<string, unknown[]> = {};
  for (const k of ['code', 'nom', 'epci_code', 'territoire'] as const) columns[k] = communeRows.map((r) => r[k]);
  for (const col of stats.columns) columns[col] = stats.rows.map((r) => r[col]);
  out.json('commune-stats.json', { columns }, stats.rows.length);
  out.json('communes-search.json', {
    communes: communeRows.map((r) => [r.code, r.nom, r.codes_postaux]),
    former: former.filter((f) => f.code !== f.current || byCode.get(f.code)?.nom !== f.nom).map((f) => [f.nom, f.current, f.code]),
  });
  out.json('indicators.json', catalogue);
  out.json('territoires.json', { ...territoryDef, overrides: territoryDef.overrides });
  out.json('sources.json', manifest);

  // access: origins (grid cells), candidate sites, per-commune times, and the model that produced them
  const popOf = new Map(stats.rows.map((r) => [r.code, r]));
  const share = (o: (typeof origins)[number], col: string) => round(o.share * (popOf.get(o.commune)![col] ?? 0));
  out.write('origins.arrow', arrowStream([
    ...(['id', 'kind', 'commune'] as const).map((k) => ({ name: k, type: 'utf8' as const, values: origins.map((o) => o[k]) })),
    { name: 'territoire', type: 'utf8', values: origins.map((o) => territory.get(o.commune)!) },
    { name: 'lon', type: 'float64', values: origins.map((o) => o.lon) },
    { name: 'lat', type: 'float64', values: origins.map((o) => o.lat) },
    { name: 'side', type: 'float64', values: origins.map((o) => o.side) },
    { name: 'pop', type: 'float64', values: origins.map((o) => share(o, 'P22_POP')) },
    { name: 'pop_75p', type: 'float64', values: origins.map((o) => share(o, 'P22_POP75P')) },
    { name: 'fam_mono', type: 'float64', values: origins.map((o) => share(o, 'C22_FAMMONO')) },
    { name: 'chom_1564', type: 'float64', values: origins.map((o) => share(o, 'P22_CHOM1564')) },
    { name: 'ind', type: 'float64', values: origins.map((o) => o.cell?.ind ?? null) },
    { name: 'ind_snv', type: 'float64', values: origins.map((o) => o.cell?.indSnv ?? null) },
    { name: 'imputed', type: 'float64', values: origins.map((o) => o.cell?.imputed ?? null) },
    { name: 'x_laea', type: 'float64', values: origins.map((o) => o.cell?.x ?? null) },
    { name: 'y_laea', type: 'float64', values: origins.map((o) => o.cell?.y ?? null) },
  ]), origins.length);
  const mds = svcLocated.filter((p) => p.type === 'mds');
  const sites = [
    ...mds.map((m) => ({ id: m.id, type: 'mds', nom: m.nom, commune: m.code_commune, statut: m.statut, precision: m.precision, lon: m.lon, lat: m.lat, side: m.side })),
    ...locate(communeRows.map((r) => ({ lon: r.lon, lat: r.lat, r })), loire).map(({ r, lon, lat, side }) => ({
      id: `C-${r.code}`, type: 'commune', nom: r.nom, commune: r.code, statut: 'candidat', precision: 'centre-bourg', lon, lat, side,
    })),
  ];
  out.write('sites.arrow', arrowStream([
    ...(['id', 'type', 'nom', 'commune', 'statut', 'precision'] as const).map((k) => ({ name: k, type: 'utf8' as const, values: sites.map((x) => x[k]) })),
    { name: 'lon', type: 'float64', values: sites.map((x) => x.lon) },
    { name: 'lat', type: 'float64', values: sites.map((x) => x.lat) },
    { name: 'side', type: 'float64', values: sites.map((x) => x.side) },
  ]), sites.length);
  const kinds = Object.keys(access[0].minutes);
  out.write('access.arrow', arrowStream([
    { name: 'code', type: 'utf8', values: access.map((a) => a.code) },
    ...kinds.map((k) => ({ name: `t_${k}`, type: 'float64' as const, values: access.map((a) => round(a.minutes[k], 2)) })),
    { name: 'gare_km', type: 'float64', values: access.map((a) => round(a.gareKm, 2)) },
  ]), access.length);
  if (times.method === 'osm') {
    // routed times cannot be recomputed in the browser: ship them, site-major (one site's column contiguous)
    const rowMajor = times.matrix(origins, sites);
    const siteMajor = new Float32Array(rowMajor.length);
    for (let o = 0; o < origins.length; o++) for (let s = 0; s < sites.length; s++) siteMajor[s * origins.length + o] = rowMajor[o * sites.length + s];
    out.write('times-sites.f32', new Uint8Array(siteMajor.buffer));
  }
  out.json('access-model.json', {
    method: times.method,
    matrixFile: times.method === 'osm' ? 'times-sites.f32' : null,
    model,
    calibration: { ...fit, source: 'INSEE METRIC off-peak car times, 2,500 point pairs in Gironde (DREES comparison), not shipped' },
    loire,
    origins: { cells: cells.length, centres: origins.length - cells.length, borderFallback: located.fallback },
  });
  // mobility: rail service per station, urban bus access, extra GTFS networks ($OBS41_GTFS_DIRS)
  writeMobility({ rawDir, out, origins, communeRows, services: svcLocated, model, loire, times, log });

  const version = (await import('node:crypto')).createHash('sha256').update(out.files.map((f) => f.sha256).join('')).digest('hex').slice(0, 12);
  out.json('manifest.json', { version, files: out.files, withheld: stats.withheld, population: pop, communes: communes.length });

  log(`\n${communes.length} communes, population RP 2022 ${pop.toLocaleString('fr-FR')}, ${services.length} service points; data version ${version}`);
  for (const f of out.files) log(`  ${f.name.padEnd(22)} ${String(f.bytes).padStart(8)} B  ${String(f.gzipBytes).padStart(7)} B gzip${f.rows !== undefined ? `  ${f.rows} rows` : ''}`);
}

main().catch((e: unknown) => {
  if (e instanceof PipelineError) {
    process.stderr.write(`\nnpm run data FAILED\n${e.message}\n`);
  } else {
    process.stderr.write(`\nnpm run data FAILED with an unexpected error:\n${(e as Error).stack ?? e}\n`);
  }
  process.exit(1);
});
