/**
 * The Probot application: which events start an audit, and the background work they start. Every
 * webhook handler only records work and returns, so the delivery is answered at once; audits run
 * afterwards in the work queues (per repository serialised, per installation bounded).
 */
import type { ApplicationFunction, Context, Probot } from "probot";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import { auditRepository, type AuditOutcome } from "./audit-repository.js";
import { CheckRunService } from "./check-run-service.js";
import { systemClock, type Clock } from "./clock.js";
import { acknowledgeComment, canWrite, explainRule, parseCommand } from "./commands.js";
import type { Window } from "./content-limiter.js";
import { commentMarker } from "./issue-body.js";
import { postCommentOnce } from "./issue-writer.js";
import { retrySecondaryLimits } from "./octokit-retry.js";
import { installationReadClient } from "./read-client.js";
import type { Schedule } from "./schedule.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy.js";
import { divertRefusedWebhooks, GITHUB_PAYLOAD_CAP, hidePayload, webhookGuardHandler } from "./webhook-guard.js";
import type { FailureInfo } from "./work-queues.js";
import { createWorkBackend, type RedisSettings } from "../work/create-work-backend.js";
import { healthHandler } from "../work/health.js";
import type { AuditJob } from "../work/work-backend.js";
import { catalogue, formatMessage } from "../render/messages/index.js";
import { markdownFormat } from "../render/escape.js";
import type { Store } from "../store/store.js";
import { recordFromOutcome } from "../store/record-from-outcome.js";
import { dueForAudit } from "./catch-up.js";

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
  /** Quiet time before a pull request's check run is audited, so a burst of pushes costs one audit. */
  checkRunSettleMs?: number;
  /** How failed audits are retried (retry-policy.ts); tests shorten the waits. */
  retry?: Partial<RetryPolicy>;
  /** Webhook bodies larger than this are refused with 413 before they are read. Default: GitHub's 25 MB cap. */
  maxPayloadBytes?: number;
  /**
   * Called once per finished audit attempt (tests, benches, a store of results). Relais itself keeps
   * nothing per audit: only the counters below.
   */
  onOutcome?: (event: AuditEvent) => void;
  /** Where every audit is kept (src/store/); at start, repositories it has no recent audit of are queued. */
  store?: Store;
  /** The catch-up at start waits a random time up to this (default one minute), so instances do not start together. */
  catchUpJitterMs?: number;
}

/** One finished audit attempt: its outcome, or the error and whether it will be retried. */
export interface AuditEvent {
  job: AuditJob;
  outcome?: AuditOutcome;
  error?: unknown;
  failure?: FailureInfo;
}

export interface AuditCounters {
  audited: number;
  skipped: number;
  /** Failed attempts, retried or not. */
  failed: number;
  retried: number;
  /** Audits given up after their last attempt (or a permanent refusal). */
  abandoned: number;
}

export type { AuditJob };

