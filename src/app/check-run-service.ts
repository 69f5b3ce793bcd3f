/**
 * The pull-request side of the App: which events ask for a check run, where those audits wait, and
 * the clients they use. app.ts builds one and registers its handlers; the audit itself is in
 * check-run-audit.ts, the decision in check-run-plan.ts.
 *
 * - `pull_request` opened, synchronize, reopened, ready_for_review: audit the head; edited when its
 *   base branch changed.
 * - `check_run.rerequested` (the check's "Re-run" button), `check_suite.rerequested` ("Re-run all")
 *   and `/relais recheck` in a comment on the pull request: audit again and write a new check run,
 *   even for a head already checked. They read the pull request first (one more request) for its
 *   current head and fork, which a check-run event does not carry for a fork.
 */
import type PQueue from "p-queue";
import type { Context, Logger, Probot } from "probot";
import type { GithubClient } from "../sources/github.js";
import { auditPullRequest, type CheckRunOutcome, type PullRequestJob } from "./check-run-audit.js";
import { ReportMemory } from "./check-run-memory.js";
import { SettlingQueue } from "./check-run-queue.js";
import { CHECK_NAME } from "./check-run-writer.js";
import type { Clock } from "./clock.js";
import type { ConfigLoader } from "./config.js";

/** The fields Relais reads of a pull request, in a webhook or a REST answer. */
export interface PullRequestData {
  number: number;
  state?: string;
  updated_at?: string;
  head: { sha: string; repo: { name: string; owner: { login: string }; private: boolean } | null };
  base: { sha: string; ref: string; repo: { name: string; owner: { login: string } } };
}

export interface CheckRunServiceOptions {
  clock: Clock;
  /** Quiet time a pull request must have before its audit starts (bursts of pushes collapse). */
  settleMs?: number;
  log: () => Logger;
  clients(installationId: number): Promise<{ octokit: GithubClient; readOctokit: GithubClient & Partial<ConfigLoader> }>;
  reads(installationId: number): PQueue;
  writes(installationId: number): PQueue;
  /** Runs work so that the App's idle() waits for it. */
  background(task: () => Promise<void>, onError: (error: unknown) => void): void;
  backoffMs?: number;
}

export const DEFAULT_SETTLE_MS = 2_000;
/** Outcomes kept for tests and benches; older ones are dropped so a long-running App stays bounded. */
const OUTCOMES_KEPT = 1_000;

export class CheckRunService {
  readonly memory = new ReportMemory();
  readonly outcomes: { job: PullRequestJob; outcome?: CheckRunOutcome; error?: unknown }[] = [];
  private readonly checked = new Set<string>();
  private readonly queue: SettlingQueue<PullRequestJob>;

  constructor(private readonly options: CheckRunServiceOptions) {
    const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.queue = new SettlingQueue((job) => this.run(job), {
      settleMs,
      maxWaitMs: Math.max(settleMs * 15, settleMs + 1),
      clock: options.clock,
      track: (work) => options.background(() => work, () => undefined),
      onError: (job, error) => {
        this.keep({ job, error });
        options.log().error({ repository: `${job.owner}/${job.repo}`, pullRequest: job.number, error: describe(error) }, "pull request audit failed");
      },
      merge: mergeJobs,
    });
  }

  /** Audit this pull request's head once it has been quiet for a moment. */
  request(job: PullRequestJob): void {
    const state = this.queue.request(`${job.installationId}:${job.owner}/${job.repo}#${job.number}`.toLowerCase(), job);
    this.options.log().debug({ repository: `${job.owner}/${job.repo}`, pullRequest: job.number, reason: job.reason, state }, "check run requested");
  }

