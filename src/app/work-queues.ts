/**
 * Where audits wait. Per repository: one audit running and at most one queued, so a burst of pushes
 * (or ten deliveries of one event) collapses into at most two audits, and two audits of one repository
 * never interleave their issue writes. Per installation: a bounded pool for the reads (the tree and the
 * query), and a single lane for the writes, which GitHub asks to be serial; an audit waiting for
 * permission to create an issue keeps its repository locked but frees its read slot.
 *
 * A failed audit is retried by the retry policy (retry-policy.ts): the repository stays locked while it
 * waits, so a push arriving meanwhile replaces the retry with a fresh audit instead of adding one.
 */
import PQueue from "p-queue";
import { systemClock, type Clock } from "./clock.js";
import { decideRetry, type RetryDecision, type RetryPolicy } from "./retry-policy.js";

export interface RepositoryRef {
  installationId: number;
  owner: string;
  repo: string;
}

interface RepositoryState<T> {
  pending?: T;
}

export interface FailureInfo {
  /** The attempt that failed, 1 for the first. */
  attempt: number;
  decision: RetryDecision;
}

export interface WorkQueueOptions<T> {
  readConcurrency: number;
  /** Every failed attempt, whether it will be retried or not. */
  onError: (job: T, error: unknown, failure: FailureInfo) => void;
  /** No retry when absent. */
  retry?: RetryPolicy;
  clock?: Clock;
}

export class WorkQueues<T extends RepositoryRef> {
  private readonly repositories = new Map<string, RepositoryState<T>>();
  private readonly readQueues = new Map<number, PQueue>();
  private readonly writeQueues = new Map<number, PQueue>();
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly run: (job: T) => Promise<void>,
    private readonly options: WorkQueueOptions<T>,
  ) {}

  /** Audit this repository: now, or after the running audit (merged with any already waiting). */
  enqueue(job: T): "started" | "queued" | "collapsed" {
    const key = `${job.installationId}:${job.owner}/${job.repo}`.toLowerCase();
    const state = this.repositories.get(key);
    if (state) {
      const collapsed = state.pending !== undefined;
      state.pending = job;
      return collapsed ? "collapsed" : "queued";
    }
    this.repositories.set(key, {});
    this.track(this.drain(key, job));
    return "started";
  }

  /** Run work that is not an audit (a comment command) so that `idle()` waits for it too. */
  background(task: () => Promise<void>, onError: (error: unknown) => void): void {
    this.track(task().catch(onError));
  }

  reads(installationId: number): PQueue {
    return this.queue(this.readQueues, installationId, this.options.readConcurrency);
  }

  writes(installationId: number): PQueue {
    return this.queue(this.writeQueues, installationId, 1);
  }

  /** Resolves when nothing is running or waiting (tests, benches, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  get busy(): number {
    return this.repositories.size;
  }

  private async drain(key: string, first: T): Promise<void> {
    let job: T | undefined = first;
    let attempt = 1;
    while (job) {
      let retry: T | undefined;
      try {
        await this.run(job);
      } catch (error) {
        const decision: RetryDecision = this.options.retry ? decideRetry(this.options.retry, attempt, error) : { retry: false, reason: "exhausted" };
        this.options.onError(job, error, { attempt, decision });
        if (decision.retry) {
          await (this.options.clock ?? systemClock).sleep(decision.delayMs);
          retry = job;
        }
      }
      const state = this.repositories.get(key)!;
      // A request that arrived meanwhile is newer than the retry, and starts the count afresh.
      attempt = state.pending ? 1 : attempt + 1;
      job = state.pending ?? retry;
      state.pending = undefined;
    }
    this.repositories.delete(key);
  }

  private track(promise: Promise<unknown>): void {
    this.inflight.add(promise);
    void promise.finally(() => this.inflight.delete(promise));
  }

  private queue(map: Map<number, PQueue>, installationId: number, concurrency: number): PQueue {
    let queue = map.get(installationId);
    if (!queue) {
      queue = new PQueue({ concurrency });
      map.set(installationId, queue);
    }
    return queue;
  }
}
