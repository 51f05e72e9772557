// Runs the site optimiser off the main thread: filling ~280 model columns (~1.2 M travel-time
// evaluations) and the greedy + swap search would otherwise freeze the page for a few hundred ms.
import { denseTimeMatrix, modelTimeMatrix, type BankedPoint, type Bridge, type CrowModel, type TimeMatrix } from '../domain/access';
import { optimiseOnMatrix, type OptimiseRequest } from './access-optimise';

export type WorkerInit =
  | { type: 'init'; kind: 'model'; origins: BankedPoint[]; sites: BankedPoint[]; model: CrowModel; bridges: Bridge[] }
  | { type: 'init'; kind: 'dense'; nOrigins: number; nSites: number; data: Float32Array };
export type WorkerRun = { type: 'run'; id: number; request: OptimiseRequest };
export type WorkerReply =
  | { type: 'progress'; id: number; phase: 'matrix' | 'optimise'; done: number; total: number }
  | { type: 'result'; id: number; outcome: import('./access-optimise').OptimiseOutcome }
  | { type: 'error'; id: number; message: string };

let matrix: TimeMatrix | null = null;
// typed with the DOM lib (the app's tsconfig): a worker's postMessage takes the message alone
const post = (m: WorkerReply) => self.postMessage(m);

self.onmessage = async (event: MessageEvent<WorkerInit | WorkerRun>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    matrix = msg.kind === 'model' ? modelTimeMatrix(msg.origins, msg.sites, msg.model, msg.bridges) : denseTimeMatrix(msg.nOrigins, msg.nSites, msg.data);
    return;
  }
  try {
    if (!matrix) throw new Error('optimiser worker: no matrix');
    const outcome = await optimiseOnMatrix(matrix, msg.request, (p) => post({ type: 'progress', id: msg.id, ...p }));
    post({ type: 'result', id: msg.id, outcome });
  } catch (error) {
    post({ type: 'error', id: msg.id, message: error instanceof Error ? error.message : String(error) });
  }
};
