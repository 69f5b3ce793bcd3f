/**
 * One audit of one pull request's head, from the GitHub source to its check run. Reads: the head's
 * tree and one GraphQL query (from the fork when the pull request comes from a public one); the base
 * is the report the App already holds for that commit (the default branch's last audit), else it is
 * read too, once, at the same cost. Writes: one check run. The issue is never touched: it follows the
 * default branch.
 */
import type PQueue from "p-queue";
import type { Logger } from "probot";
import { DEFAULT_CONFIG, type CheckSettings } from "../config/defaults.js";
import { audit } from "../engine/audit.js";
import type { RepoMetadata, RepoSnapshot } from "../engine/snapshot.js";
import { fetchGithubRepository, RepositoryNotFound, type GithubClient } from "../sources/github.js";
import { scope, type SkipReason } from "./audit-repository.js";
import type { ReportMemory, KnownReport } from "./check-run-memory.js";
import { renderCheckRun } from "./check-run-output.js";
import { planCheckRun, planUnreadable, type CheckConclusion, type CheckRunPlan } from "./check-run-plan.js";
import { writeCheckRun } from "./check-run-writer.js";
import type { Clock } from "./clock.js";
import { resolveConfig, type ConfigLoader } from "./config.js";

export interface PullRequestJob {
  installationId: number;
  /** The base repository: where the pull request and its check run live. */
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** Where the head commit lives: the base repository itself, or a fork; null when the fork was deleted. */
  head: { owner: string; repo: string; private: boolean } | null;
  /** The pull request's `updated_at`, to keep the newest head when deliveries arrive out of order. */
  updatedAt?: string;
  /** Asked for again (re-run, `/relais recheck`): write even when this head was already checked. */
  force: boolean;
  reason: string;
}

export interface CheckRunDependencies {
  /** The client for the write (paced as writes). */
  octokit: GithubClient;
  readOctokit: GithubClient & Partial<ConfigLoader>;
  reads: PQueue;
  writes: PQueue;
  memory: ReportMemory;
  /** Heads already given a check run (against that base), so a redelivered or reopened event writes nothing. */
  checked: Set<string>;
  clock: Clock;
  log: Pick<Logger, "info" | "warn" | "debug">;
  backoffMs?: number;
}

export type CheckRunOutcome =
  | { status: "skipped"; reason: SkipReason | "checks-disabled" | "already-checked" }
  | { status: "written"; conclusion: CheckConclusion; checkRunId: number; plan: CheckRunPlan["kind"]; baseKnown: boolean };

const CHECKED_KEEP = 5_000;

export async function auditPullRequest(job: PullRequestJob, deps: CheckRunDependencies): Promise<CheckRunOutcome> {
  const repository = `${job.owner}/${job.repo}`;
  const checkedKey = `${job.installationId}:${repository.toLowerCase()}#${job.number}@${job.headSha}:${job.baseSha}`;
  if (!job.force && deps.checked.has(checkedKey)) return { status: "skipped", reason: "already-checked" };

  let settings: CheckSettings | undefined;
  let language = DEFAULT_CONFIG.language;
  let plan: CheckRunPlan;
  let baseKnown = false;
  try {
    const known = deps.memory.find(repository, job.baseSha);
    baseKnown = known !== undefined;
    const base = known ?? (await readBase(job, deps));
    // The base branch's configuration decides whether and how to check: a pull request cannot unblock itself.
    settings = base.config.checks;
    language = base.config.language;
    const skip = scope({ snapshot: { metadata: base.metadata } }, base.config);
    if (skip) return { status: "skipped", reason: skip };
    if (!settings.enabled) return { status: "skipped", reason: "checks-disabled" };
    plan = await planHead(job, base, settings, deps);
  } catch (error) {
    deps.log.warn({ repository, pullRequest: job.number, error: error instanceof Error ? error.message : String(error) }, "pull request audit failed: writing a check run that says so");
    plan = planUnreadable("error", settings);
  }

  const output = renderCheckRun(plan, language);
  const checkRunId = await deps.writes.add(() => writeCheckRun(deps.octokit, { owner: job.owner, repo: job.repo, headSha: job.headSha, number: job.number }, plan.conclusion, output, new Date(deps.clock.now())));
  if (checkRunId === undefined) throw new Error(`${repository}#${job.number}: the write queue returned nothing`);
  deps.checked.add(checkedKey);
  if (deps.checked.size > CHECKED_KEEP) deps.checked.delete(deps.checked.values().next().value!);
  deps.log.info({ repository, pullRequest: job.number, conclusion: plan.conclusion, baseKnown, reason: job.reason }, "check run written");
  return { status: "written", conclusion: plan.conclusion, checkRunId, plan: plan.kind, baseKnown };
}

