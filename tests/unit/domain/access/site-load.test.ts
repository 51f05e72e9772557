import { expect, it } from 'vitest';
import { siteLoad } from '../../../../src/domain/access/site-load.ts';

// Nearest sites of nearest.test.ts; weights 100, 50, 200, 10.
it.each([
  // all three sites: o0→s2, o1→s0, o2→s1, o3→s0 → s0 = 50 + 10, s1 = 200, s2 = 100
  { name: 'all sites', site: [2, 0, 1, 0], load: [60, 200, 100] },
  // without s0: o0→s2, others→s1 → s1 = 50 + 200 + 10 = 260
  { name: 'without s0', site: [2, 1, 1, 1], load: [0, 260, 100] },
  // only s2: o3 unreachable (−1) counts nowhere → s2 = 100 + 50 + 200
  { name: 'unreachable origin', site: [2, 2, 2, -1], load: [0, 0, 350] },
])('$name', ({ site, load }) => expect([...siteLoad(site, [100, 50, 200, 10], 3)]).toEqual(load));
