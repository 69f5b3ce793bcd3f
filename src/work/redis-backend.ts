/**
 * The backend for several instances: audits are BullMQ jobs in Redis, run by a worker in every
 * instance, and GitHub's per-installation limits are counted in the same Redis (redis-limits.ts).
 *
 * - A burst costs at most two audits: a request is de-duplicated per repository while it waits (BullMQ
 *   deduplication); a job drops its de-duplication key only once it holds the repository's lock, so
 *   while it runs one more request can wait, and no more.
 * - One audit of a repository at a time across instances: a job whose repository is locked elsewhere
 *   goes back to the delayed set without spending an attempt.
 * - Failures retry with BullMQ's exponential back-off; a job that fails every attempt ends in the
 *   failed set, never the completed one.
 * - A killed instance's jobs come back after the lock duration (BullMQ's stalled-job check); a
 *   SIGTERM lets running audits finish for a grace period, then puts what is left back in the queue.
 * - The periodic re-audit is one BullMQ job scheduler, whichever instance runs it.
 */
import { DelayedError, Queue, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import type { Clock } from "../app/clock.js";
import { GITHUB_CONTENT_WINDOWS, type Window } from "../app/content-limiter.js";
import { WorkQueues } from "../app/work-queues.js";
import { QUERY_SPACING_MS } from "../sources/github-read-lane.js";
import { firstSeen, RedisContentLimiter, RedisLock, RedisQueryLane } from "./redis-limits.js";
import type { AuditErrorHandler, AuditJob, AuditRunner, WorkBackend } from "./work-backend.js";

export interface RedisBackendOptions {
  url: string;
  clock: Clock;
  run: AuditRunner;
  /** Called once per job that failed its last attempt. */
  onError: AuditErrorHandler;
  readConcurrency: number;
  contentWindows?: readonly Window[];
  querySpacingMs?: number;
  /** Audits one instance runs at once (most of them wait for a read slot or the write lane). */
  workerConcurrency?: number;
  /** Attempts per audit, the first included, and the first back-off (doubled each time). */
  attempts?: number;
  backoffMs?: number;
  /** How long a killed instance's jobs and locks stay held before others take them over. */
  lockDurationMs?: number;
  /**
   * How long a creation sent but never answered (its instance died) stays counted: it may have reached
   * GitHub late (waiting in Probot's write lane), and GitHub counts it from then. Default 30 s.
   */
  pendingCreationMs?: number;
  /** How long SIGTERM waits for running audits before returning them to the queue. */
  shutdownGraceMs?: number;
  /** How long a webhook delivery id is remembered. */
  deliveryTtlSeconds?: number;
  /** Key prefix, so several deployments (or tests) can share one Redis. */
  prefix?: string;
  log?: { info(object: object, message: string): void; warn(object: object, message: string): void };
}

const QUEUE = "audits";
const SCHEDULER = "periodic-re-audit";

export function redisBackend(options: RedisBackendOptions): WorkBackend {
  const prefix = options.prefix ?? "relais";
  const lockDurationMs = options.lockDurationMs ?? 30_000;
  // The worker blocks on its connection, so it must never give up on a command (BullMQ's rule). What
  // answers a webhook (adding a job, de-duplicating a delivery) fails fast instead: with Redis down the
  // delivery gets a 500, which GitHub shows as failed and can redeliver, rather than hanging.
  const workerConnection = new Redis(options.url, { maxRetriesPerRequest: null });
  const queueConnection = new Redis(options.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const commands = new Redis(options.url, { maxRetriesPerRequest: 1 });
  const queue = new Queue<AuditJob>(QUEUE, { connection: queueConnection, prefix });
  const lock = new RedisLock(commands, lockDurationMs);
  // Reads and writes are paced per instance as in process; across instances the shared limits are
  // Probot's clustered throttling (REST, write lane), the query lane and the content limiter below.
  const local = new WorkQueues<AuditJob>(async () => undefined, { readConcurrency: options.readConcurrency, onError: () => undefined });
  const limiters = new Map<number, RedisContentLimiter>();
  const lanes = new Map<number, RedisQueryLane>();
  const active = new Map<string, { job: Job; token: string; release: () => Promise<void> }>();
  let scheduled: (() => Promise<void>) | undefined;
  let closing: Promise<void> | undefined;

  const worker = new Worker(
    QUEUE,
    async (job: Job, token?: string) => {
      if (job.name === "schedule") {
        await scheduled?.();
        return;
      }
      const data = job.data as AuditJob;
      const release = await lock.tryAcquire(`${prefix}:repository:${repositoryKey(data)}`);
      if (!release) {
        // Audited elsewhere right now: wait without spending an attempt (still de-duplicating new requests).
        await job.moveToDelayed(Date.now() + Math.min(1_000, lockDurationMs), token);
        throw new DelayedError();
      }
      active.set(job.id!, { job, token: token!, release });
      try {
        await job.removeDeduplicationKey();
        await options.run(data);
      } finally {
        active.delete(job.id!);
        await release();
      }
    },
    {
      connection: workerConnection,
      prefix,
      // Not before the App is loaded: a job waiting from before the start needs Probot's client.
      autorun: false,
      concurrency: options.workerConcurrency ?? 32,
      lockDuration: lockDurationMs,
      stalledInterval: Math.max(500, Math.floor(lockDurationMs / 2)),
      // A job whose instance died twice is still worth auditing: stalls are not the job's fault.
      maxStalledCount: 5,
    },
  );
  worker.on("failed", (job, error) => {
    if (job && job.name === "audit" && job.attemptsMade >= (job.opts.attempts ?? 1)) options.onError(job.data as AuditJob, error, { attempt: job.attemptsMade, decision: { retry: false, reason: "exhausted" } });
  });
  // Connection trouble is reported by ioredis and retried; without a listener Node would crash on it.
  worker.on("error", (error) => options.log?.warn({ error: error.message }, "redis worker error"));
  queue.on("error", (error) => options.log?.warn({ error: error.message }, "redis queue error"));
  commands.on("error", (error) => options.log?.warn({ error: error.message }, "redis error"));

  /** Jobs waiting or running, the scheduler's next run (always there, delayed) aside. */
  async function pending(): Promise<number> {
    const [counts, schedulers] = await Promise.all([queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children"), queue.getJobSchedulersCount()]);
    return Object.values(counts).reduce((sum, count) => sum + count, 0) - schedulers;
  }

  return {
    kind: "redis",
    pending,
    async enqueue(job) {
      await queue.add("audit", job, {
        deduplication: { id: repositoryKey(job) },
        attempts: options.attempts ?? 5,
        backoff: { type: "exponential", delay: options.backoffMs ?? 5_000 },
        removeOnComplete: { count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
      return "deferred";
    },
    background: (task, onError) => local.background(task, onError),
    reads: (installationId) => local.reads(installationId),
    writes: (installationId) => local.writes(installationId),
    limiter(installationId) {
      let found = limiters.get(installationId);
      if (!found) limiters.set(installationId, (found = new RedisContentLimiter(commands, `${prefix}:content:${installationId}`, options.contentWindows ?? GITHUB_CONTENT_WINDOWS, options.clock, options.pendingCreationMs ?? 30_000)));
      return found;
    },
    queryLane(installationId) {
      let found = lanes.get(installationId);
      if (!found) lanes.set(installationId, (found = new RedisQueryLane(commands, `${prefix}:query-lane:${installationId}`, options.querySpacingMs ?? QUERY_SPACING_MS, lockDurationMs, options.clock)));
      return found;
    },
    firstDelivery: (id) => firstSeen(commands, `${prefix}:delivery:${id}`, options.deliveryTtlSeconds ?? 7 * 24 * 3600),
    schedule(intervalMs, _jitter, run, onError) {
      // One scheduler in Redis whatever the number of instances: no jitter needed, one job per period.
      scheduled = run;
      void (async () => {
        const existing = await queue.getJobScheduler(SCHEDULER);
        if (existing && Number(existing.every) === intervalMs) return;
        // Starting one period from now: a deploy or a restart does not re-audit everything.
        await queue.upsertJobScheduler(SCHEDULER, { every: intervalMs, startDate: Date.now() + intervalMs }, { name: "schedule", opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
      })().catch(onError);
      return { stop: () => (scheduled = undefined) };
    },
    start() {
      if (!worker.isRunning() && !closing) void worker.run().catch((error: Error) => options.log?.warn({ error: error.message }, "redis worker stopped"));
    },
    async idle() {
      for (;;) {
        await local.idle();
        if ((await pending()) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async healthy() {
      try {
        return (await commands.ping()) === "PONG" && worker.isRunning();
      } catch {
        return false;
      }
    },
    close() {
      closing ??= (async () => {
        scheduled = undefined;
        // No new jobs; the running ones get the grace period to finish.
        await worker.pause(true);
        const deadline = Date.now() + (options.shutdownGraceMs ?? 8_000);
        while (active.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        const returned = [...active.values()];
        // Audits still running (most likely waiting for GitHub's limits): back to the queue, for another instance.
        for (const { job, token, release } of returned) {
          await job.moveToWait(token).catch(() => undefined);
          await release();
        }
        if (returned.length > 0) options.log?.info({ returned: returned.length }, "unfinished audits returned to the queue");
        await worker.close(returned.length > 0);
        await Promise.race([local.idle(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
        await queue.close();
        // Connections handed to BullMQ stay ours to close.
        await Promise.all([commands, queueConnection, workerConnection].map((redis) => redis.quit().catch(() => redis.disconnect())));
      })();
      return closing;
    },
  };
}

export function repositoryKey(job: Pick<AuditJob, "installationId" | "owner" | "repo">): string {
  return `${job.installationId}:${job.owner}/${job.repo}`.toLowerCase();
}
