/**
 * A small GTFS reader for the stop table: which stops a feed serves, and how many departures each
 * has on a given day. Reads `stops.txt`, `stop_times.txt`, `trips.txt`, `calendar.txt` and/or
 * `calendar_dates.txt`, and `routes.txt` when present (line names and modes).
 * https://gtfs.org/documentation/schedule/reference/
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCsv } from '../csv.ts';
import { CheckList, PipelineError } from '../errors.ts';

type Row = Record<string, string>;

export interface GtfsFeed {
  name: string;
  stops: Row[];
  stopTimes: Row[];
  trips: Row[];
  calendar: Row[];
  calendarDates: Row[];
  routes: Row[];
}

export type GtfsTexts = { stops: string; stop_times: string; trips: string; calendar?: string; calendar_dates?: string; routes?: string };

const REQUIRED: Record<string, string[]> = {
  stops: ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  stop_times: ['trip_id', 'stop_id', 'departure_time'],
  trips: ['trip_id', 'route_id', 'service_id'],
  calendar: ['service_id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'start_date', 'end_date'],
  calendar_dates: ['service_id', 'date', 'exception_type'],
  routes: ['route_id'],
};

/** Parses the texts of one feed; fails loudly (all problems at once) on missing columns or dangling ids. */
export function parseGtfs(name: string, texts: GtfsTexts): GtfsFeed {
  const checks = new CheckList();
  const table = (file: keyof GtfsTexts): Row[] => {
    const text = texts[file];
    if (text === undefined) return [];
    let rows: Row[];
    try {
      rows = parseCsv(text, { separator: ',', source: `${name}/${file}.txt` });
    } catch (e) {
      throw new PipelineError(`GTFS ${name}: ${(e as Error).message}`);
    }
    const have = new Set(Object.keys(rows[0] ?? {}));
    if (rows.length > 0) for (const col of REQUIRED[file]) checks.check(have.has(col), `GTFS ${name}: ${file}.txt has no column ${col}`);
    return rows;
  };
  if (texts.calendar === undefined && texts.calendar_dates === undefined) {
    throw new PipelineError(`GTFS ${name}: neither calendar.txt nor calendar_dates.txt: cannot tell which trips run on a day`);
  }
  const feed: GtfsFeed = {
    name,
    stops: table('stops'),
    stopTimes: table('stop_times'),
    trips: table('trips'),
    calendar: table('calendar'),
    calendarDates: table('calendar_dates'),
    routes: table('routes'),
  };
  checks.throwIfFailed(`GTFS ${name}`);
  const stopIds = new Set(feed.stops.map((s) => s.stop_id));
  const tripIds = new Set(feed.trips.map((t) => t.trip_id));
  const services = new Set([...feed.calendar, ...feed.calendarDates].map((c) => c.service_id));
  const routeIds = new Set(feed.routes.map((r) => r.route_id));
  const dangling = (what: string, ids: string[]) => {
    if (ids.length > 0) checks.failures.push(`GTFS ${name}: ${ids.length} ${what}, e.g. ${[...new Set(ids)].slice(0, 3).join(', ')}`);
  };
  dangling('stop_times rows name a trip_id missing from trips.txt', feed.stopTimes.filter((s) => !tripIds.has(s.trip_id)).map((s) => s.trip_id));
  dangling('stop_times rows name a stop_id missing from stops.txt', feed.stopTimes.filter((s) => !stopIds.has(s.stop_id)).map((s) => s.stop_id));
  dangling('trips have a service_id found in neither calendar file', feed.trips.filter((t) => !services.has(t.service_id)).map((t) => t.trip_id));
  if (feed.routes.length > 0) dangling('trips have a route_id missing from routes.txt', feed.trips.filter((t) => !routeIds.has(t.route_id)).map((t) => t.trip_id));
  checks.check(feed.stopTimes.length > 0, `GTFS ${name}: stop_times.txt is empty`);
  checks.throwIfFailed(`GTFS ${name}`);
  return feed;
}

/** Reads a GTFS folder (unzipped); the network is named after the folder. */
export function readGtfsDir(dir: string): GtfsFeed {
  const read = (f: string) => (existsSync(join(dir, `${f}.txt`)) ? readFileSync(join(dir, `${f}.txt`), 'utf8') : undefined);
  const missing = ['stops', 'stop_times', 'trips'].filter((f) => read(f) === undefined);
  if (missing.length > 0) {
    throw new PipelineError(`GTFS folder ${dir} (from OBS41_GTFS_DIRS): missing ${missing.map((f) => `${f}.txt`).join(', ')}. Give unzipped GTFS folders, separated by ':'.`);
  }
  return parseGtfs(basename(dir), {
    stops: read('stops')!, stop_times: read('stop_times')!, trips: read('trips')!,
    calendar: read('calendar'), calendar_dates: read('calendar_dates'), routes: read('routes'),
  });
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** 'YYYYMMDD' → day of week, 0 = Sunday. */
export function weekday(date: string): number {
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8))).getUTCDay();
}