async function planHead(job: PullRequestJob, base: KnownReport, settings: CheckSettings, deps: CheckRunDependencies): Promise<CheckRunPlan> {
  const fromFork = job.head === null || job.head.owner.toLowerCase() !== job.owner.toLowerCase() || job.head.repo.toLowerCase() !== job.repo.toLowerCase();
  const headRepository = job.head ? `${job.head.owner}/${job.head.repo}` : undefined;
  if (!job.head) return planUnreadable("fork-deleted", settings);
  // The installation's token reads the repositories it is installed on, and public ones: not another
  // account's private fork. One in the same organisation may be covered by the installation: try it.
  const privateFork = fromFork && job.head.private;
  if (privateFork && job.head.owner.toLowerCase() !== job.owner.toLowerCase()) return planUnreadable("private-fork", settings, headRepository);

  const head = job.head;
  let read;
  try {
    read = await deps.reads.add(async () => {
      const state = await fetchGithubRepository(deps.readOctokit, { owner: head.owner, repo: head.repo, ref: job.headSha, label: DEFAULT_CONFIG.issue.label, organisationConfig: !fromFork, retryDelayMs: deps.backoffMs });
      // The head's own configuration file (what merging would bring), else the base organisation's defaults.
      const parsed = await resolveConfig(deps.readOctokit, { owner: job.owner, repo: job.repo, repositoryConfig: state.repositoryConfig, organisationConfig: base.organisationConfig });
      return { state, ...parsed };
    });
  } catch (error) {
    if (error instanceof RepositoryNotFound) return planUnreadable(privateFork ? "private-fork" : "not-found", settings, headRepository);
    throw error;
  }
  if (!read) throw new Error("the read queue returned nothing");
  for (const note of read.state.notes) deps.log.warn({ repository: headRepository }, note);

  const snapshot = asBaseRepository(read.state.snapshot, base.metadata, job.headSha);
  const report = audit(snapshot, { config: read.config, configProblems: read.problems, now: new Date(deps.clock.now()) });
  deps.memory.remember({ report, config: read.config, snapshot, organisationConfig: base.organisationConfig });
  return planCheckRun({ head: report, base: base.report, baseRef: job.baseRef, headFiles: new Set(snapshot.files), baseFiles: base.files, settings, truncated: snapshot.metadata.truncated });
}

/** The base commit, when the App holds no report for it: its tree and one query, then an audit. */
async function readBase(job: PullRequestJob, deps: CheckRunDependencies): Promise<KnownReport> {
  const read = await deps.reads.add(async () => {
    const state = await fetchGithubRepository(deps.readOctokit, { owner: job.owner, repo: job.repo, ref: job.baseSha, label: DEFAULT_CONFIG.issue.label, retryDelayMs: deps.backoffMs });
    const parsed = await resolveConfig(deps.readOctokit, { owner: job.owner, repo: job.repo, repositoryConfig: state.repositoryConfig, organisationConfig: state.organisationConfig });
    return { state, ...parsed };
  });
  if (!read) throw new Error("the read queue returned nothing");
  const { state, config, problems } = read;
  const report = audit(state.snapshot, { config, configProblems: problems, now: new Date(deps.clock.now()) });
  deps.memory.remember({ report, config, snapshot: state.snapshot, organisationConfig: state.organisationConfig });
  return deps.memory.find(`${job.owner}/${job.repo}`, job.baseSha) ?? { report, config, metadata: state.snapshot.metadata, files: new Set(state.snapshot.files), organisationConfig: state.organisationConfig };
}

/**
 * The head's files with the base repository's facts. Visibility, description, topics, releases and
 * GitHub's licence detection belong to the repository the code is merged into, not to a fork (which
 * has no releases, say): taking them from the base keeps the comparison about the files alone.
 */
function asBaseRepository(snapshot: RepoSnapshot, base: RepoMetadata, headSha: string): RepoSnapshot {
  const { truncated, empty } = snapshot.metadata;
  return { files: snapshot.files, content: (path) => snapshot.content(path), metadata: { ...base, headCommit: headSha, truncated, empty } };
}
