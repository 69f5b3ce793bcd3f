/**
 * Secondary rate limits, retried. Probot's Octokit logs a secondary rate limit (403 or 429 with
 * `retry-after`) and gives up; since `probot run` builds that Octokit, Relais adds an error hook to
 * each installation client instead: wait what GitHub asks, then send the request again. A
 * secondary-limit answer means GitHub refused the request without carrying it out, so resending even a
 * POST cannot duplicate anything. 5xx answers are left to Octokit's retry plugin for idempotent
 * requests, and to issue-writer.ts (look before creating again) for creations.
 */
import type { ProbotOctokit } from "probot";
import type { Clock } from "./clock.js";

type Octokit = InstanceType<typeof ProbotOctokit>;

export interface SecondaryLimitOptions {
  clock: Clock;
  log: { warn(object: object, message: string): void };
  retries?: number;
  /** Never wait longer than this for one retry. */
  maxWaitMs?: number;
}

const HOOKED = Symbol("relais.secondary-limit");

export function isSecondaryLimit(error: unknown): number | undefined {
  const { status, message, response } = (error ?? {}) as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } };
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = response?.headers?.["retry-after"];
  if (retryAfter === undefined && !/secondary rate/i.test(message ?? "")) return undefined;
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 60_000;
}

export function retrySecondaryLimits(octokit: Octokit, options: SecondaryLimitOptions): Octokit {
  const marked = octokit as Octokit & { [HOOKED]?: true };
  if (marked[HOOKED]) return octokit;
  marked[HOOKED] = true;
  const retries = options.retries ?? 3;
  octokit.hook.error("request", async (error, request) => {
    const wait = isSecondaryLimit(error);
    const attempt = Number((request.request as { relaisAttempt?: number } | undefined)?.relaisAttempt ?? 0);
    if (wait === undefined || attempt >= retries) throw error;
    options.log.warn({ method: request.method, url: request.url, waitMs: wait, attempt: attempt + 1 }, "secondary rate limit: waiting before retrying");
    await options.clock.sleep(Math.min(wait, options.maxWaitMs ?? 15 * 60_000));
    const resend = octokit.request as unknown as (options: object) => ReturnType<Octokit["request"]>;
    return resend({ ...request, request: { ...request.request, relaisAttempt: attempt + 1 } });
  });
  return octokit;
}
