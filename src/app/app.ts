/**
 * The Probot application: which events start an audit, and the background work they start. Every
 * webhook handler only records work and returns, so the delivery is answered at once; audits run
 * afterwards in the work queues (per repository serialised, per installation bounded).
 */
import type { ApplicationFunction, Context, Probot } from "probot";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import { auditRepository, type AuditOutcome } from "./audit-repository.js";
import { systemClock, type Clock } from "./clock.js";
import { canWrite, explainRule, parseCommand } from "./commands.js";
import type { Window } from "./content-limiter.js";
import { commentMarker } from "./issue-body.js";
import { postCommentOnce } from "./issue-writer.js";
import { retrySecondaryLimits } from "./octokit-retry.js";
import { installationReadClient } from "./read-client.js";
import type { Schedule } from "./schedule.js";
import type { RepositoryRef } from "./work-queues.js";
import { createWorkBackend, type RedisSettings } from "../work/create-work-backend.js";
import { healthHandler } from "../work/health.js";

export interface RelaisAppOptions {
  clock?: Clock;
  /** Audits reading at once per installation. */
  readConcurrency?: number;
  /** Re-audit every installed repository this often; 0 turns the schedule off. Default: daily. */
  scheduleIntervalMs?: number;
  /** Each interval is drawn within ±jitter of it (a fraction), so instances do not all wake together. */
  scheduleJitter?: number;
  contentWindows?: readonly Window[];
  /** First back-off after a failed creation. */
  backoffMs?: number;
  /** Least time between two GraphQL queries of one installation (see github-read-lane.ts). */
  querySpacingMs?: number;
  /** With a URL, the work lives in Redis through BullMQ (several instances); in this process otherwise. */
  redis?: RedisSettings;
}

export interface AuditJob extends RepositoryRef {
  reason: string;
}

export interface RelaisApp {
  appFn: ApplicationFunction;
  /** Resolves when every queued audit and command has finished. */
  idle(): Promise<void>;
  /** Audits every repository of every installation (what the schedule runs). */
  auditEverything(): Promise<void>;
  /** Outcomes of finished audits, for tests and benches. */
  readonly outcomes: { job: AuditJob; outcome?: AuditOutcome; error?: unknown }[];
  stop(): void;
  /** Graceful shutdown: stops the schedule and the workers; unfinished work goes back to Redis. */
  close(): Promise<void>;
  /** Where the work lives. */
  readonly backend: "in-process" | "redis";
}

const DAY = 24 * 3_600_000;

