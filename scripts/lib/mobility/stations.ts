/**
 * Passenger stations with their rail service: TER trains on their line(s) (an upper bound, see
 * rail-lines.ts) and, for Vendôme–Villiers-sur-Loir TGV, the TGV really stopping there.
 */
import { CheckList } from '../errors.ts';
import type { ServicePoint } from '../services.ts';
import { departuresOn, type GtfsFeed } from './gtfs.ts';
import { routesOnLines, stationLineCodes, trainsOnLines, type RailLines } from './rail-lines.ts';
import { TER_DAYS, type TerDay } from './ter-trips.ts';

export const TGV_STATION_UIC = '87571216';
const TGV_STOP_ID = 'StopPoint:OCETGV INOUI-87571216';
/** TGV stop_times rows running on each reference day, as counted in SOURCES-mobility.md §3. */
const TGV_STOP_EVENTS: Record<TerDay, number> = { mardi: 23, samedi: 12, dimanche: 14 };

export type PerDay = Record<TerDay, number | null>;

export interface Station {
  id: string;
  uic: string;
  nom: string;
  commune: string;
  inDept: boolean;
  lon: number;
  lat: number;
  side: 1 | -1;
  lineCodes: string[];
  /** TER train routes on the station's covered lines */
  routes: string[];
  /** TER trains on the station's lines, both directions (upper bound of those stopping); null when no line is covered */
  trainsLigne: PerDay;
  /** TGV stopping (coupled units counted once); null except at Vendôme–Villiers-sur-Loir TGV */
  tgv: PerDay;
  /** TGV stop_times rows (each unit of a coupled train counts) */
  tgvStopEvents: PerDay;
}

const nulls = (): PerDay => ({ mardi: null, samedi: null, dimanche: null });

/**
 * TGV at Vendôme–Villiers-sur-Loir on the reference days, from the Voyages GTFS extract. Paris–Tours
 * and Paris–La Rochelle TGV run coupled between Paris and Saint-Pierre-des-Corps: the feed has one
 * trip per unit, with identical times, so a passenger's train is a distinct departure time.
 */
export function tgvAtVendome(feed: GtfsFeed): { trains: PerDay; stopEvents: PerDay } {
  const checks = new CheckList();
  const trains = nulls();
  const stopEvents = nulls();
  for (const day of Object.keys(TER_DAYS) as TerDay[]) {
    const stop = departuresOn(feed, TER_DAYS[day]).find((s) => s.stopId === TGV_STOP_ID);
    checks.check(stop !== undefined, `TGV extract: no stop_times at ${TGV_STOP_ID}`);
    trains[day] = stop?.departures ?? null;
    stopEvents[day] = stop?.stopEvents ?? null;
    checks.check(stopEvents[day] === TGV_STOP_EVENTS[day],
      `TGV at Vendôme–Villiers on ${TER_DAYS[day]}: ${stopEvents[day]} stop_times rows, SOURCES-mobility.md §3 gives ${TGV_STOP_EVENTS[day]}`);
  }
  checks.throwIfFailed('TGV at Vendôme–Villiers-sur-Loir');
  return { trains, stopEvents };
}

/**
 * One row per passenger station of gares-de-voyageurs (the stations of services.arrow), joined by
 * UIC to the line codes of liste-des-gares (VOYAGEURS = O). Checks the SOURCES counts: 34 stations
 * in Loir-et-Cher, each on at least one line, and every one of them but the TGV station served by a
 * TER train stop point of the GTFS (33).
 */
export function buildStations(
  gares: (ServicePoint & { side: 1 | -1 })[],
  listed: Map<string, Set<string>>,
  def: RailLines,
  trips: Record<TerDay, Map<string, number>>,
  tgv: { trains: PerDay; stopEvents: PerDay },
  terTrainUics: Set<string>,
): Station[] {
  const checks = new CheckList();
  const stations = gares.map((g) => {
    const uic = g.id.replace(/^GARE-/, '');
    const lineCodes = stationLineCodes(uic, listed, def);
    checks.check(lineCodes.length > 0, `station ${uic} ${g.nom}: no passenger row in liste-des-gares, so no line code`);
    const isTgv = uic === TGV_STATION_UIC;
    const trainsLigne = nulls();
    for (const day of Object.keys(TER_DAYS) as TerDay[]) trainsLigne[day] = trainsOnLines(lineCodes, def, trips[day]);
    return {
      id: g.id, uic, nom: g.nom, commune: g.code_commune, inDept: g.in_dept, lon: g.lon, lat: g.lat, side: g.side,
      lineCodes, routes: routesOnLines(lineCodes, def),
      trainsLigne, tgv: isTgv ? tgv.trains : nulls(), tgvStopEvents: isTgv ? tgv.stopEvents : nulls(),
    };
  });
  const inDept = stations.filter((s) => s.inDept);
  checks.check(inDept.length === 34, `${inDept.length} passenger stations in Loir-et-Cher, SOURCES-services.md §2 gives 34`);
  checks.check(stations.some((s) => s.uic === TGV_STATION_UIC), `Vendôme–Villiers-sur-Loir TGV (${TGV_STATION_UIC}) is not among the stations`);
  const terInDept = inDept.filter((s) => terTrainUics.has(s.uic));
  checks.check(terInDept.length === 33, `${terInDept.length} stations of Loir-et-Cher have a TER train stop point in the GTFS, SOURCES-mobility.md §3 gives 33`);
  for (const s of inDept) {
    if (s.uic !== TGV_STATION_UIC) checks.check(s.trainsLigne.mardi !== null, `station ${s.uic} ${s.nom} in Loir-et-Cher: none of its lines (${s.lineCodes.join(', ')}) is covered by the TER extract`);
  }
  checks.throwIfFailed('passenger stations');
  return stations.sort((a, b) => a.id.localeCompare(b.id));
}
