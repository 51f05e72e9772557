import { expect, it } from 'vitest';
import { activeSites } from '../../../../src/domain/access/active-sites.ts';
import type { AccessSite, Scenario } from '../../../../src/domain/access/scenario.ts';

const sites: AccessSite[] = [
  { id: 'mds-blois', kind: 'mds', status: 'ouverte' }, // 0
  { id: 'mds-vendome', kind: 'mds', status: 'ouverte' }, // 1
  { id: 'mds-neuvy', kind: 'mds', status: 'prevue' }, // 2
  { id: 'c-41001', kind: 'candidate', status: null }, // 3
  { id: 'c-41002', kind: 'candidate', status: null }, // 4
];
const base: Scenario = { name: 'x', added: [], removed: [], includePlanned: false, thresholdMin: 30 };

it.each([
  { name: 'open MDS only', s: base, active: [0, 1] },
  { name: 'with planned MDS', s: { ...base, includePlanned: true }, active: [0, 1, 2] },
  { name: 'remove Blois, add a candidate', s: { ...base, removed: ['mds-blois'], added: ['c-41002'] }, active: [1, 4] },
  { name: 'sorted whatever the order of added', s: { ...base, added: ['c-41002', 'mds-neuvy', 'c-41001'] }, active: [0, 1, 2, 3, 4] },
  { name: 'every MDS removed', s: { ...base, removed: ['mds-blois', 'mds-vendome'] }, active: [] },
])('$name → $active', ({ s, active }) => expect(activeSites(s, sites)).toEqual(active));

it('throws on an id it does not know', () => expect(() => activeSites({ ...base, added: ['nope'] }, sites)).toThrow(/nope/));
