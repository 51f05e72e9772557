import { describe, expect, it } from 'vitest';
import { realAccessModel } from './access-fixture.ts';
import { optimiseOnMatrix, type OptimiseProgress } from '../../../src/data/access-optimise.ts';
import { activeSites, optimiseSites } from '../../../src/domain/access/index.ts';
import { planScenario } from '../../../src/data/access-evaluate.ts';

describe('optimiseOnMatrix', () => {
  const model = realAccessModel();
  const fixed = activeSites(planScenario(), model.sites);
  const candidates = model.data.sites.flatMap((r, i) => (r.type === 'commune' ? [i] : []));
  const request = { weights: model.weights.pop, fixed, candidates, k: 5, objective: { kind: 'coverage' as const, thresholdMin: 20 } };

  it('reports progress, then gives the optimiser’s own answer, k = 5 in under 2 s', async () => {
    const progress: OptimiseProgress[] = [];
    const out = await optimiseOnMatrix(model.matrix, request, (p) => progress.push(p));
    expect(progress.filter((p) => p.phase === 'matrix').at(-1)).toEqual({ phase: 'matrix', done: 279, total: 279 });
    expect(progress.at(-1)).toEqual({ phase: 'optimise', done: 1, total: 1 });
    const direct = optimiseSites({ matrix: model.matrix, ...request });
    expect(out.chosen).toEqual(direct.chosen);
    expect(out.chosen).toHaveLength(5);
    expect(out.after).toBeGreaterThan(out.before);
    expect(out.ms).toBeLessThan(2000);
  });
});
