/**
 * The limits shared through Redis, each taken by two "instances" (two connections) at once: the
 * content windows never hold more than their maximum, the query lane runs one query at a time and
 * spaced, a repository lock has one holder and frees itself when its holder dies, a delivery id is
 * first seen once.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { systemClock } from "../../src/app/clock.js";
import { firstSeen, RedisContentLimiter, RedisLock, RedisQueryLane } from "../../src/work/redis-limits.js";
import { startRedis, type RedisServer } from "../support/redis-server.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

describe("RedisContentLimiter", () => {
  test("two instances together never exceed a window, and wait rather than fail", async () => {
    const windows = [{ ms: 600, max: 4 }];
    const limiters = [redis.client(), redis.client()].map((client) => new RedisContentLimiter(client, "test:content:1", windows, systemClock));
    const started = Date.now();
    const stamps: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async (_, index) => {
        const answered = await limiters[index % 2]!.acquire();
        stamps.push(Date.now() - started);
        answered();
      }),
    );
    stamps.sort((a, b) => a - b);
    expect(stamps).toHaveLength(12);
    // Any 600 ms holds at most 4 creations: the 5th after the 1st is a window later, and so on.
    for (let index = 4; index < stamps.length; index++) expect(stamps[index]! - stamps[index - 4]!).toBeGreaterThanOrEqual(590);
  });

  test("a creation is counted from its answer, so a slow answer delays the next window", async () => {
    const client = redis.client();
    const limiter = new RedisContentLimiter(client, "test:content:2", [{ ms: 300, max: 1 }], systemClock);
    const answered = await limiter.acquire();
    await new Promise((resolve) => setTimeout(resolve, 200));
    answered();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await limiter.acquire();
    // Counted from the answer (200 ms late): the next slot comes about 300 ms after it, not 100 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  test("a creation never answered (its instance died) stays counted for the pending time, then its window", async () => {
    // What a limiter leaves when its process dies right after a grant: a provisional count 400 ms ahead, never renewed.
    const client = redis.client();
    const [seconds, micros] = (await client.time()).map(Number) as [number, number];
    await client.zadd("test:content:3", seconds * 1000 + Math.floor(micros / 1000) + 400, "p:dead-instance");
    const survivor = new RedisContentLimiter(redis.client(), "test:content:3", [{ ms: 300, max: 1 }], systemClock, 400);
    const started = Date.now();
    await survivor.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
  });
});

describe("RedisContentLimiter, slow requests", () => {
  test("a creation waiting longer than the pending time before its answer stays counted, and its answer counts", async () => {
    const slow = new RedisContentLimiter(redis.client(), "test:content:4", [{ ms: 300, max: 1 }], systemClock, 150);
    const other = new RedisContentLimiter(redis.client(), "test:content:4", [{ ms: 300, max: 1 }], systemClock, 150);
    const answered = await slow.acquire();
    let otherAt = 0;
    const started = Date.now();
    const waiting = other.acquire().then(() => (otherAt = Date.now() - started));
    // The request waits 600 ms (four pending times) somewhere before GitHub answers.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(otherAt).toBe(0);
    answered();
    await waiting;
    expect(otherAt).toBeGreaterThanOrEqual(600 + 290);
  });
});

describe("RedisQueryLane", () => {
  test("queries of two instances never overlap and start at least the spacing apart", async () => {
    const lanes = [redis.client(), redis.client()].map((client) => new RedisQueryLane(client, "test:lane:1", 40, 5_000, systemClock));
    const spans: [number, number][] = [];
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        lanes[index % 2]!.run(async () => {
          most = Math.max(most, ++running);
          const start = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 5));
          spans.push([start, performance.now()]);
          running--;
        }),
      ),
    );
    expect(most).toBe(1);
    spans.sort((a, b) => a[0] - b[0]);
    // Spaced on Redis's clock; seen from here each gap also carries the round trip's jitter.
    expect(spans.at(-1)![0] - spans[0]![0]).toBeGreaterThanOrEqual(9 * 40 - 5);
    for (let index = 1; index < spans.length; index++) expect(spans[index]![0] - spans[index - 1]![0]).toBeGreaterThanOrEqual(25);
  });
});

describe("RedisLock", () => {
  test("one holder at a time; free again once released", async () => {
    const [a, b] = [new RedisLock(redis.client(), 1_000), new RedisLock(redis.client(), 1_000)];
    const release = await a.tryAcquire("test:lock:1");
    expect(release).toBeDefined();
    expect(await b.tryAcquire("test:lock:1")).toBeUndefined();
    await release!();
    const again = await b.tryAcquire("test:lock:1");
    expect(again).toBeDefined();
    await again!();
  });

  test("a lock whose holder died expires by itself, and the late holder cannot release the new one", async () => {
    const client = redis.client();
    // A holder that died: its token is there with a short life and nobody renews it.
    await client.set("test:lock:2", "dead-holder", "PX", 150);
    const lock = new RedisLock(redis.client(), 1_000);
    expect(await lock.tryAcquire("test:lock:2")).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const release = await lock.tryAcquire("test:lock:2");
    expect(release).toBeDefined();
    expect(await client.get("test:lock:2")).not.toBe("dead-holder");
    await release!();
    expect(await client.exists("test:lock:2")).toBe(0);
  });
});

describe("delivery de-duplication", () => {
  test("a delivery id is first seen once across instances, and forgotten after its TTL", async () => {
    const [a, b] = [redis.client(), redis.client()];
    const answers = await Promise.all([firstSeen(a, "test:delivery:x", 60), firstSeen(b, "test:delivery:x", 60), firstSeen(a, "test:delivery:x", 60)]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    const ttl = await a.ttl("test:delivery:x");
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});