  /** Audit again, reading the pull request first: re-runs and `/relais recheck`. */
  async recheck(installationId: number, owner: string, repo: string, number: number, reason: string): Promise<void> {
    const { readOctokit } = await this.options.clients(installationId);
    const { data } = await readOctokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: number });
    this.request(jobFromPullRequest(installationId, data as unknown as PullRequestData, reason, true));
  }

  register(app: Probot, firstDelivery: (context: Context) => boolean | Promise<boolean>): void {
    app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"], async (context) => {
      const installationId = context.payload.installation?.id;
      if (!installationId || !(await firstDelivery(context))) return;
      this.request(jobFromPullRequest(installationId, context.payload.pull_request as unknown as PullRequestData, `pull_request.${context.payload.action}`, false));
    });

    // A pull request moved onto another base branch compares against that one.
    app.on("pull_request.edited", async (context) => {
      const installationId = context.payload.installation?.id;
      if (!installationId || !(await firstDelivery(context)) || !context.payload.changes.base) return;
      this.request(jobFromPullRequest(installationId, context.payload.pull_request as unknown as PullRequestData, "pull_request.edited", false));
    });

    app.on("check_run.rerequested", async (context) => {
      const { payload } = context;
      const installationId = payload.installation?.id;
      if (!installationId || !(await firstDelivery(context)) || payload.check_run.name !== CHECK_NAME) return;
      const number = Number(payload.check_run.external_id) || payload.check_run.pull_requests[0]?.number;
      if (!number) return;
      const [owner, repo] = [payload.repository.owner.login, payload.repository.name];
      this.options.background(() => this.recheck(installationId, owner, repo, number, "check_run.rerequested"), (error) => this.failed(owner, repo, error));
    });

    app.on("check_suite.rerequested", async (context) => {
      const { payload } = context;
      const installationId = payload.installation?.id;
      if (!installationId || !(await firstDelivery(context))) return;
      const [owner, repo] = [payload.repository.owner.login, payload.repository.name];
      const numbers = payload.check_suite.pull_requests.map((pull) => pull.number);
      const headSha = payload.check_suite.head_sha;
      this.options.background(async () => {
        if (numbers.length > 0) {
          for (const number of numbers) await this.recheck(installationId, owner, repo, number, "check_suite.rerequested");
          return;
        }
        // A fork's suite lists no pull request: ask which open ones have this head.
        const { readOctokit } = await this.options.clients(installationId);
        const { data } = await readOctokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { owner, repo, commit_sha: headSha });
        for (const pull of data as unknown as PullRequestData[]) {
          if (pull.state === "open" && pull.head.sha === headSha) this.request(jobFromPullRequest(installationId, pull, "check_suite.rerequested", true));
        }
      }, (error) => this.failed(owner, repo, error));
    });
  }

  private async run(job: PullRequestJob): Promise<void> {
    const { octokit, readOctokit } = await this.options.clients(job.installationId);
    const outcome = await auditPullRequest(job, {
      octokit,
      readOctokit,
      reads: this.options.reads(job.installationId),
      writes: this.options.writes(job.installationId),
      memory: this.memory,
      checked: this.checked,
      clock: this.options.clock,
      log: this.options.log().child({ installation: job.installationId }),
      backoffMs: this.options.backoffMs,
    });
    this.keep({ job, outcome });
  }

  private keep(entry: CheckRunService["outcomes"][number]): void {
    this.outcomes.push(entry);
    if (this.outcomes.length > OUTCOMES_KEPT) this.outcomes.shift();
  }

  private failed(owner: string, repo: string, error: unknown): void {
    this.options.log().error({ repository: `${owner}/${repo}`, error: describe(error) }, "could not read the pull request to check it again");
  }
}

export function jobFromPullRequest(installationId: number, pull: PullRequestData, reason: string, force: boolean): PullRequestJob {
  const headRepo = pull.head.repo;
  return {
    installationId,
    owner: pull.base.repo.owner.login,
    repo: pull.base.repo.name,
    number: pull.number,
    headSha: pull.head.sha,
    baseSha: pull.base.sha,
    baseRef: pull.base.ref,
    head: headRepo ? { owner: headRepo.owner.login, repo: headRepo.name, private: headRepo.private } : null,
    updatedAt: pull.updated_at,
    force,
    reason,
  };
}

/** The newest head wins (by `updated_at` when deliveries arrive out of order); a re-run asked for stays asked for. */
export function mergeJobs(older: PullRequestJob, newer: PullRequestJob): PullRequestJob {
  const newest = older.updatedAt && newer.updatedAt && newer.updatedAt < older.updatedAt ? older : newer;
  return { ...newest, force: older.force || newer.force };
}

/** An error for the logs: status and message only, never the request (its headers carry the token). */
function describe(error: unknown): { status?: number; message: string } {
  const status = (error as { status?: number }).status;
  return { status, message: error instanceof Error ? error.message : String(error) };
}
