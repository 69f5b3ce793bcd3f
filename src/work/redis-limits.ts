/**
 * GitHub's per-installation limits kept in Redis, so that every instance draws from the same budget:
 * the content-creation windows (see ../app/content-limiter.ts), the GraphQL query lane (see
 * ../sources/github-read-lane.ts), the per-repository lock and the delivery de-duplication. Each
 * decision is one Lua script, so two instances never both read "free" and both take the slot. Times
 * come from Redis's own clock (TIME) rather than each instance's, so clock skew between machines
 * cannot widen a window. Hand-written because no maintained library does sliding windows with
 * "count from the answer" (rate-limiter-flexible and Bottleneck count from the request only).
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { systemClock, type Clock } from "../app/clock.js";
import type { Window } from "../app/content-limiter.js";

/** Milliseconds on the Redis server's clock. */
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * KEYS[1]: the installation's sorted set of creations (score: when counted). ARGV[1]: a member for
 * this creation, ARGV[2]: how far ahead an unanswered creation is counted, then pairs of (window ms,
 * max). Returns 0 when the creation was counted, or the milliseconds to wait before asking again.
 * Unanswered creations are members "p:…"; a wait they cause is asked again soon, since their answer
 * usually comes well before the provisional count runs out.
 */
const ACQUIRE_CONTENT = `${NOW}
local longest = 0
for i = 3, #ARGV, 2 do longest = math.max(longest, tonumber(ARGV[i])) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - longest)
local wait = 0
for i = 3, #ARGV, 2 do
  local ms = tonumber(ARGV[i])
  local max = tonumber(ARGV[i + 1])
  local inside = redis.call('ZCOUNT', KEYS[1], '(' .. (now - ms), '+inf')
  if inside >= max then
    local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - ms), '+inf', 'WITHSCORES', 'LIMIT', inside - max, 1)
    local free = tonumber(oldest[2]) + ms - now + 1
    if string.sub(oldest[1], 1, 2) == 'p:' then free = math.min(free, 200) end
    wait = math.max(wait, free)
  end
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), 'p:' .. ARGV[1])
redis.call('PEXPIRE', KEYS[1], longest + tonumber(ARGV[2]))
return 0`;

/**
 * Counts a creation from GitHub's answer, which came after GitHub counted it: always recorded, even if
 * the provisional count had lapsed meanwhile. ARGV[2]: the key's life (the longest window).
 */
