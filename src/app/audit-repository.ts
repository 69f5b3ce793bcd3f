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
import { githubWebBase, projectFacts } from "../render/project-facts.js";
import { catalogue, formatMessage } from "../render/messages/index.js";
import { fetchGithubRepository, fetchLabelledIssues, type ExistingIssue, type GithubClient, type GithubRepositoryState } from "../sources/github.js";
import type { Clock } from "./clock.js";
import { resolveConfig, type ConfigLoader } from "./config.js";
import type { ContentLimiter } from "./content-limiter.js";
import { contentHash } from "./issue-body.js";
import { applyIssueActions } from "./issue-writer.js";
import { decideIssue, sortIssues, type IssueVerdict } from "./reconcile-issue.js";
import type PQueue from "p-queue";
import type { RememberInput } from "./check-run-memory.js";

export interface AuditDependencies {
  octokit: GithubClient & Partial<ConfigLoader>;
  /** The client for the reads (GraphQL queries not paced as writes); `octokit` when absent. */
  readOctokit?: GithubClient & Partial<ConfigLoader>;
  clock: Clock;
  limiter: Pick<ContentLimiter, "acquire">;
  reads: PQueue;
  writes: PQueue;
  log: Pick<Logger, "info" | "warn" | "debug">;
  /** The App's bot login, to find its issues even without their label (app.ts makes sure it is known). */
  creator?: string;
  /** Back-off between attempts at a creation (tests shorten it). */
  backoffMs?: number;
  /** Keeps the default branch's report, so pull requests against it compare without reading it again. */
  remember?: (entry: RememberInput) => void;
}

/** What the store keeps of an audit (see src/store/): who, what was found, and the issue it left. */
export interface AuditFacts {
  visibility: "public" | "private" | "internal";
  commit: string | null;
  description: string | null;
}

export type AuditOutcome =
  | ({ status: "skipped"; reason: SkipReason } & AuditFacts)
  | ({ status: "audited"; verdict: IssueVerdict; ok: boolean; writes: number; issueNumber?: number; report: Report; issue: IssueState | null } & AuditFacts);

export interface IssueState {
  number: number;
  state: "open" | "closed";
}

export async function auditRepository(owner: string, repo: string, deps: AuditDependencies): Promise<AuditOutcome> {
  const repository = `${owner}/${repo}`;
  const reader = deps.readOctokit ?? deps.octokit;
  const read = await deps.reads.add(async () => {
    const state = await fetchGithubRepository(reader, { owner, repo, label: DEFAULT_CONFIG.issue.label, creator: deps.creator, retryDelayMs: deps.backoffMs });
    const { config, problems } = await resolveConfig(reader, {
      owner,
      repo,
      repositoryConfig: state.repositoryConfig,
      organisationConfig: state.organisationConfig,
      publicRepository: state.snapshot.metadata.visibility === "public",
    });
    if (config.issue.label !== state.label) {
      // Another label: its issues are added to those already found (by the default label, by author),
      // so an issue opened under the old label is still this repository's issue, not a reason for a second.
      const relabelled = await fetchLabelledIssues(reader, owner, repo, config.issue.label);
      Object.assign(state, { label: config.issue.label, labelExists: relabelled.labelExists, issues: mergeByNumber(state.issues, relabelled.issues) });
    }
    return { state, config, problems };
  });
  if (!read) throw new Error(`${repository}: the read queue returned nothing`);
  const { state, config, problems } = read;
  for (const note of state.notes) deps.log.warn({ repository }, note);

  const { metadata } = state.snapshot;
  const facts: AuditFacts = { visibility: metadata.visibility ?? "public", commit: metadata.headCommit ?? null, description: metadata.description ?? null };
  const skip = scope(state, config);
  if (skip) {
    deps.log.info({ repository, reason: skip }, "repository skipped");
    return { status: "skipped", reason: skip, ...facts };
  }
  if (!state.issuesEnabled) deps.log.warn({ repository }, "issues are disabled on this repository: audited, but no issue can be kept");

  const report = audit(state.snapshot, { config, configProblems: problems, now: new Date(deps.clock.now()) });
  deps.remember?.({ report, config, snapshot: state.snapshot, organisationConfig: state.organisationConfig });
  const { content, hash } = renderIssueContent(report, state, config);
  const cat = catalogue(config.language);
  const say = (key: string, params?: Record<string, number>) => formatMessage(cat, { key, params }, markdownFormat);
  const wanted = !report.summary.ok || (config.issue.openOn === "recommended" && report.summary.recommended.fail > 0);
  const { kept, duplicates } = sortIssues(state.issues, deps.creator);
  const decision = decideIssue({
    issuesEnabled: state.issuesEnabled,
    settings: config.issue,
    wanted,
    existing: kept,
    duplicates,
    labelExists: state.labelExists,
    content,
    hash,
    title: config.issue.title ?? say("issue.title"),
    closedComment: say("issue.closed-comment"),
    reopenedComment: say("issue.reopened-comment"),
    reopenedStillMissingComment: say("issue.reopened-still-missing"),
    duplicateComment: kept ? say("issue.duplicate-comment", { number: kept.number }) : undefined,
    endMarkerComment: say("issue.end-marker-missing"),
  });
  if (decision.verdict === "end-marker-missing") deps.log.warn({ repository, issue: kept?.number }, "the issue's end marker was removed: its body is left as it is");
  deps.log.info({ repository, verdict: decision.verdict, ok: report.summary.ok, writes: decision.actions.length }, "repository audited");
  const audited = { status: "audited" as const, verdict: decision.verdict, ok: report.summary.ok, report, ...facts };
  if (decision.actions.length === 0) return { ...audited, writes: 0, issue: issueAfter(decision.verdict, kept, undefined) };

  const written = await deps.writes.add(() =>
    applyIssueActions(
      { octokit: deps.octokit, owner, repo, label: config.issue.label, labelDescription: say("issue.label-description"), limiter: deps.limiter, clock: deps.clock, log: deps.log, backoffMs: deps.backoffMs },
      decision.actions,
    ),
  );
  return { ...audited, writes: written?.writes ?? 0, issueNumber: written?.issueNumber, issue: issueAfter(decision.verdict, kept, written?.issueNumber) };
}

/** The Relais issue as the audit left it: its number and whether it is open. */
function issueAfter(verdict: IssueVerdict, existing: ExistingIssue | undefined, written: number | undefined): IssueState | null {
  const number = written ?? existing?.number;
  if (number === undefined) return null;
  if (verdict === "create" || verdict === "reopen" || verdict === "update" || verdict === "unchanged") return { number, state: "open" };
  if (verdict === "close") return { number, state: "closed" };
  return { number, state: existing?.state ?? "open" };
}

function mergeByNumber(...lists: ExistingIssue[][]): ExistingIssue[] {
  const byNumber = new Map<number, ExistingIssue>();
  for (const issue of lists.flat()) byNumber.set(issue.number, issue);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

export type SkipReason = "empty" | "archived" | "fork" | "ignored" | "settings-repository";

export function scope(state: { snapshot: Pick<GithubRepositoryState["snapshot"], "metadata"> }, config: RelaisConfig): SkipReason | undefined {
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
  const options = { language: config.language, commands: true, reminders: config.reminders, project: projectFacts(state.snapshot, report, githubWebBase(process.env)) };
  const render = (value: Report) => [...notes, renderMarkdown(value, options)].join("\n\n");
  return { content: render(report), hash: contentHash(render({ ...report, commit: null, auditedAt: "" })) };
}
