import { describe, expect, test } from "vitest";
import type { Clock } from "../../src/app/clock.js";
import { parseCommand } from "../../src/app/commands.js";
import { ContentLimiter } from "../../src/app/content-limiter.js";
import { jitteredDelay } from "../../src/app/schedule.js";
import { WorkQueues } from "../../src/app/work-queues.js";

/** A clock that only moves when someone sleeps. */
function manualClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

describe("ContentLimiter", () => {
  test("keeps every window under its maximum by waiting", async () => {
    const clock = manualClock();
    const limiter = new ContentLimiter(clock, [{ ms: 60_000, max: 3 }, { ms: 3_600_000, max: 5 }]);
    const stamps: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire();
      stamps.push(clock.now());
    }
    expect(stamps).toEqual([0, 0, 0, 60_001, 60_001, 3_600_001, 3_600_001]);
  });
});

describe("WorkQueues", () => {
  test("one audit running and one queued per repository, whatever the burst", async () => {
    const runs: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queues = new WorkQueues<{ installationId: number; owner: string; repo: string; reason: string }>(
      async (job) => {
        runs.push(job.reason);
        if (runs.length === 1) await gate;
      },
      { readConcurrency: 2, onError: () => undefined },
    );
    const states = Array.from({ length: 10 }, (_, i) => queues.enqueue({ installationId: 1, owner: "o", repo: "r", reason: `push-${i}` }));
    expect(states).toEqual(["started", "queued", ...Array(8).fill("collapsed")]);
    expect(queues.enqueue({ installationId: 1, owner: "o", repo: "other", reason: "x" })).toBe("started");
    release();
    await queues.idle();
    // The queued audit is the latest request.
    expect(runs).toEqual(["push-0", "x", "push-9"]);
  });

  test("an audit that throws is reported and does not block the repository", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queues = new WorkQueues(async () => {
      if (++calls === 1) throw new Error("boom");
    }, { readConcurrency: 1, onError: (_job, error) => errors.push(error) });
    queues.enqueue({ installationId: 1, owner: "o", repo: "r" });
    await queues.idle();
    queues.enqueue({ installationId: 1, owner: "o", repo: "r" });
    await queues.idle();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

describe("parseCommand", () => {
  test.each([
    ["/relais recheck", { kind: "recheck" }],
    ["Merci\n/relais explain install-docs\n", { kind: "explain", rule: "install-docs" }],
    ["/RELAIS Explain Licence-File", { kind: "explain", rule: "licence-file" }],
    ["/relais explain", { kind: "explain", rule: "" }],
    ["> /relais recheck", undefined],
    ["```\n/relais recheck\n```", undefined],
    ["please /relais recheck", undefined],
    ["/relais rechecking", undefined],
    ["", undefined],
  ])("%j", (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });
});

describe("schedule", () => {
  test("waits are jittered within the bounds", () => {
    expect(jitteredDelay(86_400_000, 0.1, () => 0)).toBe(77_760_000);
    expect(jitteredDelay(86_400_000, 0.1, () => 1)).toBe(95_040_000);
    expect(jitteredDelay(86_400_000, 0.1, () => 0.5)).toBe(86_400_000);
  });
});
