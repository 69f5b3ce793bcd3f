/**
 * When a failed audit is tried again. A fault GitHub may recover from (5xx, a dropped connection, a
 * rate limit, the App's identity not yet known) is retried with exponential back-off, a bounded number
 * of times; a refusal that waiting cannot change (the repository gone, issues disabled, a validation
 * error) is not. The decision is pure, so the in-process queue and its tests share it; a Redis/BullMQ
 * backend maps the same numbers to BullMQ's own `attempts` and `backoff`.
 */
import { RepositoryNotFound } from "../sources/github.js";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; each later wait is `factor` times the previous one. */
  firstDelayMs: number;
  factor: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
}

/** 1 min, 4 min, 16 min, then give up until the next push or the daily pass. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, firstDelayMs: 60_000, factor: 4, maxDelayMs: 30 * 60_000 };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: "permanent" | "exhausted" };

/** After attempt number `attempt` (1 for the first) failed with `error`: wait and retry, or give up. */
export function decideRetry(policy: RetryPolicy, attempt: number, error: unknown): RetryDecision {
  if (!isTransient(error)) return { retry: false, reason: "permanent" };
  if (attempt >= policy.attempts) return { retry: false, reason: "exhausted" };
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * policy.factor ** (attempt - 1));
  return { retry: true, delayMs };
}

/** Statuses that say the request was understood and refused for good. 403 and 429 are rate limits here. */
const PERMANENT = new Set([400, 401, 404, 410, 422]);

export function isTransient(error: unknown): boolean {
  if (error instanceof RepositoryNotFound) return false;
  const { status } = (error ?? {}) as { status?: unknown };
  return typeof status !== "number" || !PERMANENT.has(status);
}
