/**
 * Reads from GitHub at the pace GitHub asks of reads, not of writes.
 *
 * @octokit/plugin-throttling (bundled in Probot's Octokit) sends every `POST /graphql` through its
 * "write" lane, one request a second per installation, because it cannot tell a query from a
 * mutation: a first install on 1,000 repositories spent most of its time waiting there behind the
 * issue writes. Relais's GraphQL requests are all queries, so a client used only for reading gets a
 * pass-through "write" group, and its queries go through a `QueryLane` instead: one query at a time,
 * at least 50 ms apart. That honours GitHub's documented secondary limits for GraphQL whatever the
 * latency: at most 1,200 queries a minute (limit: 2,000 points, a query costs 1), never more than one
 * query's worth of server time at once (limit: 60 s a minute), far below 100 concurrent requests.
 * REST reads (the tree) keep the plugin's global lane, and a guard refuses any write on such a client,
 * so writes and content creation stay on the paced installation client.
 */
import type { ProbotOctokit } from "probot";
import { systemClock, type Clock } from "../app/clock.js";

type Octokit = InstanceType<typeof ProbotOctokit>;

export const QUERY_SPACING_MS = 50;

type Task<T> = (...args: unknown[]) => T | Promise<T>;

/** plugin-throttling's Bottleneck group shape, letting everything through at once (see above why). */
export const unpacedGroup = {
  key: () => ({
    schedule: <T>(_options: unknown, task: Task<T>, ...args: unknown[]): Promise<T> => Promise.resolve(task(...args)),
  }),
};

/**
 * One task at a time, each starting at least `spacingMs` after the previous one started. Hand-written
 * rather than Bottleneck or p-queue, which read the system time: the bench runs it on a scaled clock.
 */
export class QueryLane {
  private tail: Promise<unknown> = Promise.resolve();
  private nextAt = 0;

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly spacingMs: number = QUERY_SPACING_MS,
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(async () => {
      const wait = this.nextAt - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      this.nextAt = this.clock.now() + this.spacingMs;
      return task();
    });
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}

const QUERY = /^\s*(query\b|\{)/;

function pathOf(url: string): string {
  return new URL(url, "http://github.invalid").pathname;
}

/** The installation token the client asks for itself (octokit-auth-app sends it through the same request). */
const TOKEN_REQUEST = /\/app\/installations\/[^/]+\/access_tokens$/;

/**
 * Makes `octokit` a read client: GET and HEAD as they are, GraphQL queries through `lane`, its own
 * token request, anything else refused before it leaves. Apply it before any hook that resends a request (octokit-retry.ts), so
 * a resent query queues again instead of waiting for the lane it holds.
 */
export function readOnly<T extends Pick<Octokit, "hook">>(octokit: T, lane: Pick<QueryLane, "run">): T {
  octokit.hook.wrap("request", (request, options) => {
    const method = String(options.method);
    const url = String(options.url);
    if (method === "GET" || method === "HEAD") return request(options);
    if (method === "POST" && pathOf(url).endsWith("/graphql") && QUERY.test(String((options as { query?: unknown }).query ?? ""))) return lane.run(async () => request(options));
    if (method === "POST" && TOKEN_REQUEST.test(pathOf(url))) return request(options);
    throw new Error(`a read-only GitHub client refused ${method} ${url}`);
  });
  return octokit;
}
