/** Thrown instead of queueing when a limiter's waiting line is full. */
export class LimiterFullError extends Error {
  constructor() {
    super("too much work waiting");
    this.name = "LimiterFullError";
  }
}

/**
 * Runs at most `max` pieces of async work at once; the rest wait their turn in arrival order.
 * A finishing one hands its place straight to the next, so a newcomer never slips in between.
 * With `maxWaiting`, work beyond that many waiting is refused at once (LimiterFullError), so a
 * flood is answered instead of queued for minutes.
 */
export function createLimiter(max: number, { maxWaiting = Number.POSITIVE_INFINITY } = {}) {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("max must be a positive integer");
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running < max) running++;
    else if (waiting.length >= maxWaiting) throw new LimiterFullError();
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
