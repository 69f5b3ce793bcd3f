/**
 * The BullMQ backend on a real Redis, two backends standing for two instances: bursts collapse into
 * at most two audits, one repository is never audited twice at once, failures retry with back-off and
 * are never counted as done, the schedule fires once per period whatever the number of instances,
 * and a shutdown returns unfinished audits to the queue for the other instance.
 */
import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { systemClock } from "../../src/app/clock.js";
import { redisBackend, type RedisBackendOptions } from "../../src/work/redis-backend.js";
import type { AuditJob, WorkBackend } from "../../src/work/work-backend.js";
import { startRedis, type RedisServer } from "../support/redis-server.js";

let redis: RedisServer;
const backends: WorkBackend[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(backends.map((backend) => backend.close()));
  await redis?.stop();
});

function backend(prefix: string, run: RedisBackendOptions["run"], options: Partial<RedisBackendOptions> = {}): WorkBackend {
  const created = redisBackend({ url: redis.url, clock: systemClock, readConcurrency: 4, prefix, run, onError: () => undefined, backoffMs: 50, lockDurationMs: 2_000, shutdownGraceMs: 300, ...options });
  backends.push(created);
  created.start();
  return created;
}

const job = (repo: string, reason = "push"): AuditJob => ({ installationId: 1, owner: "eig", repo, reason });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(20);
  }
}

describe("Redis work backend", () => {
  test("a burst over two instances costs at most two audits, never two at once", async () => {
    const prefix = `t-${randomUUID()}`;
    const runs: string[] = [];
    let running = 0;
    let most = 0;
    const run = async (audit: AuditJob) => {
      most = Math.max(most, ++running);
      runs.push(audit.reason);
      await sleep(300);
      running--;
    };
    const [a, b] = [backend(prefix, run), backend(prefix, run)];
    await a.enqueue(job("burst", "push-0"));
    await until(() => runs.length === 1);
    for (let index = 1; index < 10; index++) await (index % 2 ? b : a).enqueue(job("burst", `push-${index}`));
    await a.idle();
    await sleep(200);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toBe("push-0");
    expect(most).toBe(1);
  });

  test("a failing audit is retried with back-off, reported once, and never counted as done", async () => {
    const prefix = `t-${randomUUID()}`;
    const attempts: number[] = [];
    const errors: AuditJob[] = [];
    const a = backend(prefix, async () => {
      attempts.push(Date.now());
      throw new Error("GitHub answered 502");
    }, { attempts: 3, onError: (failed) => errors.push(failed) });
    await a.enqueue(job("flaky"));
    await until(() => errors.length === 1);
    expect(attempts).toHaveLength(3);
    // Exponential: about 50 ms, then 100 ms.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(attempts[1]! - attempts[0]! - 10);
    const queue = new Queue("audits", { connection: redis.client(), prefix });
    expect(await queue.getJobCounts("completed", "failed")).toEqual({ completed: 0, failed: 1 });
    await queue.close();
  });

  test("the schedule fires once per period across two instances", async () => {
    const prefix = `t-${randomUUID()}`;
    const fired: string[] = [];
    const [a, b] = [backend(prefix, async () => undefined), backend(prefix, async () => undefined)];
    a.schedule(1_000, 0.1, async () => void fired.push("a"), () => undefined);
    b.schedule(1_000, 0.1, async () => void fired.push("b"), () => undefined);
    await sleep(300);
    // Not at start: a deploy does not re-audit everything.
    expect(fired).toHaveLength(0);
    // One period later (the next is at 2 s): one run, by one instance or the other, not one each.
    await sleep(1_400);
    expect(fired).toHaveLength(1);
  });

  test("a shutdown returns an unfinished audit to the queue, and the other instance finishes it", async () => {
    const prefix = `t-${randomUUID()}`;
    const finished: string[] = [];
    const a = backend(prefix, () => new Promise<void>(() => undefined));
    await a.enqueue(job("slow"));
    await sleep(300);
    const b = backend(prefix, async (audit) => void finished.push(audit.repo));
    await a.close();
    await until(() => finished.length === 1, 5_000);
    expect(finished).toEqual(["slow"]);
    await b.idle();
  });

  test("health is ok while Redis answers; without Redis it says so and a request fails instead of hanging", async () => {
    const own = await startRedis();
    const a = redisBackend({ url: own.url, clock: systemClock, readConcurrency: 1, run: async () => undefined, onError: () => undefined });
    try {
      // Not started yet (the App is not loaded): not healthy.
      expect(await a.healthy()).toBe(false);
      a.start();
      await until(() => a.healthy());
      expect(await a.healthy()).toBe(true);
      await own.stop();
      await until(async () => !(await a.healthy()), 10_000);
      await expect(a.enqueue(job("down"))).rejects.toThrow();
    } finally {
      await Promise.race([a.close(), sleep(3_000)]);
    }
  });
});
