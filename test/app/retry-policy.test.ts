import { describe, expect, test } from "vitest";
import type { Clock } from "../../src/app/clock.js";
import { decideRetry, DEFAULT_RETRY_POLICY } from "../../src/app/retry-policy.js";
import { WorkQueues, type FailureInfo } from "../../src/app/work-queues.js";
import { RepositoryNotFound } from "../../src/sources/github.js";

const fault = (status?: number) => Object.assign(new Error("fault"), status === undefined ? {} : { status });

describe("decideRetry", () => {
  test.each([
    ["a 502, first attempt", 1, fault(502), { retry: true, delayMs: 60_000 }],
    ["a 502, third attempt", 3, fault(502), { retry: true, delayMs: 960_000 }],
    ["a 502, last attempt", 4, fault(502), { retry: false, reason: "exhausted" }],
    ["a dropped connection", 1, fault(), { retry: true, delayMs: 60_000 }],
    ["a rate limit", 2, fault(403), { retry: true, delayMs: 240_000 }],
    ["issues disabled", 1, fault(410), { retry: false, reason: "permanent" }],
    ["a validation error", 1, fault(422), { retry: false, reason: "permanent" }],
    ["a repository gone", 1, new RepositoryNotFound("gone"), { retry: false, reason: "permanent" }],
  ])("%s", (_name, attempt, error, expected) => {
    expect(decideRetry(DEFAULT_RETRY_POLICY, attempt, error)).toEqual(expected);
  });

  test("no wait is longer than the maximum", () => {
    expect(decideRetry({ attempts: 10, firstDelayMs: 1_000, factor: 10, maxDelayMs: 5_000 }, 5, fault(500))).toEqual({ retry: true, delayMs: 5_000 });
  });
});

/** A clock that only moves when someone sleeps. */
function manualClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

describe("WorkQueues retries", () => {
  const job = { installationId: 1, owner: "o", repo: "r" };

  test("a failing audit is retried with back-off until it succeeds", async () => {
    const clock = manualClock();
    const failures: FailureInfo[] = [];
    let calls = 0;
    const queues = new WorkQueues(async () => {
      if (++calls < 3) throw fault(502);
    }, { readConcurrency: 1, clock, retry: { attempts: 4, firstDelayMs: 100, factor: 2, maxDelayMs: 1_000 }, onError: (_job, _error, failure) => failures.push(failure) });
    queues.enqueue(job);
    await queues.idle();
    expect(calls).toBe(3);
    expect(clock.slept).toEqual([100, 200]);
    expect(failures.map((failure) => failure.attempt)).toEqual([1, 2]);
  });

  test("bounded: given up after the last attempt, and the next request starts afresh", async () => {
    const clock = manualClock();
    const failures: FailureInfo[] = [];
    let calls = 0;
    const queues = new WorkQueues(async () => {
      calls++;
      throw fault(500);
    }, { readConcurrency: 1, clock, retry: { attempts: 3, firstDelayMs: 10, factor: 3, maxDelayMs: 1_000 }, onError: (_job, _error, failure) => failures.push(failure) });
    queues.enqueue(job);
    await queues.idle();
    expect(calls).toBe(3);
    expect(failures.at(-1)).toEqual({ attempt: 3, decision: { retry: false, reason: "exhausted" } });
    queues.enqueue(job);
    await queues.idle();
    expect(calls).toBe(6);
  });

  test("a request arriving during the back-off replaces the retry", async () => {
    let release!: () => void;
    const clock: Clock = { now: () => 0, sleep: () => new Promise<void>((resolve) => (release = resolve)) };
    const reasons: string[] = [];
    const queues = new WorkQueues<typeof job & { reason: string }>(async (current) => {
      reasons.push(current.reason);
      if (current.reason === "push-1") throw fault(502);
    }, { readConcurrency: 1, clock, retry: DEFAULT_RETRY_POLICY, onError: () => undefined });
    queues.enqueue({ ...job, reason: "push-1" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(queues.enqueue({ ...job, reason: "push-2" })).toBe("queued");
    release();
    await queues.idle();
    expect(reasons).toEqual(["push-1", "push-2"]);
  });
});
