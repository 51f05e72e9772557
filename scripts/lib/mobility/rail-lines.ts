/**
 * The project's mapping from SNCF Réseau infrastructure lines to TER train routes (data/rail-lines.json),
 * its validation against the TER GTFS extract and the station list, and the per-station train count
 * it yields. The TER stop_times are not available, so a station's count is the number of trains on
 * its line(s): an upper bound of the trains that stop there.
 */
import { CheckList } from '../errors.ts';

export interface RailLine {
  code: string;
  nom: string;
  /** false: trains run on this line that the TER extract lacks; its stations get null, never 0 */
  covered: boolean;
  /** route_short_name of the TER train routes running on the line inside the study area */
  routes: string[];
  why: string;
}

export interface RailLines {
  note: { fr: string; en: string };
  lines: RailLine[];
  /** lines a station lies on that the SNCF Réseau list omits (junctions and termini listed once) */
  stationLines: { uic: string; nom: string; lines: string[]; why: string }[];
}

export interface TerRoute {
  route_id: string;
  route_short_name: string;
  route_long_name: string;
  route_type: string;
}

/**
 * Every problem with the mapping, as messages (empty when it is sound):
 * - a line code no station of liste-des-gares carries, or a station line the mapping lacks;
 * - a route short name absent from the TER routes, or naming a coach (route_type ≠ 2);
 * - a TER train route mapped to no line; routes on a line marked `covered: false`;
 * - a `stationLines` entry for a station or line that does not exist.
 *
 * @param stationLineCodes line codes carried by each passenger station (UIC → codes), from liste-des-gares
 * @param knownCodes every line code of liste-des-gares (passenger or not)
 */
export function checkRailLines(
  def: RailLines,
  terRoutes: TerRoute[],
  stationLineCodes: Map<string, Set<string>>,
  knownCodes: Set<string>,
): string[] {
  const checks = new CheckList();
  const codes = new Set<string>();
  const routesByName = new Map<string, TerRoute[]>();
  for (const r of terRoutes) routesByName.set(r.route_short_name, [...(routesByName.get(r.route_short_name) ?? []), r]);
  for (const line of def.lines) {
    const where = `rail-lines.json line ${line.code}`;
    checks.check(!codes.has(line.code), `${where}: listed twice`);
    codes.add(line.code);
    checks.check(knownCodes.has(line.code), `${where}: unknown line code (no station of liste-des-gares carries it)`);
    checks.check(line.covered || line.routes.length === 0, `${where}: routes listed on a line marked covered: false`);
    for (const name of line.routes) {
      const rs = routesByName.get(name);
      if (!rs) checks.failures.push(`${where}: route short name ${name} is not in ter_routes_41.csv`);
      else {
        for (const r of rs) checks.check(r.route_type === '2', `${where}: ${name} "${r.route_long_name}" is route_type ${r.route_type} (coach), not a train`);
      }
    }
  }
  const mapped = new Set(def.lines.flatMap((l) => l.routes));
  for (const r of terRoutes) {
    if (r.route_type === '2') checks.check(mapped.has(r.route_short_name), `TER train route ${r.route_short_name} "${r.route_long_name}" is on no line of rail-lines.json`);
  }
  for (const [uic, lineCodes] of stationLineCodes) {
    for (const c of lineCodes) checks.check(codes.has(c), `station ${uic} lies on line ${c}, which rail-lines.json does not describe`);
  }
  for (const s of def.stationLines) {
    checks.check(stationLineCodes.has(s.uic), `rail-lines.json stationLines: ${s.uic} (${s.nom}) is not a passenger station of liste-des-gares`);
    for (const c of s.lines) checks.check(codes.has(c), `rail-lines.json stationLines: ${s.uic} (${s.nom}) names line ${c}, which is not described`);
  }
  return checks.failures;
}

/** Line codes of a station: those of liste-des-gares plus the mapping's `stationLines`, sorted, once each. */
export function stationLineCodes(uic: string, listed: Map<string, Set<string>>, def: RailLines): string[] {
  const extra = def.stationLines.filter((s) => s.uic === uic).flatMap((s) => s.lines);
  return [...new Set([...(listed.get(uic) ?? []), ...extra])].sort();
}

/** TER route short names running on a station's lines (covered lines only), sorted, once each. */
export function routesOnLines(lineCodes: string[], def: RailLines): string[] {
  const lines = def.lines.filter((l) => lineCodes.includes(l.code) && l.covered);
  return [...new Set(lines.flatMap((l) => l.routes))].sort();
}

/**
 * Trains on a station's lines on one day (both directions): the sum over the routes of
 * {@link routesOnLines}, each counted once even where two of the lines meet. A trip passes a station
 * at most once, so this is an upper bound of the trains stopping there (inside the département).
 *
 * @param tripsByShortName trips running that day per route short name (all route ids of that name)
 * @returns null when none of the station's lines is covered by the TER extract
 */
export function trainsOnLines(lineCodes: string[], def: RailLines, tripsByShortName: Map<string, number>): number | null {
  if (!def.lines.some((l) => lineCodes.includes(l.code) && l.covered)) return null;
  return routesOnLines(lineCodes, def).reduce((s, name) => s + (tripsByShortName.get(name) ?? 0), 0);
}