/** 'YYYYMMDD' shifted by `days`. */
export function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8) + days));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Service ids running on `date` ('YYYYMMDD'): calendar.txt by weekday and range, then calendar_dates.txt additions (1) and removals (2). */
export function activeServices(feed: Pick<GtfsFeed, 'calendar' | 'calendarDates'>, date: string): Set<string> {
  const day = WEEKDAYS[weekday(date)];
  const on = new Set<string>();
  for (const c of feed.calendar) if (c[day] === '1' && c.start_date <= date && date <= c.end_date) on.add(c.service_id);
  for (const c of feed.calendarDates) {
    if (c.date !== date) continue;
    if (c.exception_type === '1') on.add(c.service_id);
    else if (c.exception_type === '2') on.delete(c.service_id);
  }
  return on;
}

/** First and last day any service can run ('YYYYMMDD'). */
export function serviceDateRange(feed: GtfsFeed): [string, string] {
  const dates = [...feed.calendar.flatMap((c) => [c.start_date, c.end_date]), ...feed.calendarDates.map((c) => c.date)].sort();
  return [dates[0], dates[dates.length - 1]];
}

/**
 * The reference day of a feed: the Tuesday of its service range with the most running trips
 * (the earliest on a tie), so that a school holiday or a bank holiday is not picked.
 */
export function typicalTuesday(feed: GtfsFeed): string {
  const [first, last] = serviceDateRange(feed);
  let d = addDays(first, (2 - weekday(first) + 7) % 7);
  let best = '';
  let bestTrips = -1;
  for (; d <= last; d = addDays(d, 7)) {
    const on = activeServices(feed, d);
    const n = feed.trips.reduce((s, t) => s + (on.has(t.service_id) ? 1 : 0), 0);
    if (n > bestTrips) [best, bestTrips] = [d, n];
  }
  if (best === '') throw new PipelineError(`GTFS ${feed.name}: no Tuesday between ${first} and ${last}`);
  return best;
}

export interface StopDepartures {
  stopId: string;
  name: string;
  lon: number;
  lat: number;
  /** route_short_name (else route_long_name, else route_id) of every route calling here on any day, sorted */
  lines: string[];
  /** GTFS route_type of those routes (2 = rail, 3 = bus/coach); empty without routes.txt */
  routeTypes: number[];
  /** stop_times rows on `date` where boarding is allowed (pickup_type ≠ 1) */
  stopEvents: number;
  /** distinct departure times among those rows: coupled units (two trip ids, one train) count once */
  departures: number;
}

/**
 * Departures per stop on `date`, for every stop that appears in stop_times (stations, location_type 1,
 * are never called at directly). A stop served by the feed but idle that day gets 0.
 * A row without a departure_time (not a timepoint) counts as its own departure.
 */
export function departuresOn(feed: GtfsFeed, date: string): StopDepartures[] {
  const on = activeServices(feed, date);
  const tripById = new Map(feed.trips.map((t) => [t.trip_id, t]));
  const routeById = new Map(feed.routes.map((r) => [r.route_id, r]));
  const acc = new Map<string, { lines: Set<string>; types: Set<number>; events: number; times: Set<string> }>();
  for (const st of feed.stopTimes) {
    const trip = tripById.get(st.trip_id)!;
    const route = routeById.get(trip.route_id);
    const a = acc.get(st.stop_id) ?? { lines: new Set(), types: new Set(), events: 0, times: new Set() };
    acc.set(st.stop_id, a);
    a.lines.add(route?.route_short_name || route?.route_long_name || trip.route_id);
    if (route?.route_type !== undefined && route.route_type !== '') a.types.add(Number(route.route_type));
    if (!on.has(trip.service_id) || st.pickup_type === '1') continue;
    a.events++;
    a.times.add(st.departure_time !== '' ? st.departure_time : `trip:${st.trip_id}`);
  }
  const stopById = new Map(feed.stops.map((s) => [s.stop_id, s]));
  return [...acc.entries()]
    .map(([stopId, a]) => {
      const s = stopById.get(stopId)!;
      return {
        stopId, name: s.stop_name, lon: Number(s.stop_lon), lat: Number(s.stop_lat),
        lines: [...a.lines].sort(), routeTypes: [...a.types].sort((x, y) => x - y),
        stopEvents: a.events, departures: a.times.size,
      };
    })
    .sort((x, y) => x.stopId.localeCompare(y.stopId));
}
