/**
 * Urban buses of Blois (Azalys) and Vendôme (MOVE) from bus-azalys-move/ (see its SOURCES.md):
 * lines with their implied median headway, stops with the lines serving them, and each stop's
 * combined headway.
 */
import { CheckList } from '../errors.ts';
import { normaliseCommuneCode } from '../insee.ts';

/** A stop is "frequent" when its combined headway is at most this many minutes. */
export const FREQUENT_MAX_MIN = 30;

export interface BusLine {
  network: string;
  routeKey: string;
  shortName: string;
  /** 2 × the source's wait_minutes; null when the source's 30-min bound was hit (headway ≥ 60 min, or sparse service) */
  headwayMin: number | null;
}

export interface BusStop {
  id: string;
  network: string;
  name: string;
  lon: number;
  lat: number;
  /** COG 2025 commune derived by the source's point-in-polygon */
  commune: string;
  routeKeys: string[];
  lines: string[];
}

export function parseBusLines(rows: Record<string, string>[]): BusLine[] {
  const checks = new CheckList();
  const lines = rows.map((r) => {
    const implied = r.implied_median_headway_min.trim();
    const wait = Number(r.wait_minutes);
    const headwayMin = implied === '' ? null : Number(implied);
    // the file's own rule (SOURCES.md §1): implied = 2 × wait, filled only below the 30-min bound
    checks.check(headwayMin === null ? wait === 30 : headwayMin === 2 * wait && wait < 30,
      `bus line ${r.route_key}: implied_median_headway_min "${implied}" does not match wait_minutes ${r.wait_minutes}`);
    return { network: r.network, routeKey: r.route_key, shortName: r.line_short_name, headwayMin };
  });
  checks.throwIfFailed('bus lines');
  return lines;
}

export function parseBusStops(rows: Record<string, string>[]): BusStop[] {
  return rows.map((r) => ({
    id: r.stop_id,
    network: r.network,
    name: r.stop_name,
    lon: Number(r.lon),
    lat: Number(r.lat),
    commune: normaliseCommuneCode(r.commune_code_cog2025_derived),
    routeKeys: r.route_keys.split(';').filter(Boolean),
    lines: r.lines.split(';').filter(Boolean),
  }));
}

/**
 * Combined headway of a stop served by several lines, in minutes: 1 / Σ(1 / hᵢ) over the lines
 * whose headway is known, i.e. the headway of the merged departures if the lines were evenly
 * interleaved (two lines every 20 min → every 10 min). Lines of unknown headway (≥ 60 min or
 * sparse) are left out, which never makes a stop look more frequent than it is; directions are
 * not told apart (each stop point of these networks serves one direction).
 *
 * @returns null when no line has a known headway
 */
export function combinedHeadwayMin(headways: (number | null)[]): number | null {
  const known = headways.filter((h): h is number => h !== null && h > 0);
  if (known.length === 0) return null;
  return 1 / known.reduce((s, h) => s + 1 / h, 0);
}

/**
 * Checks the stop and line tables against the counts of bus-azalys-move/SOURCES.md (667 stops:
 * MOVE 99, Azalys 568; 32 lines: MOVE 3, Azalys 29), that every stop's lines exist, that the stop
 * ids are unique, and that every stop lies in Loir-et-Cher, in a current commune.
 */
export function checkBus(
  stops: BusStop[],
  lines: BusLine[],
  communeCodes: Set<string>,
  inDept: (p: { lon: number; lat: number }) => boolean,
): void {
  const checks = new CheckList();
  const count = <T extends { network: string }>(xs: T[], network: string) => xs.filter((x) => x.network === network).length;
  checks.check(stops.length === 667 && count(stops, 'MOVE') === 99 && count(stops, 'Azalys') === 568,
    `${stops.length} bus stops (MOVE ${count(stops, 'MOVE')}, Azalys ${count(stops, 'Azalys')}), SOURCES.md gives 667 (MOVE 99, Azalys 568)`);
  checks.check(lines.length === 32 && count(lines, 'MOVE') === 3 && count(lines, 'Azalys') === 29,
    `${lines.length} bus lines (MOVE ${count(lines, 'MOVE')}, Azalys ${count(lines, 'Azalys')}), SOURCES.md gives 32 (MOVE 3, Azalys 29)`);
  const keys = new Set(lines.map((l) => l.routeKey));
  const ids = new Set<string>();
  for (const s of stops) {
    checks.check(!ids.has(s.id), `bus stop ${s.id} listed twice`);
    ids.add(s.id);
    checks.check(s.routeKeys.length > 0, `bus stop ${s.id} ${s.name}: no line`);
    for (const k of s.routeKeys) checks.check(keys.has(k), `bus stop ${s.id} ${s.name}: line ${k} is not in bus_lines_blois_vendome.csv`);
    checks.check(Number.isFinite(s.lon) && Number.isFinite(s.lat) && inDept(s), `bus stop ${s.id} ${s.name} (${s.lon}, ${s.lat}) lies outside Loir-et-Cher`);
    checks.check(communeCodes.has(s.commune), `bus stop ${s.id} ${s.name}: commune ${s.commune} is not a current commune`);
  }
  checks.throwIfFailed('urban bus stops');
}
