import { toDataIssue, type DataIssue } from './data-issue';

export type EnginePhase = 'idle' | 'loading' | 'ready' | 'error';

/**
 * DuckDB status for the UI. The engine module is imported lazily so that neither
 * duckdb-wasm nor apache-arrow weighs on the first paint.
 */
export class EngineStatus {
  phase = $state<EnginePhase>('idle');
  /** Technical reason of a failure, shown inside a French sentence. */
  error = $state<string | null>(null);
  /** Tables that failed to load while the engine itself started. */
  failedTables = $state.raw<readonly string[]>([]);
  /** The Arrow files behind `failedTables`, for the data alerts. */
  issues = $state.raw<readonly DataIssue[]>([]);
  timeoutSeconds = $state<number | null>(null);

  async start(): Promise<void> {
    if (this.phase === 'loading' || this.phase === 'ready') return;
    this.phase = 'loading';
    this.error = null;
    this.timeoutSeconds = null;
    try {
      const { startQueryEngine, EngineTimeoutError } = await import('../data/start-engine');
      try {
        const { failures } = await startQueryEngine();
        this.failedTables = failures.map((f) => f.table);
        this.issues = failures.map((f) => toDataIssue(f.file, f.error, 'impact.table'));
        this.phase = 'ready';
      } catch (error) {
        if (error instanceof EngineTimeoutError) this.timeoutSeconds = error.seconds;
        throw error;
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'error';
    }
  }
}
