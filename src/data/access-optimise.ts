import { optimiseSites, timeColumn, type Objective, type OptimiseResult, type TimeMatrix } from '../domain/access';

/** What the optimiser is asked: "where should k new sites go?" */
export interface OptimiseRequest {
  /** Weight per origin (population, or a fragile population). */
  weights: Float64Array;
  /** Site indices kept open (the scenario's active sites). */
  fixed: number[];
  /** Site indices that may be opened (town centres). */
  candidates: number[];
  k: number;
  objective: Objective;
}

export interface OptimiseProgress {
  phase: 'matrix' | 'optimise';
  done: number;
  total: number;
}

export interface OptimiseOutcome extends OptimiseResult {
  /** Wall time of the run, ms (matrix columns included). */
  ms: number;
}

/**
 * Fills the time columns of every site involved (reporting progress), then runs greedy + swap
 * (`optimiseSites`). Used by the worker and, when workers are unavailable, on the main thread.
 */
export async function optimiseOnMatrix(
  matrix: TimeMatrix,
  req: OptimiseRequest,
  onProgress: (p: OptimiseProgress) => void,
  yieldEvery = 0,
): Promise<OptimiseOutcome> {
  const t0 = performance.now();
  const sites = [...new Set([...req.fixed, ...req.candidates])];
  for (let i = 0; i < sites.length; i++) {
    timeColumn(matrix, sites[i] as number);
    if ((i + 1) % 20 === 0 || i + 1 === sites.length) {
      onProgress({ phase: 'matrix', done: i + 1, total: sites.length });
      if (yieldEvery > 0) await new Promise((r) => setTimeout(r, 0));
    }
  }
  onProgress({ phase: 'optimise', done: 0, total: 1 });
  if (yieldEvery > 0) await new Promise((r) => setTimeout(r, 0));
  const result = optimiseSites({ matrix, fixed: req.fixed, candidates: req.candidates, weights: req.weights, k: req.k, objective: req.objective });
  onProgress({ phase: 'optimise', done: 1, total: 1 });
  return { ...result, ms: performance.now() - t0 };
}
