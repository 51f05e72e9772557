/** Rejected by {@link withTimeout} when the delay is over. */
export class TimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly seconds: number,
  ) {
    super(`${what}: timeout after ${seconds} s`);
    this.name = 'TimeoutError';
  }
}

/**
 * Races a promise against a delay. The losing promise is not cancelled: callers clean up
 * (terminate a worker) on TimeoutError.
 *
 * @param ms delay in milliseconds
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, Math.round(ms / 1000))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