export interface RelaisApp {
  appFn: ApplicationFunction;
  /** Resolves when every queued audit and command has finished. */
  idle(): Promise<void>;
  /** Audits every repository of every installation (what the schedule runs). */
  auditEverything(): Promise<void>;
  /** Totals since start; nothing is kept per audit. */
  readonly counters: Readonly<AuditCounters>;
  /** Pull-request check runs (check-run-service.ts). */
  readonly checkRuns: CheckRunService;
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
  const counters: AuditCounters = { audited: 0, skipped: 0, failed: 0, retried: 0, abandoned: 0 };
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  let probot: Probot | undefined;
  let creator: Promise<string> | undefined;
  let schedule: Schedule | undefined;
  let catchUpTimer: NodeJS.Timeout | undefined;

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
        remember: (entry) => checkRuns.memory.remember(entry),
      });
      counters[outcome.status === "skipped" ? "skipped" : "audited"]++;
      if (job.recheck && outcome.status === "audited" && outcome.writes === 0) await answerUnchangedRecheck(app, job, job.recheck);
      await options.store?.recordAudit(recordFromOutcome(`${job.owner}/${job.repo}`, job.installationId, outcome, new Date(clock.now()))).catch((error) => app.log.error({ repository: `${job.owner}/${job.repo}`, error: describe(error) }, "could not store the audit"));
      options.onOutcome?.({ job, outcome });
    },
    readConcurrency: options.readConcurrency ?? 8,
    // In process, retry-policy.ts decides; with Redis, BullMQ's attempts do and only the last failure is reported.
    retry,
    onError: (job, error, failure) => {
      counters.failed++;
      counters[failure.decision.retry ? "retried" : "abandoned"]++;
      const next = failure.decision.retry ? { retryInMs: failure.decision.delayMs } : { gaveUp: failure.decision.reason };
      probot?.log.error({ repository: `${job.owner}/${job.repo}`, reason: job.reason, attempt: failure.attempt, ...next, error: describe(error) }, failure.decision.retry ? "audit failed; retrying later" : "audit failed; giving up");
      options.onOutcome?.({ job, error, failure });
    },
  });

  const checkRuns = new CheckRunService({
    clock,
    settleMs: options.checkRunSettleMs,
    log: () => probot!.log,
    clients: async (installationId) => ({ octokit: await client(probot!, installationId), readOctokit: await readClient(probot!, installationId) }),
    reads: (installationId) => queues.reads(installationId),
    writes: (installationId) => queues.writes(installationId),
    background: (task, onError) => queues.background(task, onError),
    backoffMs: options.backoffMs,
  });
  /** `/relais recheck` changed nothing: say so, once per comment, so the commenter knows it was heard. */
  async function answerUnchangedRecheck(app: Probot, job: AuditJob, recheck: NonNullable<AuditJob["recheck"]>): Promise<void> {
    const octokit = await client(app, job.installationId);
    const body = formatMessage(catalogue(recheck.language), { key: "issue.recheck-unchanged" }, markdownFormat);
    const marker = commentMarker("recheck", String(recheck.commentId));
    const log = app.log.child({ repository: `${job.owner}/${job.repo}` });
    await queues
      .writes(job.installationId)
      .add(() => postCommentOnce({ octokit, owner: job.owner, repo: job.repo, label: DEFAULT_CONFIG.issue.label, labelDescription: "", limiter: limiter(job.installationId), clock, log, backoffMs: options.backoffMs }, { writes: 0 }, recheck.issueNumber, `${body}\n\n${marker}`, marker))
      .catch((error: unknown) => log.warn({ error: describe(error) }, "could not answer the recheck"));
  }

  /** An installation client that also waits out secondary rate limits. */
  async function client(app: Probot, installationId: number) {
    return retrySecondaryLimits(await app.auth(installationId), { clock, log: app.log });
  }

  /** The client the audits read with: GraphQL queries in a read lane rather than Octokit's write lane. */
  async function readClient(app: Probot, installationId: number) {
    return retrySecondaryLimits(await installationReadClient(app, installationId, queues.queryLane(installationId)), { clock, log: app.log });
  }

  /**
   * The App's bot login ("slug[bot]"), asked once per process. Without it an issue that lost its label
   * cannot be found, and a second one would be opened: so a failing `GET /app` is retried here, and if
   * it keeps failing the audit fails (and is retried by the queue) rather than going on blind.
   */
  function botLogin(app: Probot): Promise<string> {
    creator ??= (async () => {
      let wait = options.backoffMs ?? 2_000;
      for (let attempt = 1; ; attempt++) {
        try {
          const { data } = await (await app.auth()).request("GET /app");
          if (data?.slug) return `${data.slug}[bot]`;
          throw new Error("GET /app answered without a slug");
        } catch (error) {
          if (attempt >= 3) throw Object.assign(new Error(`the App's identity is unknown (GET /app failed: ${describe(error).message}); audit postponed so as not to open a second issue`), { status: describe(error).status });
          app.log.warn({ attempt, error: describe(error) }, "GET /app failed; retrying");
          await clock.sleep(wait);
          wait *= 2;
        }
      }
    })().catch((error: unknown) => {
      creator = undefined;
      throw error;
    });
    return creator as Promise<string>;
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

  async function enqueueInstallation(app: Probot, installationId: number, reason: string, due?: (fullName: string) => boolean): Promise<void> {
    const octokit = await client(app, installationId);
    const repositories = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
    for (const repository of repositories) if (!due || due(repository.full_name)) await enqueue(installationId, repository.full_name, reason);
  }

  /** After a restart: queue every installed repository the store has no audit of, or only an old one. */
  async function catchUp(store: Store, interval: number): Promise<void> {
    const app = probot!;
    const due = dueForAudit(await store.lastAudits(), clock.now(), interval);
    const octokit = await app.auth();
    const installations = await octokit.paginate("GET /app/installations", { per_page: 100 });
    for (const installation of installations) {
      if (installation.suspended_at) continue;
      await enqueueInstallation(app, installation.id, "catch-up", due).catch((error) => app.log.warn({ installation: installation.id, error: describe(error) }, "could not list the installation's repositories"));
    }
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

  const appFn: ApplicationFunction = (app, { addHandler } = { cwd: "", addHandler: () => undefined }) => {
    probot = app;
    addHandler(healthHandler(() => queues.healthy()));
    // Bounded work before the signature check: oversized bodies refused unread, payloads never logged.
    const maxBytes = options.maxPayloadBytes ?? GITHUB_PAYLOAD_CAP;
    divertRefusedWebhooks(app.webhookPath, maxBytes);
    addHandler(webhookGuardHandler({ webhookPath: app.webhookPath, maxBytes, log: app.log }));
    const verifyAndReceive = app.webhooks.verifyAndReceive;
    app.webhooks.verifyAndReceive = (event) => verifyAndReceive(hidePayload({ ...event }));

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

    checkRuns.register(app, firstDelivery);

    app.on("issue_comment.created", async (context) => {
      const { payload } = context;
      // The cheap checks first; the comment's text is read last, and only its start (commands.ts).
      if (payload.comment.user?.type === "Bot" || !payload.installation || !(await firstDelivery(context))) return;
      const command = parseCommand(payload.comment.body);
      if (!command) return;
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
        const language = languageOf(payload.repository.full_name, payload.issue.body);
        // On a pull request, `/relais recheck` is about its check run, not the issue.
        if (command.kind === "recheck" && payload.issue.pull_request) {
          await acknowledgeComment(octokit, owner, repo, payload.comment.id).catch((error: unknown) => log.warn({ error: describe(error) }, "could not acknowledge the command"));
          await checkRuns.recheck(installationId, owner, repo, issueNumber, "recheck");
          return;
        }
        if (command.kind === "recheck") {
          await acknowledgeComment(octokit, owner, repo, payload.comment.id).catch((error: unknown) => log.warn({ error: describe(error) }, "could not acknowledge the command"));
          await queues.enqueue({ installationId, owner, repo, reason: "recheck", recheck: { issueNumber, commentId: payload.comment.id, language } });
          return;
        }
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
    const store = options.store;
    if (store) {
      const wait = Math.round(Math.random() * (options.catchUpJitterMs ?? 60_000));
      catchUpTimer = setTimeout(() => queues.background(() => catchUp(store, interval > 0 ? interval : DAY), (error) => app.log.error({ error: describe(error) }, "catch-up after start failed")), wait);
      catchUpTimer.unref();
    }
  };

  return {
    appFn,
    idle: () => queues.idle(),
    auditEverything,
    counters,
    checkRuns,
    stop: () => {
      schedule?.stop();
      clearTimeout(catchUpTimer);
    },
    close: async () => {
      schedule?.stop();
      clearTimeout(catchUpTimer);
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
