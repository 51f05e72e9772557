/**
 * Which OSM ways a car may use, in which direction, and at what speed. A deliberately plain profile
 * (no turn costs, no traffic, no node barriers): the speeds are typical free-flow averages for France,
 * in the spirit of OSRM's car profile but rounder, and can be checked against the calibrated crow-fly
 * model (SOURCES-mobility.md §2).
 *
 * Tag semantics: https://wiki.openstreetmap.org/wiki/Key:highway, Key:access, Key:oneway, Key:maxspeed.
 */

/**
 * Typical car speed by `highway` class, km/h. Link roads (ramps, slip roads) are slower than their
 * road. `maxspeed` lowers a speed, never raises it (see `carProfile`).
 */
export const CLASS_SPEED_KMH: Readonly<Record<string, number>> = {
  motorway: 110,
  motorway_link: 60,
  trunk: 90,
  trunk_link: 50,
  primary: 70,
  primary_link: 45,
  secondary: 60,
  secondary_link: 40,
  tertiary: 50,
  tertiary_link: 35,
  unclassified: 45,
  residential: 30,
  living_street: 10,
  service: 20,
};

/**
 * Classes closed to cars unless a `motorcar` / `motor_vehicle` tag explicitly allows them, with the
 * speed used then, km/h. Everything else (footway, path, steps, cycleway, bridleway, construction,
 * proposed, corridor, elevator, platform…) is never routed.
 */
export const OPT_IN_CLASS_SPEED_KMH: Readonly<Record<string, number>> = {
  track: 15,
  pedestrian: 10,
};

/** Access values that close a way to cars. Others (yes, permissive, designated, destination, customers…) open it. */
export const DENIED_ACCESS = new Set(['no', 'private', 'agricultural', 'forestry', 'delivery', 'emergency', 'psv', 'bus', 'military', 'permit']);

/** Access values that open an opt-in class (track, pedestrian) to cars. */
const EXPLICIT_ALLOW = new Set(['yes', 'permissive', 'designated', 'destination', 'customers']);

/** Implicit limits (`maxspeed=FR:urban` …), km/h. FR rural is 80 since 2018 (some départements went back to 90). */
const IMPLICIT_MAXSPEED_KMH: Readonly<Record<string, number>> = {
  'FR:urban': 50,
  'FR:rural': 80,
  'FR:motorway': 130,
  'FR:living_street': 20,
  walk: 6,
};

/**
 * The tags `carProfile` reads, plus `name` and `ref` for logs: pass as `tagKeys` to a reader to drop
 * the rest. Keep in sync with `carProfile`.
 */
export const ROUTING_TAG_KEYS: readonly string[] = [
  'highway',
  'area',
  'service',
  'access',
  'vehicle',
  'motor_vehicle',
  'motorcar',
  'oneway',
  'junction',
  'maxspeed',
  'maxspeed:forward',
  'maxspeed:backward',
  'name',
  'ref',
];

/** Speeds of one way, km/h, in its drawing direction and against it; 0 = not allowed that way. */
export interface CarProfile {
  forwardKmh: number;
  backwardKmh: number;
}

/**
 * A `maxspeed` value in km/h, or null when absent or not a limit (`none`, `signals`, `variable`…).
 * Understands `50`, `50 km/h`, `30 mph`, `FR:urban`/`FR:rural`/`FR:motorway`, `FR:zone30`, `walk`, and
 * lists such as `50;30` (the lowest value).
 */
export function parseMaxspeedKmh(value: string | undefined): number | null {
  if (value === undefined) return null;
  let best: number | null = null;
  for (const part of value.split(';')) {
    const v = part.trim();
    let kmh: number | null = null;
    const m = /^(\d+(?:\.\d+)?)\s*(km\/h|kmh|kph|mph)?$/i.exec(v);
    if (m) kmh = Number(m[1]) * (m[2]?.toLowerCase() === 'mph' ? 1.609344 : 1);
    else if (IMPLICIT_MAXSPEED_KMH[v] !== undefined) kmh = IMPLICIT_MAXSPEED_KMH[v] as number;
    else {
      const z = /^[A-Z]{2}:zone:?(\d+)$/i.exec(v);
      if (z) kmh = Number(z[1]);
    }
    if (kmh !== null && kmh > 0 && (best === null || kmh < best)) best = kmh;
  }
  return best;
}

/** The most specific of the given access tags that is present (motorcar > motor_vehicle > vehicle > access). */
function accessValue(tags: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  for (const k of keys) if (tags[k] !== undefined) return tags[k];
  return undefined;
}

/**
 * Car profile of a way from its tags, or null if cars cannot use it at all.
 *
 * - Class: `highway` must be in `CLASS_SPEED_KMH`, or in `OPT_IN_CLASS_SPEED_KMH` with `motorcar` or
 *   `motor_vehicle` set to an allowing value. `area=yes` (a square, not a line) is refused.
 * - Access: the most specific of `motorcar`, `motor_vehicle`, `vehicle`, `access` decides; a value in
 *   `DENIED_ACCESS` closes the way. `service=emergency_access` is closed too.
 * - Direction: `oneway=yes|true|1` forward only, `-1|reverse` backward only, `reversible` closed.
 *   `junction=roundabout|circular` and `highway=motorway` are one-way unless `oneway=no`.
 * - Speed: `min(class speed, maxspeed)` — the class speed is a realistic average, the legal limit a
 *   ceiling (a rural primary limited to 80 is driven at 70, an urban one limited to 30 at 30).
 *   `maxspeed:forward` / `maxspeed:backward` apply per direction.
 */
export function carProfile(tags: Readonly<Record<string, string>>): CarProfile | null {
  const hw = tags.highway;
  if (hw === undefined || tags.area === 'yes') return null;
  let speed = CLASS_SPEED_KMH[hw];
  if (speed === undefined) {
    const optIn = OPT_IN_CLASS_SPEED_KMH[hw];
    const motor = accessValue(tags, ['motorcar', 'motor_vehicle']);
    if (optIn === undefined || motor === undefined || !EXPLICIT_ALLOW.has(motor)) return null;
    speed = optIn;
  }
  const access = accessValue(tags, ['motorcar', 'motor_vehicle', 'vehicle', 'access']);
  if (access !== undefined && DENIED_ACCESS.has(access)) return null;
  if (tags.service === 'emergency_access') return null;

  const oneway = tags.oneway;
  let forward = true;
  let backward = true;
  if (oneway === 'yes' || oneway === 'true' || oneway === '1') backward = false;
  else if (oneway === '-1' || oneway === 'reverse') forward = false;
  else if (oneway === 'reversible') return null;
  else if (oneway !== 'no' && oneway !== 'false' && oneway !== '0') {
    const j = tags.junction;
    if (j === 'roundabout' || j === 'circular' || hw === 'motorway') backward = false;
  }

  const limit = parseMaxspeedKmh(tags.maxspeed);
  const fwdLimit = parseMaxspeedKmh(tags['maxspeed:forward']) ?? limit;
  const bwdLimit = parseMaxspeedKmh(tags['maxspeed:backward']) ?? limit;
  return {
    forwardKmh: forward ? Math.min(speed, fwdLimit ?? Infinity) : 0,
    backwardKmh: backward ? Math.min(speed, bwdLimit ?? Infinity) : 0,
  };
}
