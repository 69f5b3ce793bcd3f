/**
 * Where the App's work lives: in this process (the default) or in Redis through BullMQ when
 * `REDIS_URL` is set (several instances behind a load balancer). app.ts talks only to this seam; the
 * two backends differ in where audits wait and where GitHub's limits are counted, never in what an
 * audit does.
 */
import type PQueue from "p-queue";
import type { ContentLimiter } from "../app/content-limiter.js";
import type { QueryLane } from "../sources/github-read-lane.js";
import type { FailureInfo, RepositoryRef } from "../app/work-queues.js";

export interface AuditJob extends RepositoryRef {
  reason: string;
  /** A `/relais recheck` comment to answer when the audit changes nothing (plain data: it travels through Redis). */
  recheck?: { issueNumber: number; commentId: number; language: "fr" | "en" };
}

/** A failed audit attempt: in process, every attempt (retry-policy.ts decides); with Redis, the last one. */
export type AuditErrorHandler = (job: AuditJob, error: unknown, failure: FailureInfo) => void;

/** What happened to a request for an audit: see WorkQueues.enqueue; "deferred" when Redis holds it. */
export type EnqueueState = "started" | "queued" | "collapsed" | "deferred";

export interface WorkBackend {
  readonly kind: "in-process" | "redis";
  /** Audit this repository soon; a burst of requests costs at most two audits. */
  enqueue(job: AuditJob): Promise<EnqueueState>;
  /** Work that is not an audit (a comment command, listing an installation), waited for by `idle()`. */
  background(task: () => Promise<void>, onError: (error: unknown) => void): void;
  /** This instance's bounded pool of reads and single lane of writes for one installation. */
  reads(installationId: number): PQueue;
  writes(installationId: number): PQueue;
  /** The installation's content-creation limiter and GraphQL query lane (shared by every instance with Redis). */
  limiter(installationId: number): Pick<ContentLimiter, "acquire">;
  queryLane(installationId: number): Pick<QueryLane, "run">;
  /** False when this webhook delivery id was already handled (by any instance with Redis). */
  firstDelivery(id: string): Promise<boolean>;
  /** Runs `run` every `intervalMs` (once across all instances with Redis); `stop` ends this instance's part. */
  schedule(intervalMs: number, jitter: number, run: () => Promise<void>, onError: (error: unknown) => void): { stop(): void };
  /** Audits waiting or running (with Redis: in every instance), for tests and benches. */
  pending?(): Promise<number>;
  /** Starts taking jobs: called once the App is loaded (with Redis, jobs may be waiting from before). */
  start(): void;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
  /** Whether the backend can take work (the health endpoint). */
  healthy(): Promise<boolean>;
  /** Stops taking work; unfinished work goes back to the queue (Redis) or is waited for (in process). */
  close(): Promise<void>;
}

/** What a backend runs for each audit job; throwing makes the job fail (and, with Redis, retry). */
export type AuditRunner = (job: AuditJob) => Promise<void>;
