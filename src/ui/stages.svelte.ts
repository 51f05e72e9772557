/**
 * Mounts a big view in steps, one task each, so that no single task holds the main thread for
 * long during the start-up (input stays responsive; Lighthouse's "total blocking time"). Parts are
 * gated with `{#if stages.reached(n)}` and appear in document order, so nothing already shown
 * moves.
 */
export class Stages {
  current = $state(0);
  readonly last: number;

  constructor(last: number) {
    this.last = last;
  }

  reached(n: number): boolean {
    return this.current >= n;
  }

  /** Counts up to `last`, one step per task; call from `onMount` and return its result. */
  run(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (this.current >= this.last) return;
      this.current += 1;
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }
}
