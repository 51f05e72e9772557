import { describe, expect, it } from 'vitest';
import { gapRows, sortGapRows } from '../../../../src/domain/mobility/gap-ranking';
import { DEFAULT_GAP_RULE } from '../../../../src/domain/mobility/gap-rule';
import { commune, mins } from './fixtures';

// Five communes under the default rule ((MDS > 20 or FS > 15) and station > 10 km):
//   code   nom            pop   MDS  FS   km   in gap?
//   41001  Azé            500   25   10   12   yes (MDS)
//   41002  Écoman         1200  10   18   15   yes (FS)
//   41003  Blois          45000 5    5    1    no
//   41004  Ouzouer        1200  30   20   11   yes (both)  — same pop as Écoman: code breaks the tie
//   41005  Chambord       100   25   10   8    no (station 8 km)
const communes = [
  commune({ code: '41001', nom: 'Azé', population: 500, pop75: 100, families: 100, singleParent: 10, active1564: 200, unemployed1564: 30, minutes: mins(25, 10), nearestStationKm: 12 }),
  commune({ code: '41002', nom: 'Écoman', population: 1200, pop75: 120, families: 200, singleParent: 50, active1564: 500, unemployed1564: 25, minutes: mins(10, 18), nearestStationKm: 15 }),
  commune({ code: '41003', nom: 'Blois', population: 45000, minutes: mins(5, 5), nearestStationKm: 1 }),
  commune({ code: '41004', nom: 'Ouzouer', population: 1200, pop75: 300, families: 0, singleParent: 0, active1564: 400, unemployed1564: null, minutes: mins(30, 20), nearestStationKm: 11 }),
  commune({ code: '41005', nom: 'Chambord', population: 100, minutes: mins(25, 10), nearestStationKm: 8 }),
];

describe('gapRows', () => {
  const rows = gapRows(communes, DEFAULT_GAP_RULE);
  it('keeps the communes in gap, in input order', () => expect(rows.map((r) => r.code)).toEqual(['41001', '41002', '41004']));
  it('computes the fragile shares (hand-worked)', () => {
    // Azé: 100/500 = 20 %, 10/100 = 10 %, 30/200 = 15 %
    expect(rows[0]).toMatchObject({ age75Pct: 20, singleParentPct: 10, unemploymentPct: 15, far: ['mds'], mdsMin: 25, stationKm: 12 });
    // Écoman: 120/1200 = 10 %, 50/200 = 25 %, 25/500 = 5 %
    expect(rows[1]).toMatchObject({ age75Pct: 10, singleParentPct: 25, unemploymentPct: 5, far: ['franceServices'] });
    // Ouzouer: 300/1200 = 25 %; 0 families → null (not 0); unemployed missing → null
    expect(rows[2]).toMatchObject({ age75Pct: 25, singleParentPct: null, unemploymentPct: null, far: ['mds', 'franceServices'] });
  });
});

describe('sortGapRows', () => {
  const rows = gapRows(communes, DEFAULT_GAP_RULE);
  const codes = (sorted: { code: string }[]) => sorted.map((r) => r.code);
  it.each([
    // population desc; Écoman and Ouzouer tie at 1200: the smaller code first
    { name: 'default: most people first', sort: undefined, expected: ['41002', '41004', '41001'] },
    { name: 'population ascending (tie still by code)', sort: { key: 'population', dir: 'asc' } as const, expected: ['41001', '41002', '41004'] },
    // French collation ignores the accent: Azé < Écoman < Ouzouer
    { name: 'name A→Z', sort: { key: 'nom', dir: 'asc' } as const, expected: ['41001', '41002', '41004'] },
    { name: 'name Z→A', sort: { key: 'nom', dir: 'desc' } as const, expected: ['41004', '41002', '41001'] },
    { name: 'age 75+ desc', sort: { key: 'age75Pct', dir: 'desc' } as const, expected: ['41004', '41001', '41002'] },
    // Ouzouer has no single-parent share: last in both directions
    { name: 'single-parent desc, null last', sort: { key: 'singleParentPct', dir: 'desc' } as const, expected: ['41002', '41001', '41004'] },
    { name: 'single-parent asc, null last', sort: { key: 'singleParentPct', dir: 'asc' } as const, expected: ['41001', '41002', '41004'] },
    { name: 'MDS time desc', sort: { key: 'mdsMin', dir: 'desc' } as const, expected: ['41004', '41001', '41002'] },
    { name: 'station km asc', sort: { key: 'stationKm', dir: 'asc' } as const, expected: ['41004', '41001', '41002'] },
  ])('$name', ({ sort, expected }) => expect(codes(sortGapRows(rows, sort))).toEqual(expected));

  it('does not mutate its input', () => {
    const before = codes(rows);
    sortGapRows(rows, { key: 'nom', dir: 'desc' });
    expect(codes(rows)).toEqual(before);
  });
});
