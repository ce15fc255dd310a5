// A nudge for the delivery worker: a new message goes out right after its transaction, not at the
// next tick. The worker registers itself; in tests and scripts without a worker this does nothing.
let wake: (() => void) | undefined;

export function onWake(listener: (() => void) | undefined): void {
  wake = listener;
}

/** Schedules a delivery run after the current task, so the caller's transaction has committed. */
export function wakeDelivery(): void {
  if (wake) setImmediate(wake);
}