export function createRelaisApp(options: RelaisAppOptions = {}): RelaisApp {
  const clock = options.clock ?? systemClock;
  const limiter = (installationId: number) => queues.limiter(installationId);
  const outcomes: RelaisApp["outcomes"] = [];
  let probot: Probot | undefined;
  let creator: Promise<string | undefined> | undefined;
  let schedule: Schedule | undefined;

  const queues = createWorkBackend({
    clock,
    contentWindows: options.contentWindows,
    querySpacingMs: options.querySpacingMs,
    redis: options.redis,
    log: { info: (object, message) => probot?.log.info(object, message), warn: (object, message) => probot?.log.warn(object, message) },
    run: async (job) => {
      const app = probot!;
      const octokit = await client(app, job.installationId);
      const outcome = await auditRepository(job.owner, job.repo, {
        octokit,
        readOctokit: await readClient(app, job.installationId),
        clock,
        limiter: limiter(job.installationId),
        reads: queues.reads(job.installationId),
        writes: queues.writes(job.installationId),
        log: app.log.child({ installation: job.installationId }),
        creator: await botLogin(app),
        backoffMs: options.backoffMs,
      });
      outcomes.push({ job, outcome });
    },
    readConcurrency: options.readConcurrency ?? 8,
    onError: (job, error) => {
      outcomes.push({ job, error });
      probot?.log.error({ repository: `${job.owner}/${job.repo}`, reason: job.reason, error: describe(error) }, "audit failed");
    },
  });

  /** An installation client that also waits out secondary rate limits. */
  async function client(app: Probot, installationId: number) {
    return retrySecondaryLimits(await app.auth(installationId), { clock, log: app.log });
  }

  /** The client the audits read with: GraphQL queries in a read lane rather than Octokit's write lane. */
  async function readClient(app: Probot, installationId: number) {
    return retrySecondaryLimits(await installationReadClient(app, installationId, queues.queryLane(installationId)), { clock, log: app.log });
  }

  /** The App's bot login ("slug[bot]"), asked once per process. */
  function botLogin(app: Probot): Promise<string | undefined> {
    creator ??= app
      .auth()
      .then((octokit) => octokit.request("GET /app"))
      .then(({ data }) => (data?.slug ? `${data.slug}[bot]` : undefined))
      .catch(() => {
        creator = undefined;
        return undefined;
      });
    return creator;
  }

  /** Resolves once the request is recorded (in Redis: durably, before the delivery is answered). */
  async function enqueue(installationId: number | undefined, fullName: string, reason: string): Promise<void> {
    const [owner, repo] = fullName.split("/");
    if (!installationId || !owner || !repo) return;
    const state = await queues.enqueue({ installationId, owner, repo, reason });
    probot?.log.debug({ repository: fullName, reason, state }, "audit requested");
  }

  /** A delivery seen before (GitHub redelivers; a proxy may replay) is acknowledged and ignored. */
  function firstDelivery(context: Context): Promise<boolean> {
    return queues.firstDelivery(context.id);
  }

  async function enqueueInstallation(app: Probot, installationId: number, reason: string): Promise<void> {
    const octokit = await client(app, installationId);
    const repositories = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
    for (const repository of repositories) await enqueue(installationId, repository.full_name, reason);
  }

  async function auditEverything(): Promise<void> {
    const app = probot!;
    const octokit = await app.auth();
    const installations = await octokit.paginate("GET /app/installations", { per_page: 100 });
    for (const installation of installations) {
      if (installation.suspended_at) continue;
      await enqueueInstallation(app, installation.id, "schedule").catch((error) => app.log.warn({ installation: installation.id, error: describe(error) }, "could not list the installation's repositories"));
    }
  }

  const appFn: ApplicationFunction = (app, appOptions) => {
    probot = app;
    appOptions?.addHandler?.(healthHandler(() => queues.healthy()));

    app.on("installation.created", async (context) => {
      if (!(await firstDelivery(context))) return;
      const installationId = context.payload.installation.id;
      queues.background(() => enqueueInstallation(app, installationId, "installation"), (error) => app.log.error({ installation: installationId, error: describe(error) }, "could not list the installation's repositories"));
    });

    app.on("installation_repositories.added", async (context) => {
      if (!(await firstDelivery(context))) return;
      for (const repository of context.payload.repositories_added) await enqueue(context.payload.installation.id, repository.full_name, "repositories-added");
    });

    app.on("push", async (context) => {
      if (!(await firstDelivery(context))) return;
      const { payload } = context;
      if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
      await enqueue(payload.installation?.id, payload.repository.full_name, "push");
    });

    app.on(["repository.created", "repository.publicized", "repository.unarchived"], async (context) => {
      if (!(await firstDelivery(context))) return;
      await enqueue(context.payload.installation?.id, context.payload.repository.full_name, `repository.${context.payload.action}`);
    });

    app.on("issue_comment.created", async (context) => {
      if (!(await firstDelivery(context))) return;
      const { payload } = context;
      const command = parseCommand(payload.comment.body);
      if (!command || payload.comment.user?.type === "Bot" || !payload.installation) return;
      const installationId = payload.installation.id;
      const owner = payload.repository.owner.login;
      const repo = payload.repository.name;
      const username = payload.comment.user?.login ?? "";
      const issueNumber = payload.issue.number;
      const log = app.log.child({ repository: `${owner}/${repo}` });
      queues.background(async () => {
        const octokit = await client(app, installationId);
        if (!(await canWrite(octokit, owner, repo, username))) {
          log.info({ command: command.kind }, "command ignored: the commenter has no write access");
          return;
        }
        if (command.kind === "recheck") {
          await enqueue(installationId, `${owner}/${repo}`, "recheck");
          return;
        }
        const language = languageOf(payload.repository.full_name, payload.issue.body);
        const body = explainRule(command.rule, language);
        const marker = commentMarker("explain", String(payload.comment.id));
        await queues.writes(installationId).add(() =>
          postCommentOnce({ octokit, owner, repo, label: DEFAULT_CONFIG.issue.label, labelDescription: "", limiter: limiter(installationId), clock, log, backoffMs: options.backoffMs }, { writes: 0 }, issueNumber, `${body}\n\n${marker}`, marker),
        );
      }, (error) => log.error({ error: describe(error) }, "command failed"));
    });

    const interval = options.scheduleIntervalMs ?? DAY;
    if (interval > 0) {
      schedule = queues.schedule(interval, options.scheduleJitter ?? 0.1, auditEverything, (error) => app.log.error({ error: describe(error) }, "scheduled audit failed"));
    }
    queues.start();
  };

  return {
    appFn,
    idle: () => queues.idle(),
    auditEverything,
    outcomes,
    stop: () => schedule?.stop(),
    close: async () => {
      schedule?.stop();
      await queues.close();
    },
    backend: queues.kind,
  };
}

/**
 * The language of an answer: English when the Relais issue was written in English (its title or body
 * says so), French otherwise. Reading the configuration here would cost a request for a one-line answer.
 */
function languageOf(_repository: string, issueBody: string | null | undefined): "fr" | "en" {
  return /Relais audit of|missing handover documents/i.test(issueBody ?? "") ? "en" : "fr";
}

/** An error for the logs: status and message only, never the request (its headers carry the token). */
function describe(error: unknown): { status?: number; message: string } {
  const status = (error as { status?: number }).status;
  return { status, message: error instanceof Error ? error.message : String(error) };
}
