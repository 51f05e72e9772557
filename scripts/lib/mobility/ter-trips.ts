/**
 * TER trips per route and day, from the GTFS trips and calendar_dates of the extract
 * (sncf-gtfs-2024-12/), cross-checked against the research's own count (DERIVED_ter_routes_41_trips_per_day.csv).
 */
import { CheckList } from '../errors.ts';
import { activeServices } from './gtfs.ts';
import type { TerRoute } from './rail-lines.ts';

/** The reference days of the DERIVED file: a winter-timetable Tuesday, Saturday and Sunday. */
export const TER_DAYS = { mardi: '20250114', samedi: '20250118', dimanche: '20250119' } as const;
export type TerDay = keyof typeof TER_DAYS;
const DERIVED_COL: Record<TerDay, string> = { mardi: 'trips_tue_20250114', samedi: 'trips_sat_20250118', dimanche: 'trips_sun_20250119' };

/** Trips (both directions) running on `date`, per route_id. */
export function tripsByRoute(trips: Record<string, string>[], calendarDates: Record<string, string>[], date: string): Map<string, number> {
  const on = activeServices({ calendar: [], calendarDates }, date);
  const out = new Map<string, number>();
  for (const t of trips) if (on.has(t.service_id)) out.set(t.route_id, (out.get(t.route_id) ?? 0) + 1);
  return out;
}

/**
 * Trips per route short name (several route ids can share one, e.g. the two K1) for each reference
 * day; throws when a count differs from the DERIVED file or a trip names an unknown route.
 */
export function terTripsByShortName(
  routes: TerRoute[],
  trips: Record<string, string>[],
  calendarDates: Record<string, string>[],
  derived: Record<string, string>[],
): Record<TerDay, Map<string, number>> {
  const checks = new CheckList();
  const routeIds = new Set(routes.map((r) => r.route_id));
  const orphans = trips.filter((t) => !routeIds.has(t.route_id)).length;
  checks.check(orphans === 0, `${orphans} TER trips name a route missing from ter_routes_41.csv`);
  checks.check(routes.length === 28, `${routes.length} TER routes in ter_routes_41.csv, SOURCES-mobility.md §3 gives 28`);
  const derivedById = new Map(derived.map((d) => [d.route_id, d]));
  const out = {} as Record<TerDay, Map<string, number>>;
  for (const day of Object.keys(TER_DAYS) as TerDay[]) {
    const byRoute = tripsByRoute(trips, calendarDates, TER_DAYS[day]);
    const byName = new Map<string, number>();
    for (const r of routes) {
      const n = byRoute.get(r.route_id) ?? 0;
      byName.set(r.route_short_name, (byName.get(r.route_short_name) ?? 0) + n);
      const d = derivedById.get(r.route_id);
      checks.check(d !== undefined && Number(d[DERIVED_COL[day]]) === n,
        `TER ${r.route_short_name} "${r.route_long_name}": ${n} trips on ${TER_DAYS[day]} from trips + calendar_dates, DERIVED_ter_routes_41_trips_per_day.csv gives ${d?.[DERIVED_COL[day]] ?? 'nothing'}`);
    }
    out[day] = byName;
  }
  checks.throwIfFailed('TER trips per day');
  return out;
}
