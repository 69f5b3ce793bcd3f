/**
 * Picks where the App's work lives: Redis through BullMQ when a Redis URL is given (`REDIS_URL`, the
 * variable Probot also reads to cluster its own throttling), this process otherwise.
 */
import { inProcessBackend, type InProcessOptions } from "./in-process-backend.js";
import { redisBackend, type RedisBackendOptions } from "./redis-backend.js";
import type { WorkBackend } from "./work-backend.js";

/** The Redis backend's own settings (its URL first); the rest is shared with the in-process backend. */
export type RedisSettings = Omit<RedisBackendOptions, keyof InProcessOptions | "log">;

export function createWorkBackend(options: InProcessOptions & { redis?: RedisSettings; log?: RedisBackendOptions["log"] }): WorkBackend {
  if (!options.redis?.url) return inProcessBackend(options);
  return redisBackend({ ...options, ...options.redis });
}
