import { describe, expect, it } from 'vitest';
import { accessReport, planScenario } from '../../../src/data/access-evaluate.ts';
import { reportDeltas } from '../../../src/data/access-report-delta.ts';
import { compareScenarios } from '../../../src/domain/access/index.ts';
import { accessContext } from '../../../src/data/access-evaluate.ts';
import { realAccessModel } from './access-fixture.ts';

describe('reportDeltas', () => {
  const model = realAccessModel();
  const plan = planScenario(20);
  const montoire = { ...plan, name: 'Montoire', added: ['C-41149'], removed: ['MDS-10'] };
  const deltas = reportDeltas(accessReport(model, plan), accessReport(model, montoire));

  it('agrees with the domain’s compareScenarios', () => {
    const c = compareScenarios(plan, montoire, accessContext(model, 'pop'));
    expect(deltas.rows.map((r) => r.territoire)).toEqual([null, 'nord', 'centre', 'sud']);
    c.rows.forEach((row, i) => {
      const mine = deltas.rows[i];
      expect(mine?.beyond.delta).toBeCloseTo(row.beyondWeight.delta ?? NaN, 9);
      expect(mine?.meanMinutes.delta).toBeCloseTo(row.meanMinutes.delta ?? NaN, 9);
      expect(mine?.p90Minutes.delta).toBeCloseTo(row.p90Minutes.delta ?? NaN, 9);
      expect(mine?.gini.delta).toBeCloseTo(row.gini.delta ?? NaN, 9);
      expect(mine?.theil.delta).toBeCloseTo(row.theil.delta ?? NaN, 9);
    });
    expect(deltas.theilBetween.delta).toBeCloseTo(c.theilBetween.delta ?? NaN, 9);
    expect(deltas.theilWithin.delta).toBeCloseTo(c.theilWithin.delta ?? NaN, 9);
  });

  it('is zero against itself', () => {
    const same = reportDeltas(accessReport(model, plan), accessReport(model, plan));
    for (const r of same.rows) expect(r.beyond.delta).toBe(0);
  });
});
