/**
 * One audit of one repository, from the GitHub source to the issue: read (two requests), decide
 * whether the repository is in scope, audit, render, reconcile. The reads run in the installation's
 * read pool, the writes in its single write lane.
 */
import picomatch from "picomatch";
import type { Logger } from "probot";
import type { RelaisConfig } from "../config/defaults.js";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import { audit } from "../engine/audit.js";
import type { Report } from "../engine/types.js";
import { markdownFormat } from "../render/escape.js";
import { renderMarkdown } from "../render/markdown.js";
import { catalogue, formatMessage } from "../render/messages/index.js";
import { fetchGithubRepository, fetchLabelledIssues, type GithubClient, type GithubRepositoryState } from "../sources/github.js";
import type { Clock } from "./clock.js";
import { resolveConfig, type ConfigLoader } from "./config.js";
import type { ContentLimiter } from "./content-limiter.js";
import { contentHash } from "./issue-body.js";
import { applyIssueActions } from "./issue-writer.js";
import { decideIssue, pickIssue, type IssueVerdict } from "./reconcile-issue.js";
import type PQueue from "p-queue";

export interface AuditDependencies {
  octokit: GithubClient & Partial<ConfigLoader>;
  /** The client for the reads (GraphQL queries not paced as writes); `octokit` when absent. */
  readOctokit?: GithubClient & Partial<ConfigLoader>;
  clock: Clock;
  limiter: Pick<ContentLimiter, "acquire">;
  reads: PQueue;
  writes: PQueue;
  log: Pick<Logger, "info" | "warn" | "debug">;
  /** The App's bot login, to find its issues even without their label. */
  creator?: string;
  /** Back-off between attempts at a creation (tests shorten it). */
  backoffMs?: number;
}

export type AuditOutcome =
  | { status: "skipped"; reason: SkipReason }
  | { status: "audited"; verdict: IssueVerdict; ok: boolean; writes: number; issueNumber?: number };

export async function auditRepository(owner: string, repo: string, deps: AuditDependencies): Promise<AuditOutcome> {
  const repository = `${owner}/${repo}`;
  const reader = deps.readOctokit ?? deps.octokit;
  const read = await deps.reads.add(async () => {
    const state = await fetchGithubRepository(reader, { owner, repo, label: DEFAULT_CONFIG.issue.label, creator: deps.creator, retryDelayMs: deps.backoffMs });
    const { config, problems } = await resolveConfig(reader, { owner, repo, repositoryConfig: state.repositoryConfig, organisationConfig: state.organisationConfig });
    if (config.issue.label !== state.label) Object.assign(state, { label: config.issue.label }, await fetchLabelledIssues(reader, owner, repo, config.issue.label));
    return { state, config, problems };
  });
  if (!read) throw new Error(`${repository}: the read queue returned nothing`);
  const { state, config, problems } = read;
  for (const note of state.notes) deps.log.warn({ repository }, note);

  const skip = scope(state, config);
  if (skip) {
    deps.log.info({ repository, reason: skip }, "repository skipped");
    return { status: "skipped", reason: skip };
  }
  if (!state.issuesEnabled) deps.log.warn({ repository }, "issues are disabled on this repository: audited, but no issue can be kept");

  const report = audit(state.snapshot, { config, configProblems: problems, now: new Date(deps.clock.now()) });
  const { content, hash } = renderIssueContent(report, state, config);
  const cat = catalogue(config.language);
  const say = (key: string) => formatMessage(cat, { key }, markdownFormat);
  const wanted = !report.summary.ok || (config.issue.openOn === "recommended" && report.summary.recommended.fail > 0);
  const decision = decideIssue({
    issuesEnabled: state.issuesEnabled,
    settings: config.issue,
    wanted,
    existing: pickIssue(state.issues, deps.creator),
    labelExists: state.labelExists,
    content,
    hash,
    title: config.issue.title ?? say("issue.title"),
    closedComment: say("issue.closed-comment"),
    reopenedComment: say("issue.reopened-comment"),
  });
  deps.log.info({ repository, verdict: decision.verdict, ok: report.summary.ok, writes: decision.actions.length }, "repository audited");
  if (decision.actions.length === 0) return { status: "audited", verdict: decision.verdict, ok: report.summary.ok, writes: 0 };

  const written = await deps.writes.add(() =>
    applyIssueActions(
      { octokit: deps.octokit, owner, repo, label: config.issue.label, labelDescription: say("issue.label-description"), limiter: deps.limiter, clock: deps.clock, log: deps.log, backoffMs: deps.backoffMs },
      decision.actions,
    ),
  );
  return { status: "audited", verdict: decision.verdict, ok: report.summary.ok, writes: written?.writes ?? 0, issueNumber: written?.issueNumber };
}

export type SkipReason = "empty" | "archived" | "fork" | "ignored" | "settings-repository";

function scope(state: GithubRepositoryState, config: RelaisConfig): SkipReason | undefined {
  const { metadata } = state.snapshot;
  // The organisation's `.github` repository holds settings and community files, not a project.
  if (/\/\.github$/i.test(metadata.fullName)) return "settings-repository";
  if (config.ignore.length > 0) {
    const name = metadata.fullName.split("/")[1] ?? metadata.fullName;
    if (picomatch(config.ignore, { nocase: true })(name) || picomatch(config.ignore, { nocase: true })(metadata.fullName)) return "ignored";
  }
  if (metadata.archived && config.archived === "skip") return "archived";
  if (metadata.fork && config.forks === "skip") return "fork";
  // No commit yet: nothing to audit; the first push will be.
  if (metadata.empty) return "empty";
  return undefined;
}

/** Relais's section of the issue, and a hash of what it says (the audited commit aside, so a push that changes nothing writes nothing). */
export function renderIssueContent(report: Report, state: Pick<GithubRepositoryState, "snapshot" | "notFetched">, config: RelaisConfig): { content: string; hash: string } {
  const cat = catalogue(config.language);
  const notes: string[] = [];
  const { metadata } = state.snapshot;
  if (metadata.visibility === "private" || metadata.visibility === "internal") notes.push(`> [!IMPORTANT]\n> ${formatMessage(cat, { key: "issue.private" }, markdownFormat)}`);
  if (metadata.truncated) notes.push(`> [!NOTE]\n> ${formatMessage(cat, { key: "issue.truncated" }, markdownFormat)}`);
  if (state.notFetched > 0) notes.push(`> [!NOTE]\n> ${formatMessage(cat, { key: "issue.not-fetched", params: { count: state.notFetched } }, markdownFormat)}`);
  const options = { language: config.language, commands: true, reminders: config.reminders };
  const render = (value: Report) => [...notes, renderMarkdown(value, options)].join("\n\n");
  return { content: render(report), hash: contentHash(render({ ...report, commit: null, auditedAt: "" })) };
}
