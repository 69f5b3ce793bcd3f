/**
 * The default backend: everything in this process's memory (WorkQueues, one ContentLimiter and one
 * QueryLane per installation, the last deliveries seen, a jittered timer). Right for one instance;
 * a restart forgets what was waiting, which the next schedule or push makes good.
 */
import type { Clock } from "../app/clock.js";
import { ContentLimiter, GITHUB_CONTENT_WINDOWS, type Window } from "../app/content-limiter.js";
import { startSchedule, type Schedule } from "../app/schedule.js";
import { WorkQueues } from "../app/work-queues.js";
import { QueryLane } from "../sources/github-read-lane.js";
import type { RetryPolicy } from "../app/retry-policy.js";
import type { AuditErrorHandler, AuditJob, AuditRunner, WorkBackend } from "./work-backend.js";

export interface InProcessOptions {
  clock: Clock;
  run: AuditRunner;
  onError: AuditErrorHandler;
  /** How failed audits are retried in this process (none when absent). */
  retry?: RetryPolicy;
  readConcurrency: number;
  contentWindows?: readonly Window[];
  querySpacingMs?: number;
}

const SEEN_DELIVERIES = 10_000;

export function inProcessBackend(options: InProcessOptions): WorkBackend {
  const limiters = new Map<number, ContentLimiter>();
  const queryLanes = new Map<number, QueryLane>();
  const seen = new Set<string>();
  const schedules: Schedule[] = [];
  const queues = new WorkQueues<AuditJob>(options.run, { readConcurrency: options.readConcurrency, onError: options.onError, retry: options.retry, clock: options.clock });

  return {
    kind: "in-process",
    enqueue: async (job) => queues.enqueue(job),
    background: (task, onError) => queues.background(task, onError),
    reads: (installationId) => queues.reads(installationId),
    writes: (installationId) => queues.writes(installationId),
    limiter(installationId) {
      let found = limiters.get(installationId);
      if (!found) limiters.set(installationId, (found = new ContentLimiter(options.clock, options.contentWindows ?? GITHUB_CONTENT_WINDOWS)));
      return found;
    },
    queryLane(installationId) {
      let lane = queryLanes.get(installationId);
      if (!lane) queryLanes.set(installationId, (lane = new QueryLane(options.clock, options.querySpacingMs)));
      return lane;
    },
    async firstDelivery(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > SEEN_DELIVERIES) seen.delete(seen.values().next().value!);
      return true;
    },
    schedule(intervalMs, jitter, run, onError) {
      const schedule = startSchedule({ intervalMs, jitter, run, onError });
      schedules.push(schedule);
      return schedule;
    },
    start: () => undefined,
    idle: () => queues.idle(),
    healthy: async () => true,
    async close() {
      for (const schedule of schedules.splice(0)) schedule.stop();
      await queues.idle();
    },
  };
}
