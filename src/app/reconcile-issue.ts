/**
 * What to do with a repository's issue, decided without touching GitHub (the calls are in
 * issue-writer.ts). Like allstar's pkg/issue, the decision is a pure function of what was found and
 * what the audit says, so every transition is tested as a table.
 */
import type { IssueSettings } from "../config/defaults.js";
import type { ExistingIssue } from "../sources/github.js";
import { commentMarker, composeBody, hasMarker, markerHash } from "./issue-body.js";

export type IssueAction =
  | { kind: "create-label" }
  | { kind: "create-issue"; title: string; body: string }
  | { kind: "update-issue"; number: number; body?: string; state?: "open" | "closed"; stateReason?: "completed" }
  | { kind: "comment"; number: number; body: string; marker: string };

export type IssueVerdict =
  | "issues-disabled"
  | "issue-off"
  | "passing"
  | "create"
  | "unchanged"
  | "update"
  | "close"
  | "reopen"
  | "closed-not-planned"
  | "closed-passing";

export interface IssueDecisionInput {
  /** The repository's own "Issues" setting. */
  issuesEnabled: boolean;
  settings: IssueSettings;
  /** The audit calls for an issue (a required rule fails, or a recommended one when `openOn: recommended`). */
  wanted: boolean;
  existing?: ExistingIssue;
  labelExists: boolean;
  /** Relais's section of the body, and the hash of what it says. */
  content: string;
  hash: string;
  title: string;
  closedComment: string;
  reopenedComment: string;
}

export interface IssueDecision {
  verdict: IssueVerdict;
  actions: IssueAction[];
}

export function decideIssue(input: IssueDecisionInput): IssueDecision {
  const { existing } = input;
  if (!input.issuesEnabled) return { verdict: "issues-disabled", actions: [] };
  if (!input.settings.enabled) return { verdict: "issue-off", actions: [] };
  const changed = !existing || markerHash(existing.body) !== input.hash;
  const body = () => composeBody(existing?.body, input.content, input.hash);

  if (!existing) {
    if (!input.wanted) return { verdict: "passing", actions: [] };
    const actions: IssueAction[] = input.labelExists ? [] : [{ kind: "create-label" }];
    actions.push({ kind: "create-issue", title: input.title, body: body() });
    return { verdict: "create", actions };
  }

  if (existing.state === "open") {
    if (input.wanted) return changed ? { verdict: "update", actions: [{ kind: "update-issue", number: existing.number, body: body() }] } : { verdict: "unchanged", actions: [] };
    // Close first, then comment: if the comment fails for good, the next audit sees a closed issue and
    // does nothing, rather than commenting twice.
    return {
      verdict: "close",
      actions: [
        { kind: "update-issue", number: existing.number, state: "closed", stateReason: "completed", ...(changed ? { body: body() } : {}) },
        { kind: "comment", number: existing.number, body: input.closedComment, marker: commentMarker("closed", input.hash) },
      ],
    };
  }

  // Closed. The maintainers' "not planned" (or "duplicate") is their decision: never reopen over it.
  if (existing.stateReason === "not_planned" || existing.stateReason === "duplicate") return { verdict: "closed-not-planned", actions: [] };
  if (!input.wanted) return { verdict: "closed-passing", actions: [] };
  return {
    verdict: "reopen",
    actions: [
      { kind: "update-issue", number: existing.number, state: "open", ...(changed ? { body: body() } : {}) },
      { kind: "comment", number: existing.number, body: input.reopenedComment, marker: commentMarker("reopened", input.hash) },
    ],
  };
}

/**
 * The repository's Relais issue among those found by label or author: the oldest carrying the marker,
 * else the oldest the App opened (a maintainer may have removed the markers). Issues someone else
 * labelled by hand are not Relais's.
 */
export function pickIssue(issues: readonly ExistingIssue[], creator?: string): ExistingIssue | undefined {
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  return sorted.find((issue) => hasMarker(issue.body)) ?? (creator ? sorted.find((issue) => issue.author === creator || issue.author === creator.replace(/\[bot\]$/, "")) : undefined);
}
