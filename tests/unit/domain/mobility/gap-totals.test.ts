import { describe, expect, it } from 'vitest';
import { gapTotals } from '../../../../src/domain/mobility/gap-totals';
import { commune } from './fixtures';

//   code   territoire  pop   75+  fam  mono  act  chom   in gap
//   41001  nord        100   20   10   2     40   4      yes
//   41002  nord        300   30   50   5     100  20     yes
//   41003  nord        600   60   100  10    300  30     no
//   41004  sud         1000  100  200  40    500  50     no
//   41005  (none)      50    5    10   1     20   2      yes  — only in the département row
const communes = [
  commune({ code: '41001', territoire: 'nord', population: 100, pop75: 20, families: 10, singleParent: 2, active1564: 40, unemployed1564: 4 }),
  commune({ code: '41002', territoire: 'nord', population: 300, pop75: 30, families: 50, singleParent: 5, active1564: 100, unemployed1564: 20 }),
  commune({ code: '41003', territoire: 'nord', population: 600, pop75: 60, families: 100, singleParent: 10, active1564: 300, unemployed1564: 30 }),
  commune({ code: '41004', territoire: 'sud', population: 1000, pop75: 100, families: 200, singleParent: 40, active1564: 500, unemployed1564: 50 }),
  commune({ code: '41005', territoire: null, population: 50, pop75: 5, families: 10, singleParent: 1, active1564: 20, unemployed1564: 2 }),
];
const inGap = new Set(['41001', '41002', '41005']);

describe('gapTotals', () => {
  const [nord, sud, dept] = gapTotals(communes, inGap, ['nord', 'sud']);
  it('nord: 2 of 3 communes, 400 of 1000 people; shares as ratios of sums', () => {
    expect(nord).toMatchObject({ territoire: 'nord', communes: 3, communesInGap: 2, population: 1000, populationInGap: 400 });
    expect(nord?.populationInGapPct).toBeCloseTo(40, 12);
    expect(nord?.age75PctInGap).toBeCloseTo((100 * 50) / 400, 12); // (20 + 30) / 400 = 12.5 %
    expect(nord?.singleParentPctInGap).toBeCloseTo((100 * 7) / 60, 12); // (2 + 5) / (10 + 50), not mean(20 %, 10 %)
    expect(nord?.unemploymentPctInGap).toBeCloseTo((100 * 24) / 140, 12); // (4 + 20) / (40 + 100)
  });
  it('a territory with no commune in gap: 0 people, fragile shares null', () => {
    expect(sud).toMatchObject({ communes: 1, communesInGap: 0, population: 1000, populationInGap: 0, populationInGapPct: 0 });
    expect(sud?.age75PctInGap).toBeNull();
    expect(sud?.singleParentPctInGap).toBeNull();
  });
  it('département last, with the commune of no territory', () => {
    expect(dept).toMatchObject({ territoire: null, communes: 5, communesInGap: 3, population: 2050, populationInGap: 450 });
    expect(dept?.populationInGapPct).toBeCloseTo((100 * 450) / 2050, 12);
  });
  it('a missing count in a gap commune makes that aggregate null, never a partial sum', () => {
    const withHole = communes.map((c) => (c.code === '41002' ? { ...c, singleParent: null } : c));
    const [n] = gapTotals(withHole, inGap, ['nord']);
    expect(n?.singleParentPctInGap).toBeNull();
    expect(n?.age75PctInGap).toBeCloseTo(12.5, 12);
  });
});
