/**
 * Where pull-request audits wait: one per pull request at a time, after the pull request has been
 * quiet for `settleMs`. Ten pushes in a second are ten `synchronize` deliveries; waiting for the last
 * one and keeping only the newest head turns them into one audit (the per-repository queue of the
 * issue audits starts the first at once and would run two). `maxWaitMs` bounds the wait under a
 * steady stream of pushes. Hand-written rather than a debounce library: it runs on the App's Clock,
 * which the tests and the bench control, and it merges the jobs it collapses.
 */
import type { Clock } from "./clock.js";

interface Waiting<T> {
  pending?: T;
  firstAt: number;
  due: number;
}

export interface SettlingQueueOptions<T> {
  settleMs: number;
  maxWaitMs: number;
  clock: Clock;
  /** Keep the drain promise (the App's idle() waits for it). */
  track(work: Promise<void>): void;
  onError(job: T, error: unknown): void;
  /** The job to run when `newer` arrives while `older` waits. */
  merge(older: T, newer: T): T;
}

export class SettlingQueue<T> {
  private readonly waiting = new Map<string, Waiting<T>>();

  constructor(
    private readonly run: (job: T) => Promise<void>,
    private readonly options: SettlingQueueOptions<T>,
  ) {}

  request(key: string, job: T): "scheduled" | "collapsed" {
    const now = this.options.clock.now();
    const state = this.waiting.get(key);
    if (!state) {
      this.waiting.set(key, { pending: job, firstAt: now, due: now + this.options.settleMs });
      this.options.track(this.drain(key));
      return "scheduled";
    }
    const collapsed = state.pending !== undefined;
    if (!collapsed) state.firstAt = now;
    state.pending = collapsed ? this.options.merge(state.pending!, job) : job;
    state.due = Math.min(now + this.options.settleMs, state.firstAt + this.options.maxWaitMs);
    return collapsed ? "collapsed" : "scheduled";
  }

  private async drain(key: string): Promise<void> {
    const state = this.waiting.get(key)!;
    const { clock } = this.options;
    while (state.pending !== undefined) {
      for (let wait = state.due - clock.now(); wait > 0; wait = state.due - clock.now()) await clock.sleep(wait);
      const job = state.pending;
      state.pending = undefined;
      try {
        await this.run(job);
      } catch (error) {
        this.options.onError(job, error);
      }
    }
    this.waiting.delete(key);
  }
}
