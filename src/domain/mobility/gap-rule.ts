import type { CommuneMobility } from './types';

/** Services whose estimated car time can put a commune "far from services". */
export const GAP_SERVICES = ['mds', 'franceServices', 'poste'] as const;
export type GapService = (typeof GAP_SERVICES)[number];

/**
 * Which communes count as a mobility gap.
 *
 * A commune is in gap when BOTH active parts hold:
 * - services part (active when at least one service has a threshold): the estimated car time to
 *   the nearest service is strictly above its threshold, for at least one (`any`) or for every
 *   (`all`) service with a threshold;
 * - rail part (active when `noStationWithinKm` is not null): the nearest passenger station is
 *   strictly farther than that many km crow-fly from the town centre.
 * With no active part, no commune is in gap.
 */
export interface GapRule {
  /** Threshold in minutes per service that counts; a service absent here does not count. */
  services: Partial<Record<GapService, number>>;
  match: 'any' | 'all';
  /** `plan`: the 12 MDS of the département's plan; `open`: the MDS open today. */
  mdsScope: 'plan' | 'open';
  /** No passenger station within this many km crow-fly; null: rail is not a criterion. */
  noStationWithinKm: number | null;
}

/** Default rule: MDS > 20 min or France services > 15 min, and no station within 10 km. */
export const DEFAULT_GAP_RULE: GapRule = {
  services: { mds: 20, franceServices: 15 },
  match: 'any',
  mdsScope: 'plan',
  noStationWithinKm: 10,
};

export interface GapVerdict {
  /** true: in gap; false: not; null: a value the rule needs is missing and decides the outcome. */
  inGap: boolean | null;
  /** Services whose time is above their threshold, in GAP_SERVICES order. */
  far: GapService[];
  /** The nearest station is beyond the rail threshold (false when the rail part is off). */
  noStation: boolean;
}

type Tri = boolean | null;

/** Kleene AND: false wins, then unknown. */
const and = (xs: readonly Tri[]): Tri => (xs.includes(false) ? false : xs.includes(null) ? null : true);
/** Kleene OR: true wins, then unknown. */
const or = (xs: readonly Tri[]): Tri => (xs.includes(true) ? true : xs.includes(null) ? null : false);

const above = (value: number | null, threshold: number): Tri =>
  value === null || !Number.isFinite(value) ? null : value > threshold;

/** Minutes to the nearest service of a kind, honouring the rule's MDS scope. */
export function serviceMinutes(c: Pick<CommuneMobility, 'minutes'>, service: GapService, mdsScope: GapRule['mdsScope']): number | null {
  if (service === 'mds') return mdsScope === 'open' ? c.minutes.mdsOpen : c.minutes.mds;
  return c.minutes[service];
}

/**
 * Applies a gap rule to one commune (three-valued: a missing time or distance gives null unless
 * the other values already decide, e.g. a known `false` part).
 */
export function gapVerdict(c: Pick<CommuneMobility, 'minutes' | 'nearestStationKm'>, rule: GapRule): GapVerdict {
  const parts: Tri[] = [];
  const far: GapService[] = [];
  const checks: Tri[] = [];
  for (const s of GAP_SERVICES) {
    const threshold = rule.services[s];
    if (threshold === undefined) continue;
    const v = above(serviceMinutes(c, s, rule.mdsScope), threshold);
    if (v === true) far.push(s);
    checks.push(v);
  }
  if (checks.length > 0) parts.push(rule.match === 'any' ? or(checks) : and(checks));
  let noStation = false;
  if (rule.noStationWithinKm !== null) {
    const v = above(c.nearestStationKm, rule.noStationWithinKm);
    noStation = v === true;
    parts.push(v);
  }
  return { inGap: parts.length === 0 ? false : and(parts), far, noStation };
}

/** True when the rule has at least one active part (otherwise nothing can be in gap). */
export function ruleIsActive(rule: GapRule): boolean {
  return GAP_SERVICES.some((s) => rule.services[s] !== undefined) || rule.noStationWithinKm !== null;
}
