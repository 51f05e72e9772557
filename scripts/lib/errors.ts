/** An input problem the pipeline cannot build around: printed as is, exit code 1. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** Collects every failed check, then throws them together so one run shows all the problems. */
export class CheckList {
  readonly failures: string[] = [];
  check(ok: boolean, message: string): void {
    if (!ok) this.failures.push(message);
  }
  throwIfFailed(stage: string): void {
    if (this.failures.length > 0) {
      throw new PipelineError(
        `${stage}: ${this.failures.length} check(s) failed:\n` + this.failures.map((f) => `  - ${f}`).join('\n'),
      );
    }
  }
}
