/**
 * The periodic re-audit of every installed repository, so that an issue stays true even without
 * pushes (a rule changed, a configuration in the organisation's `.github` repository changed). Each
 * wait is jittered so that several instances, or a restart, do not hit GitHub at the same moment.
 */
export interface Schedule {
  stop(): void;
}

export interface ScheduleOptions {
  intervalMs: number;
  /** Fraction of the interval each wait may vary by (0.1: ±10 %). */
  jitter: number;
  run: () => Promise<void>;
  onError: (error: unknown) => void;
  random?: () => number;
}

export function jitteredDelay(intervalMs: number, jitter: number, random: () => number = Math.random): number {
  return Math.max(1_000, Math.round(intervalMs * (1 + jitter * (2 * random() - 1))));
}

export function startSchedule(options: ScheduleOptions): Schedule {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await options.run();
      } catch (error) {
        options.onError(error);
      }
      next();
    }, jitteredDelay(options.intervalMs, options.jitter, options.random));
    // The schedule never keeps the process alive on its own (tests, graceful shutdown).
    timer.unref();
  };
  next();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
