import type { AccessModel } from './access-evaluate';
import { optimiseOnMatrix, type OptimiseOutcome, type OptimiseProgress, type OptimiseRequest } from './access-optimise';
import type { WorkerInit, WorkerReply, WorkerRun } from './access-optimise.worker';

/**
 * Runs the optimiser in a Web Worker (one per model, kept for later runs: its matrix columns stay
 * filled), or on the main thread with yields when workers are unavailable.
 */
export class OptimiserClient {
  readonly #model: AccessModel;
  #worker: Worker | null = null;
  #broken = false;
  #next = 1;
  readonly #pending = new Map<number, { resolve: (o: OptimiseOutcome) => void; reject: (e: Error) => void; progress: (p: OptimiseProgress) => void }>();

  constructor(model: AccessModel) {
    this.#model = model;
  }

  #start(): Worker | null {
    if (this.#worker || this.#broken) return this.#worker;
    try {
      const worker = new Worker(new URL('./access-optimise.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<WorkerReply>) => this.#reply(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        this.#fail(new Error(e.message || 'worker error'));
      };
      const { data } = this.#model;
      const init: WorkerInit = data.dense
        ? { type: 'init', kind: 'dense', nOrigins: data.origins.length, nSites: data.sites.length, data: data.dense.slice() }
        : {
            type: 'init',
            kind: 'model',
            origins: data.origins.map(({ lon, lat, side }) => ({ lon, lat, side })),
            sites: data.sites.map(({ lon, lat, side }) => ({ lon, lat, side })),
            model: data.model.model,
            bridges: data.model.loire.bridges.map(({ id, lon, lat }) => ({ id, lon, lat })),
          };
      worker.postMessage(init);
      this.#worker = worker;
    } catch {
      this.#broken = true;
    }
    return this.#worker;
  }

  #reply(m: WorkerReply): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.progress(m);
    else {
      this.#pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.outcome);
      else p.reject(new Error(m.message));
    }
  }

  /** A worker that fails to load: pending runs move to the main thread, later ones too. */
  #fail(error: Error): void {
    console.warn('[optimiser] worker unavailable, running on the main thread:', error.message);
    this.#worker?.terminate();
    this.#worker = null;
    this.#broken = true;
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }

  run(request: OptimiseRequest, progress: (p: OptimiseProgress) => void): Promise<OptimiseOutcome> {
    const worker = this.#start();
    if (!worker) return optimiseOnMatrix(this.#model.matrix, request, progress, 1);
    const id = this.#next++;
    return new Promise<OptimiseOutcome>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, progress });
      const msg: WorkerRun = { type: 'run', id, request };
      worker.postMessage(msg);
    }).catch((error: unknown) => {
      if (!this.#broken) throw error;
      return optimiseOnMatrix(this.#model.matrix, request, progress, 1);
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
