import type { AccessSite } from '../../domain/access';

/** Time classes ≤ 10, 10–20, 20–30, > 30 min: ColorBrewer YlOrRd (sequential, colour-blind safe). */
export const TIME_CLASS_COLORS: readonly string[] = ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'];

/** 2SFCA classes, low → high accessibility: ColorBrewer Greens. */
export const FCA_COLORS: readonly string[] = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'];

/** Catchments: one colour per site (Tableau 10 then ColorBrewer Set3), reused beyond 20 sites. */
export const CATCHMENT_COLORS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#8dd3c7', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#bc80bd', '#ccebc5', '#ffed6f',
];

export const NO_SITE_COLOR = '#c8c8c8';

/**
 * Stable catchment colour per active site: MDS keep their own colour (their rank among the MDS),
 * sites added to the scenario take the next colours in the order they were added.
 */
export function siteColors(active: readonly number[], sites: readonly AccessSite[], added: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  let mds = 0;
  const mdsRank = new Map<number, number>();
  sites.forEach((s, i) => {
    if (s.kind === 'mds') mdsRank.set(i, mds++);
  });
  for (const s of active) {
    const rank = mdsRank.get(s) ?? mds + Math.max(0, added.indexOf(sites[s]?.id ?? ''));
    out.set(s, CATCHMENT_COLORS[rank % CATCHMENT_COLORS.length] as string);
  }
  return out;
}