const ANSWERED_CONTENT = `${NOW}
redis.call('ZREM', KEYS[1], 'p:' .. ARGV[1])
redis.call('ZADD', KEYS[1], now, 'a:' .. ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/**
 * Keeps an unanswered creation counted ahead while its instance lives (it may wait long in Probot's
 * write lane before it leaves). ARGV[2]: how far ahead, ARGV[3]: the key's life.
 */
const PENDING_CONTENT = `${NOW}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), 'p:' .. ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 0`;

/**
 * The query lane. KEYS[1]: when the next query may start; KEYS[2]: who holds the lane. ARGV: token,
 * spacing ms, hold ms (how long a holder that died keeps it). Returns 0 when taken, else a wait.
 */
const ACQUIRE_LANE = `${NOW}
local holder = redis.call('PTTL', KEYS[2])
if holder > 0 then return math.min(holder, 20) end
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt > now then return nextAt - now end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
redis.call('SET', KEYS[1], now + tonumber(ARGV[2]), 'PX', tonumber(ARGV[2]) + 1000)
return 0`;

/** Deletes or extends a lock only for the holder that took it (a lock that expired may be someone else's). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

type Scripted = Redis & {
  relaisAcquireContent(key: string, ...args: (string | number)[]): Promise<number>;
  relaisAnsweredContent(key: string, member: string, ttlMs: number): Promise<number>;
  relaisPendingContent(key: string, member: string, aheadMs: number, ttlMs: number): Promise<number>;
  relaisAcquireLane(nextKey: string, holderKey: string, token: string, spacingMs: number, holdMs: number): Promise<number>;
  relaisRelease(key: string, token: string): Promise<number>;
  relaisExtend(key: string, token: string, ms: number): Promise<number>;
};

/** Registers the scripts on a connection (EVALSHA, loaded again by ioredis after a Redis restart). */
export function withRelaisScripts(redis: Redis): Scripted {
  const scripted = redis as Scripted;
  if (typeof scripted.relaisAcquireContent === "function") return scripted;
  redis.defineCommand("relaisAcquireContent", { numberOfKeys: 1, lua: ACQUIRE_CONTENT });
  redis.defineCommand("relaisAnsweredContent", { numberOfKeys: 1, lua: ANSWERED_CONTENT });
  redis.defineCommand("relaisPendingContent", { numberOfKeys: 1, lua: PENDING_CONTENT });
  redis.defineCommand("relaisAcquireLane", { numberOfKeys: 2, lua: ACQUIRE_LANE });
  redis.defineCommand("relaisRelease", { numberOfKeys: 1, lua: RELEASE });
  redis.defineCommand("relaisExtend", { numberOfKeys: 1, lua: EXTEND });
  return scripted;
}

/**
 * The content limiter's contract (acquire, then call what it returns once GitHub answered), shared by
 * every instance. Until its answer, a creation is counted `pendingMs` ahead, renewed while the
 * instance waits: GitHub counts it when it arrives, which may be much later than now (Probot's write
 * lane), and if the instance dies before the answer (SIGKILL) nobody will say when; in process that
 * state dies with the process, here it outlives it, for `pendingMs`.
 */
export class RedisContentLimiter {
  private readonly redis: Scripted;

  constructor(
    redis: Redis,
    private readonly key: string,
    private readonly windows: readonly Window[],
    private readonly clock: Clock = systemClock,
    private readonly pendingMs = 30_000,
  ) {
    this.redis = withRelaisScripts(redis);
  }

  async acquire(): Promise<() => void> {
    const member = randomUUID();
    const windows = this.windows.flatMap((window) => [window.ms, window.max]);
    for (;;) {
      const wait = await this.redis.relaisAcquireContent(this.key, member, this.pendingMs, ...windows);
      if (wait <= 0) {
        const ttl = Math.max(...this.windows.map((window) => window.ms)) + this.pendingMs;
        const renew = setInterval(() => void this.redis.relaisPendingContent(this.key, member, this.pendingMs, ttl).catch(() => undefined), Math.max(100, Math.floor(this.pendingMs / 3)));
        renew.unref();
        return () => {
          clearInterval(renew);
          void this.redis.relaisAnsweredContent(this.key, member, ttl).catch(() => undefined);
        };
      }
      await this.clock.sleep(wait);
    }
  }
}

/** The per-installation GraphQL lane across instances: one query at a time, starts at least `spacingMs` apart. */
export class RedisQueryLane {
  private readonly redis: Scripted;

  constructor(
    redis: Redis,
    private readonly key: string,
    private readonly spacingMs: number,
    private readonly holdMs: number,
    private readonly clock: Clock = systemClock,
  ) {
    this.redis = withRelaisScripts(redis);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    const holder = `${this.key}:holder`;
    for (;;) {
      const wait = await this.redis.relaisAcquireLane(`${this.key}:next`, holder, token, this.spacingMs, this.holdMs);
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    try {
      return await task();
    } finally {
      await this.redis.relaisRelease(holder, token).catch(() => undefined);
    }
  }
}

/** A lock held by one instance, kept alive while held, that expires on its own if the instance dies. */
export class RedisLock {
  private readonly redis: Scripted;

  constructor(
    redis: Redis,
    private readonly ttlMs: number,
  ) {
    this.redis = withRelaisScripts(redis);
  }

  /** The release function when taken, undefined when another holder has it. */
  async tryAcquire(key: string): Promise<(() => Promise<void>) | undefined> {
    const token = randomUUID();
    const taken = await this.redis.set(key, token, "PX", this.ttlMs, "NX");
    if (taken !== "OK") return undefined;
    const timer = setInterval(() => void this.redis.relaisExtend(key, token, this.ttlMs).catch(() => undefined), Math.max(100, Math.floor(this.ttlMs / 3)));
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.redis.relaisRelease(key, token).catch(() => undefined);
    };
  }
}

/** True the first time a delivery id is seen by any instance within `ttlSeconds`. */
export async function firstSeen(redis: Redis, key: string, ttlSeconds: number): Promise<boolean> {
  return (await redis.set(key, "1", "EX", ttlSeconds, "NX")) === "OK";
}
