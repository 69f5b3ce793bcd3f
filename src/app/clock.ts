/**
 * Time as the App sees it. Production uses the system clock; the bench runs GitHub's hourly limits on
 * a scaled clock (one simulated hour in a few real seconds) through the same code.
 */
export interface Clock {
  /** Milliseconds since the epoch, in the clock's time. */
  now(): number;
  /** Resolves after `ms` of the clock's time. */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock running `factor` times faster than real time, starting at `start`. */
export function scaledClock(factor: number, start = Date.now()): Clock {
  const origin = performance.now();
  return {
    now: () => start + (performance.now() - origin) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / factor))),
  };
}
