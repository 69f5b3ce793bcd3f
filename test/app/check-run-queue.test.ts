import { describe, expect, test } from "vitest";
import { SettlingQueue } from "../../src/app/check-run-queue.js";
import type { Clock } from "../../src/app/clock.js";

/** A clock that moves only when the test says so. */
class ManualClock implements Clock {
  private time = 0;
  private sleepers: { at: number; wake: () => void }[] = [];
  now = () => this.time;
  sleep = (ms: number) => new Promise<void>((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  async advance(ms: number): Promise<void> {
    this.time += ms;
    const due = this.sleepers.filter((sleeper) => sleeper.at <= this.time);
    this.sleepers = this.sleepers.filter((sleeper) => sleeper.at > this.time);
    for (const sleeper of due) sleeper.wake();
    // Let the woken drains run their (synchronous) jobs.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
  }
}

interface Job {
  head: string;
  force?: boolean;
}

function setup(settleMs = 500, maxWaitMs = 2_000) {
  const clock = new ManualClock();
  const ran: Job[] = [];
  const work: Promise<void>[] = [];
  const queue = new SettlingQueue<Job>(async (job) => void ran.push(job), {
    settleMs,
    maxWaitMs,
    clock,
    track: (promise) => void work.push(promise),
    onError: () => undefined,
    merge: (older, newer) => ({ ...newer, force: older.force || newer.force }),
  });
  return { clock, ran, queue, work };
}

describe("a pull request's audits wait until it is quiet", () => {
  test("a burst collapses into one run of the newest job, after the last request settles", async () => {
    const { clock, ran, queue } = setup();
    expect(queue.request("pr#1", { head: "a" })).toBe("scheduled");
    for (const head of ["b", "c", "d"]) {
      await clock.advance(100);
      expect(queue.request("pr#1", { head })).toBe("collapsed");
    }
    await clock.advance(499);
    expect(ran).toEqual([]);
    await clock.advance(1);
    expect(ran).toEqual([{ head: "d" }]);
  });

  test("a re-run asked for in the burst is kept", async () => {
    const { clock, ran, queue } = setup();
    queue.request("pr#1", { head: "a", force: true });
    queue.request("pr#1", { head: "b" });
    await clock.advance(500);
    expect(ran).toEqual([{ head: "b", force: true }]);
  });

  test("a steady stream of pushes still gets an audit after the longest wait", async () => {
    const { clock, ran, queue } = setup(500, 2_000);
    queue.request("pr#1", { head: "0" });
    for (let step = 1; step <= 8; step++) {
      await clock.advance(400);
      queue.request("pr#1", { head: String(step) });
    }
    // 3,200 ms of pushes every 400 ms: the first audit ran at 2,000 ms, the rest waits its turn.
    expect(ran.map((job) => job.head)).toEqual(["4"]);
    await clock.advance(500);
    expect(ran.map((job) => job.head)).toEqual(["4", "8"]);
  });

  test("pull requests wait independently", async () => {
    const { clock, ran, queue, work } = setup();
    queue.request("pr#1", { head: "a" });
    await clock.advance(300);
    queue.request("pr#2", { head: "b" });
    await clock.advance(200);
    expect(ran).toEqual([{ head: "a" }]);
    await clock.advance(300);
    expect(ran).toEqual([{ head: "a" }, { head: "b" }]);
    await Promise.all(work);
  });
});
