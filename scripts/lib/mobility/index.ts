/**
 * Mobility gaps: rail service per station, nearest station per commune, urban bus frequency and
 * walking access, and extra GTFS networks (e.g. Rémi coaches) given through $OBS41_GTFS_DIRS.
 * Writes stops.arrow, mobility.arrow, mobility-iris.arrow and mobility-notes.json.
 */
import { readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { centerOfMass, booleanPointInPolygon, pointOnFeature, pointToPolygonDistance, point } from '@turf/turf';
import { crowKm, type CrowModel, type LonLat } from '../../../src/domain/access/travel-time.ts';
import type { LoireData } from '../access-data.ts';
import { PipelineError } from '../errors.ts';
import { normaliseCommuneCode, round } from '../insee.ts';
import type { Origin } from '../origins.ts';
import { readRaw, readRawCsv } from '../raw.ts';
import type { ServicePoint } from '../services.ts';
import { modelTravelTimes, type TravelTimes } from '../travel-times.ts';
import { arrowStream, type ColumnType, type OutputFolder } from '../write.ts';
import { checkBus, combinedHeadwayMin, FREQUENT_MAX_MIN, parseBusLines, parseBusStops } from './bus.ts';
import { parseSncfStops } from './coach-stops.ts';
import { nearestStations, pointsByIris, populationPoints, STATION_RADIUS_KM, walkAccess } from './commune-mobility.ts';
import { departuresOn, parseGtfs, readGtfsDir, typicalTuesday } from './gtfs.ts';
import { mobilityNotes } from './notes.ts';
import { checkRailLines, type RailLines, type TerRoute } from './rail-lines.ts';
import { buildStations, tgvAtVendome } from './stations.ts';
import { terTripsByShortName } from './ter-trips.ts';

/** GTFS stops farther than this from Loir-et-Cher are left out of the stop table, km. */
export const GTFS_BUFFER_KM = 20;

export interface MobilityInput {
  rawDir: string;
  out: OutputFolder;
  origins: (Origin & { side: 1 | -1 })[];
  /** the 267 communes in the order of communes.arrow, with their town-centre point */
  communeRows: { code: string; lon: number; lat: number }[];
  /** located service points; the `gare` ones are the passenger stations */
  services: (ServicePoint & { side: 1 | -1 })[];
  model: CrowModel;
  loire: LoireData;
  /** the pipeline's travel times (calibrated model, or OSM routing); default: the calibrated model */
  times?: TravelTimes;
  log: (msg: string) => void;
  /** unzipped GTFS folders to add as networks (default: $OBS41_GTFS_DIRS, separated by ':') */
  gtfsDirs?: string[];
  /** reference day of those feeds, YYYYMMDD (default: $OBS41_GTFS_DATE, else each feed's busiest Tuesday) */
  gtfsDate?: string;
}

const railLinesPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/rail-lines.json');

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

interface StopRow {
  id: string; network: string; kind: 'gare' | 'car' | 'bus'; name: string; commune: string | null; in_dept: boolean;
  lon: number; lat: number; lines: string | null; line_codes: string | null;
  trains_ligne_mardi: number | null; trains_ligne_samedi: number | null; trains_ligne_dimanche: number | null;
  tgv_mardi: number | null; tgv_samedi: number | null; tgv_dimanche: number | null;
  headway_min: number | null; frequent: boolean | null; departs_jour: number | null; jour_ref: string | null;
}
const emptyStop = { commune: null, lines: null, line_codes: null, trains_ligne_mardi: null, trains_ligne_samedi: null, trains_ligne_dimanche: null,
  tgv_mardi: null, tgv_samedi: null, tgv_dimanche: null, headway_min: null, frequent: null, departs_jour: null, jour_ref: null };

export function writeMobility(input: MobilityInput): void {
  const { rawDir, out, origins, communeRows, services, model, loire, log } = input;
  const csv = (rel: string, sep = ',') => readRawCsv(rawDir, rel, sep);
  const gtfsDir = 'sncf-gtfs-2024-12';

  // Département outline (IGN 2018, the one the raw files' dist_dep41_km was measured against)
  const deptRaw = JSON.parse(readRaw(rawDir, 'france-geojson-gregoiredavid/departement-41-loir-et-cher.geojson')) as Feature | { features: Feature[] };
  const dept = 'features' in deptRaw ? deptRaw.features[0] : deptRaw;
  const kmOutside = (p: LonLat) => pointToPolygonDistance(point([p.lon, p.lat]), dept as never, { units: 'kilometers' });
  const inDept = (p: LonLat) => booleanPointInPolygon([p.lon, p.lat], dept as never);

  // 1. Rail: line mapping, TER trips per day, TGV stops, stations
  const def = JSON.parse(readFileSync(railLinesPath, 'utf8')) as RailLines;
  const liste = csv('sncf-gares/liste-des-gares_41_buffer20km.csv', ';');
  const listed = new Map<string, Set<string>>();
  for (const r of liste) if (r.VOYAGEURS === 'O') listed.set(r.CODE_UIC, (listed.get(r.CODE_UIC) ?? new Set()).add(r.CODE_LIGNE));
  const passengerRows41 = liste.filter((r) => r.VOYAGEURS === 'O' && r.DEPARTEMEN === 'LOIR-ET-CHER');
  if (passengerRows41.length !== 36 || new Set(passengerRows41.map((r) => r.CODE_UIC)).size !== 34) {
    throw new PipelineError(`liste-des-gares: ${passengerRows41.length} passenger rows for ${new Set(passengerRows41.map((r) => r.CODE_UIC)).size} stations in Loir-et-Cher, SOURCES-services.md §3 gives 36 rows (Vendôme and Gièvres twice) for 34 stations`);
  }
  const terRoutes = csv(`${gtfsDir}/ter_routes_41.csv`) as unknown as TerRoute[];
  const problems = checkRailLines(def, terRoutes, listed, new Set(liste.map((r) => r.CODE_LIGNE)));
  if (problems.length > 0) throw new PipelineError(`data/rail-lines.json: ${problems.length} check(s) failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const trips = terTripsByShortName(terRoutes, csv(`${gtfsDir}/ter_trips_41.csv`), csv(`${gtfsDir}/ter_calendar_dates_41.csv`), csv(`${gtfsDir}/DERIVED_ter_routes_41_trips_per_day.csv`));
  const tgvFeed = parseGtfs('sncf-voyages-vendome-villiers', {
    stops: readRaw(rawDir, `${gtfsDir}/voyages_stops_vendome_villiers_tgv.csv`),
    stop_times: readRaw(rawDir, `${gtfsDir}/voyages_stop_times_vendome_villiers_tgv.csv`),
    trips: readRaw(rawDir, `${gtfsDir}/voyages_trips_vendome_villiers_tgv.csv`),
    calendar_dates: readRaw(rawDir, `${gtfsDir}/voyages_calendar_dates_vendome_villiers_tgv.csv`),
    routes: readRaw(rawDir, `${gtfsDir}/voyages_routes_vendome_villiers_tgv.csv`),
  });
  const tgv = tgvAtVendome(tgvFeed);
  const sncfStops = parseSncfStops(csv(`${gtfsDir}/ter_stops_41_buffer20km.csv`));
  const stations = buildStations(services.filter((s) => s.type === 'gare'), listed, def, trips, tgv, sncfStops.trainUics);

  // 2. Urban buses
  const busLines = parseBusLines(csv('bus-azalys-move/bus_lines_blois_vendome.csv'));
  const busStops = parseBusStops(csv('bus-azalys-move/bus_stops_blois_vendome.csv'));
  const communeCodes = new Set(communeRows.map((c) => c.code));
  checkBus(busStops, busLines, communeCodes, inDept);
  const lineByKey = new Map(busLines.map((l) => [l.routeKey, l]));
  const bus = busStops.map((s) => {
    const headway = combinedHeadwayMin(s.routeKeys.map((k) => lineByKey.get(k)!.headwayMin));
    return { ...s, headway, frequent: headway !== null && headway <= FREQUENT_MAX_MIN };
  });
  const frequent = bus.filter((s) => s.frequent);

  // 3. Extra GTFS networks
  const dirs = input.gtfsDirs ?? (process.env.OBS41_GTFS_DIRS ?? '').split(delimiter).filter(Boolean);
  const fixedDate = input.gtfsDate ?? (process.env.OBS41_GTFS_DATE || undefined);
  if (fixedDate !== undefined && !/^\d{8}$/.test(fixedDate)) throw new PipelineError(`OBS41_GTFS_DATE must be a date as YYYYMMDD, got "${fixedDate}"`);
  const gtfsRows: StopRow[] = [];
  const feeds: { network: string; dir: string; date: string; stops: number; departures: number }[] = [];
  for (const dir of dirs) {
    const feed = readGtfsDir(resolve(dir));
    if (feeds.some((f) => f.network === feed.name)) throw new PipelineError(`OBS41_GTFS_DIRS: two folders are named ${feed.name}; each network is named after its folder`);
    const date = fixedDate ?? typicalTuesday(feed);
    const kept = departuresOn(feed, date).filter((s) => Number.isFinite(s.lon) && Number.isFinite(s.lat) && kmOutside(s) <= GTFS_BUFFER_KM);
    if (kept.length === 0) throw new PipelineError(`GTFS ${feed.name} (${dir}): no stop lies within ${GTFS_BUFFER_KM} km of Loir-et-Cher`);
    for (const s of kept) {
      gtfsRows.push({
        ...emptyStop, id: `${feed.name}:${s.stopId}`, network: feed.name, kind: s.routeTypes.includes(2) ? 'gare' : 'car', name: s.name,
        in_dept: inDept(s), lon: s.lon, lat: s.lat, lines: s.lines.join(';'), departs_jour: s.departures, jour_ref: date,
      });
    }
    const departures = kept.reduce((t, s) => t + s.departures, 0);
    feeds.push({ network: feed.name, dir, date, stops: kept.length, departures });
    log(`GTFS ${feed.name}: ${kept.length} stops within ${GTFS_BUFFER_KM} km of Loir-et-Cher, ${departures} departures on ${date}`);
  }

  // 4. Stop table
  const stopRows: StopRow[] = [
    ...stations.map((s): StopRow => ({
      ...emptyStop, id: s.id, network: 'SNCF', kind: 'gare', name: s.nom, commune: s.commune, in_dept: s.inDept, lon: s.lon, lat: s.lat,
      lines: s.routes.length > 0 ? s.routes.join(';') : null, line_codes: s.lineCodes.join(';'),
      trains_ligne_mardi: s.trainsLigne.mardi, trains_ligne_samedi: s.trainsLigne.samedi, trains_ligne_dimanche: s.trainsLigne.dimanche,
      tgv_mardi: s.tgv.mardi, tgv_samedi: s.tgv.samedi, tgv_dimanche: s.tgv.dimanche,
    })),
    ...sncfStops.coach.map((c): StopRow => ({ ...emptyStop, id: c.id, network: 'SNCF', kind: 'car', name: c.name, in_dept: c.inDept, lon: c.lon, lat: c.lat })),
    ...[...bus].sort((a, b) => a.network.localeCompare(b.network) || a.id.localeCompare(b.id)).map((s): StopRow => ({
      ...emptyStop, id: s.id, network: s.network, kind: 'bus', name: s.name, commune: s.commune, in_dept: true, lon: s.lon, lat: s.lat,
      lines: s.lines.join(';'), headway_min: round(s.headway, 2), frequent: s.frequent,
    })),
    ...gtfsRows,
  ];
  const ids = new Set<string>();
  for (const r of stopRows) {
    if (ids.has(r.id)) throw new PipelineError(`stop table: id ${r.id} appears twice`);
    ids.add(r.id);
  }
  const str = (k: keyof StopRow) => ({ name: k, type: 'utf8' as ColumnType, values: stopRows.map((r) => r[k]) });
  const num = (k: keyof StopRow) => ({ name: k, type: 'float64' as ColumnType, values: stopRows.map((r) => r[k]) });
  out.write('stops.arrow', arrowStream([
    str('id'), str('network'), str('kind'), str('name'), str('commune'),
    { name: 'in_dept', type: 'bool', values: stopRows.map((r) => r.in_dept) },
    num('lon'), num('lat'), str('lines'), str('line_codes'),
    num('trains_ligne_mardi'), num('trains_ligne_samedi'), num('trains_ligne_dimanche'),
    num('tgv_mardi'), num('tgv_samedi'), num('tgv_dimanche'),
    num('headway_min'), { name: 'frequent', type: 'bool', values: stopRows.map((r) => r.frequent) },
    num('departs_jour'), str('jour_ref'),
  ]), stopRows.length);

  // 5. Per commune
  const originsByCommune = new Map<string, Origin[]>();
  for (const o of origins) originsByCommune.set(o.commune, [...(originsByCommune.get(o.commune) ?? []), o]);
  const networksOf = new Map<string, Set<string>>();
  for (const s of bus) networksOf.set(s.commune, (networksOf.get(s.commune) ?? new Set()).add(s.network));
  const gtfsServed = gtfsRows.filter((r) => (r.departs_jour ?? 0) > 0);
  const pointsOf = new Map<string, ReturnType<typeof populationPoints>>();
  const nearest = nearestStations(communeRows, stations, input.times ?? modelTravelTimes(model, loire), loire);
  const rows = communeRows.map((c, i) => {
    const near = nearest[i];
    const networks = networksOf.get(c.code);
    let walk: ReturnType<typeof walkAccess> | null = null;
    if (networks) {
      const pts = populationPoints(originsByCommune.get(c.code) ?? []);
      pointsOf.set(c.code, pts);
      walk = walkAccess(c, pts, frequent);
    }
    let g: { row: StopRow; km: number } | null = null;
    for (const row of gtfsServed) {
      const km = crowKm(c, row);
      if (g === null || km < g.km) g = { row, km };
    }
    return {
      code: c.code,
      gare_id: near.station.id, gare_nom: near.station.nom, gare_km: round(near.km, 2), gare_min: round(near.minutes, 1),
      gare_trains_ligne_mardi: near.station.trainsLigne.mardi, gare_tgv_mardi: near.station.tgv.mardi,
      gare_5km: stations.some((s) => crowKm(c, s) <= STATION_RADIUS_KM),
      bus_urbain: networks !== undefined, bus_reseau: networks ? [...networks].sort().join('+') : null,
      bus_arrets: bus.filter((s) => s.commune === c.code).length,
      bus_frequent_marche_m: walk ? Math.round(walk.frequentWalkM) : null,
      bus_pop_500m_pct: walk && walk.share500 !== null ? round(100 * walk.share500, 1) : null,
      gtfs_arret_id: g?.row.id ?? null, gtfs_arret_km: g ? round(g.km, 2) : null, gtfs_departs_jour: g?.row.departs_jour ?? null,
    };
  });
  type Row = (typeof rows)[number];
  const col = (k: keyof Row, type: ColumnType) => ({ name: k, type, values: rows.map((r) => r[k]) });
  out.write('mobility.arrow', arrowStream([
    col('code', 'utf8'), col('gare_id', 'utf8'), col('gare_nom', 'utf8'), col('gare_km', 'float64'), col('gare_min', 'float64'),
    col('gare_trains_ligne_mardi', 'float64'), col('gare_tgv_mardi', 'float64'), col('gare_5km', 'bool'),
    col('bus_urbain', 'bool'), col('bus_reseau', 'utf8'), col('bus_arrets', 'float64'),
    col('bus_frequent_marche_m', 'float64'), col('bus_pop_500m_pct', 'float64'),
    col('gtfs_arret_id', 'utf8'), col('gtfs_arret_km', 'float64'), col('gtfs_departs_jour', 'float64'),
  ]), rows.length);

  // 6. Per IRIS of the communes with an urban network and several IRIS (Blois, Vendôme, Vineuil)
  const irisRaw = JSON.parse(readRaw(rawDir, 'indice-fragilite-numerique/iris-41-geoshape.geojson')) as { features: Feature[] };
  const irisOf = new Map<string, { code: string; nom: string; centre: LonLat; feature: Feature }[]>();
  for (const f of irisRaw.features) {
    const commune = normaliseCommuneCode(String(f.properties['Insee Com']));
    if (!networksOf.has(commune)) continue;
    let [lon, lat] = centerOfMass(f as never).geometry.coordinates;
    if (!booleanPointInPolygon([lon, lat], f as never)) [lon, lat] = pointOnFeature(f as never).geometry.coordinates;
    irisOf.set(commune, [...(irisOf.get(commune) ?? []), { code: String(f.properties['Code Iris']), nom: String(f.properties['Nom Iris']), centre: { lon, lat }, feature: f }]);
  }
  const irisRows = [...irisOf.entries()]
    .filter(([, list]) => list.length > 1)
    .flatMap(([commune, list]) => {
      const split = pointsByIris(pointsOf.get(commune)!, list);
      const total = pointsOf.get(commune)!.reduce((t, p) => t + p.weight, 0);
      return list.map((i) => {
        const pts = split.get(i.code)!;
        const walk = walkAccess(i.centre, pts, frequent);
        return {
          iris: i.code, commune, nom: i.nom, lon: round(i.centre.lon, 5), lat: round(i.centre.lat, 5),
          bus_frequent_marche_m: Math.round(walk.frequentWalkM),
          bus_pop_500m_pct: walk.share500 === null ? null : round(100 * walk.share500, 1),
          pop_part_commune_pct: round((100 * pts.reduce((t, p) => t + p.weight, 0)) / total, 2),
        };
      });
    })
    .sort((a, b) => a.iris.localeCompare(b.iris));
  type IrisRow = (typeof irisRows)[number];
  const icol = (k: keyof IrisRow, type: ColumnType) => ({ name: k, type, values: irisRows.map((r) => r[k]) });
  out.write('mobility-iris.arrow', arrowStream([
    icol('iris', 'utf8'), icol('commune', 'utf8'), icol('nom', 'utf8'), icol('lon', 'float64'), icol('lat', 'float64'),
    icol('bus_frequent_marche_m', 'float64'), icol('bus_pop_500m_pct', 'float64'), icol('pop_part_commune_pct', 'float64'),
  ]), irisRows.length);

  // 7. Notes
  out.json('mobility-notes.json', mobilityNotes({
    def, model, timesMethod: (input.times ?? modelTravelTimes(model, loire)).method,
    counts: {
      stations: stations.length, stationsInDept: stations.filter((s) => s.inDept).length, coachStops: sncfStops.coach.length,
      busStops: bus.length, frequentStops: frequent.length, busCommunes: networksOf.size, iris: irisRows.length,
    },
    tgv, feeds: feeds.map(({ network, date, stops, departures }) => ({ network, date, stops, departures })),
  }));

  const blois = rows.find((r) => r.code === '41018');
  const vendome = rows.find((r) => r.code === '41269');
  log(`mobility: ${stations.length} stations (${stations.filter((s) => s.inDept).length} in 41), ${sncfStops.coach.length} SNCF coach stops, ` +
    `${bus.length} bus stops (${frequent.length} frequent, combined headway ≤ ${FREQUENT_MAX_MIN} min) in ${networksOf.size} communes; ` +
    `within 500 m walk of a frequent stop: Blois ${blois?.bus_pop_500m_pct} %, Vendôme ${vendome?.bus_pop_500m_pct} %; ` +
    `${rows.filter((r) => r.gare_5km).length} communes with a station within ${STATION_RADIUS_KM} km`);
}
