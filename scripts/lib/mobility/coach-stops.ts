/**
 * SNCF stops of the TER GTFS extract (ter_stops_41_buffer20km.csv). Train stop points
 * (`OCETrain TER`) tell which stations TER trains call at; coach stop points (`OCECar TER`: TER
 * coaches, `OCECar`: other SNCF-listed coaches) are a separate category, never counted as rail.
 * Without the TER stop_times, a coach stop's lines and departures are unknown.
 */
import { CheckList } from '../errors.ts';

export interface CoachStop {
  id: string;
  uic: string;
  name: string;
  lon: number;
  lat: number;
  inDept: boolean;
  /** kinds of coach stop points at this place: `OCECar TER`, `OCECar` */
  kinds: string[];
}

const kindOf = (stopId: string) => stopId.replace(/^StopPoint:/, '').replace(/-\d{8}$/, '');

/**
 * Coach places (one per UIC, whatever the number of coach stop points there) and the UICs with a
 * TER train stop point. Checks the counts of SOURCES-mobility.md §3: in Loir-et-Cher, 33 `OCETrain
 * TER`, 17 `OCECar TER` and 42 `OCECar` stop points.
 */
export function parseSncfStops(rows: Record<string, string>[]): { coach: CoachStop[]; trainUics: Set<string> } {
  const points = rows.filter((r) => r.stop_id.startsWith('StopPoint:'));
  const checks = new CheckList();
  const inDept = (r: Record<string, string>) => Number(r.dist_dep41_km) === 0;
  const expected: Record<string, number> = { 'OCETrain TER': 33, 'OCECar TER': 17, OCECar: 42 };
  for (const [kind, n] of Object.entries(expected)) {
    const got = points.filter((r) => kindOf(r.stop_id) === kind && inDept(r)).length;
    checks.check(got === n, `ter_stops_41_buffer20km.csv: ${got} "${kind}" stop points in Loir-et-Cher, SOURCES-mobility.md §3 gives ${n}`);
  }
  const unknown = points.filter((r) => !(kindOf(r.stop_id) in expected));
  checks.check(unknown.length === 0, `ter_stops_41_buffer20km.csv: unknown stop point kinds ${[...new Set(unknown.map((r) => kindOf(r.stop_id)))].join(', ')}`);
  checks.throwIfFailed('SNCF stops');
  const coach = new Map<string, CoachStop>();
  for (const r of points) {
    const kind = kindOf(r.stop_id);
    if (!kind.startsWith('OCECar')) continue;
    const uic = r.stop_id.slice(-8);
    const c = coach.get(uic) ?? { id: `CAR-SNCF-${uic}`, uic, name: r.stop_name, lon: Number(r.stop_lon), lat: Number(r.stop_lat), inDept: inDept(r), kinds: [] };
    if (!c.kinds.includes(kind)) c.kinds.push(kind);
    coach.set(uic, c);
  }
  const trainUics = new Set(points.filter((r) => kindOf(r.stop_id) === 'OCETrain TER').map((r) => r.stop_id.slice(-8)));
  return { coach: [...coach.values()].map((c) => ({ ...c, kinds: c.kinds.sort() })).sort((a, b) => a.id.localeCompare(b.id)), trainUics };
}
