/**
 * Carries out the reconciler's actions with Octokit. Updates (PATCH) are idempotent and left to
 * Octokit's retry plugin. Creations are not: a POST that failed with a 5xx or a dropped connection may
 * have succeeded, so they are sent without automatic retry, and after a failure Relais looks for what
 * it meant to create (the issue by its label and marker, the comment by its hidden marker) before
 * trying again. Every creation first waits for the installation's content limiter.
 *
 * These writes run in the installation's single write lane, so a repository whose writes keep failing
 * must not hold it: two attempts at a creation, one Octokit retry for an update, then the audit fails and
 * the work queue's retry policy tries it again later, outside the lane.
 */
import type { Logger } from "probot";
import type { GithubClient } from "../sources/github.js";
import type { Clock } from "./clock.js";
import type { ContentLimiter } from "./content-limiter.js";
import { hasMarker } from "./issue-body.js";
import type { IssueAction } from "./reconcile-issue.js";

export interface WriterContext {
  octokit: GithubClient;
  owner: string;
  repo: string;
  label: string;
  labelDescription: string;
  limiter: Pick<ContentLimiter, "acquire">;
  clock: Clock;
  log: Pick<Logger, "info" | "warn">;
  /** Attempts for one creation, the first included (default 2). */
  attempts?: number;
  /** First back-off between attempts, doubled each time. */
  backoffMs?: number;
}

export interface WriteResult {
  writes: number;
  issueNumber?: number;
}

const LABEL_COLOUR = "0b7285";

export async function applyIssueActions(context: WriterContext, actions: readonly IssueAction[]): Promise<WriteResult> {
  const result: WriteResult = { writes: 0 };
  const { octokit, owner, repo } = context;
  for (const action of actions) {
    switch (action.kind) {
      case "create-label":
        result.writes++;
        try {
          await octokit.request("POST /repos/{owner}/{repo}/labels", { owner, repo, name: context.label, color: LABEL_COLOUR, description: context.labelDescription });
        } catch (error) {
          // 422: it exists already (created meanwhile). Anything else: the issue is still worth creating.
          if (status(error) !== 422) context.log.warn({ repository: `${owner}/${repo}`, status: status(error) }, "could not create the label");
        }
        break;
      case "create-issue":
        result.issueNumber = await createOnce(context, result, "issue", async () => {
          const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: action.title, body: action.body, labels: [context.label], request: { retries: 0 } });
          return data.number;
        }, () => findIssue(context));
        break;
      case "update-issue":
        result.writes++;
        await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          owner,
          repo,
          issue_number: action.number,
          ...(action.body !== undefined ? { body: action.body } : {}),
          ...(action.state ? { state: action.state } : {}),
          ...(action.stateReason ? { state_reason: action.stateReason } : {}),
          request: { retries: 1 },
        });
        result.issueNumber = action.number;
        break;
      case "comment":
        if (action.once && (await hasComment(context, action.number, action.marker))) break;
        await postCommentOnce(context, result, action.number, `${action.body}\n\n${action.marker}`, action.marker);
        break;
    }
  }
  return result;
}

/** A comment posted at most once: after a failed POST, the issue's comments are searched for its marker first. */
export async function postCommentOnce(context: WriterContext, result: WriteResult, issueNumber: number, body: string, marker: string): Promise<void> {
  const { octokit, owner, repo } = context;
  const since = new Date(context.clock.now() - 10 * 60_000).toISOString();
  await createOnce(context, result, "comment", async () => {
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issueNumber, body, request: { retries: 0 } });
    return issueNumber;
  }, async () => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issueNumber, since, per_page: 100 });
    return data.some((comment) => comment.body?.includes(marker)) ? issueNumber : undefined;
  });
}

/** Whether the issue already has a comment carrying `marker` (its first pages: a warning is among the latest). */
async function hasComment(context: WriterContext, issueNumber: number, marker: string): Promise<boolean> {
  const { octokit, owner, repo } = context;
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issueNumber, per_page: 100 });
  return data.some((comment) => comment.body?.includes(marker));
}

async function createOnce(context: WriterContext, result: WriteResult, what: string, create: () => Promise<number>, find: () => Promise<number | undefined>): Promise<number> {
  const attempts = context.attempts ?? 2;
  let backoff = context.backoffMs ?? 2_000;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const answered = await context.limiter.acquire();
    result.writes++;
    try {
      return await create().finally(answered);
    } catch (error) {
      lastError = error;
      const code = status(error);
      // A refusal that cannot change by waiting (issues disabled: 410, validation: 422, no access: 404).
      if (code !== undefined && code >= 400 && code < 500 && code !== 403 && code !== 429) throw error;
      context.log.warn({ repository: `${context.owner}/${context.repo}`, status: code, attempt }, `creating the ${what} failed; looking whether it exists before retrying`);
      const found = await find().catch(() => undefined);
      if (found !== undefined) return found;
      await context.clock.sleep(backoff);
      backoff *= 2;
    }
  }
  throw lastError;
}

/** The Relais issue of the repository, by label and marker (consistent REST listing, not the search index). */
async function findIssue(context: WriterContext): Promise<number | undefined> {
  const { data } = await context.octokit.request("GET /repos/{owner}/{repo}/issues", { owner: context.owner, repo: context.repo, labels: context.label, state: "all", per_page: 100, sort: "created", direction: "asc" });
  return data.find((issue) => !issue.pull_request && hasMarker(issue.body))?.number;
}

export function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === "number" ? value : undefined;
}
