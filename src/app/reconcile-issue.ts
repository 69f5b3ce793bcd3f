/**
 * What to do with a repository's issue, decided without touching GitHub (the calls are in
 * issue-writer.ts). Like allstar's pkg/issue, the decision is a pure function of what was found and
 * what the audit says, so every transition is tested as a table.
 */
import type { IssueSettings } from "../config/defaults.js";
import type { ExistingIssue } from "../sources/github.js";
import { commentMarker, composeBody, endMarkerMissing, hasMarker, markerHash, wasFailing } from "./issue-body.js";

export type IssueAction =
  | { kind: "create-label" }
  | { kind: "create-issue"; title: string; body: string }
  | { kind: "update-issue"; number: number; body?: string; state?: "open" | "closed"; stateReason?: "completed" | "duplicate" }
  /** `once`: look first whether a comment with this marker exists (a warning repeated by every audit). */
  | { kind: "comment"; number: number; body: string; marker: string; once?: boolean };

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
  | "closed-passing"
  | "end-marker-missing";

export interface IssueDecisionInput {
  /** The repository's own "Issues" setting. */
  issuesEnabled: boolean;
  settings: IssueSettings;
  /** The audit calls for an issue (a required rule fails, or a recommended one when `openOn: recommended`). */
  wanted: boolean;
  existing?: ExistingIssue;
  /** Other open Relais issues of the repository (an older version, a race): closed as duplicates of `existing`. */
  duplicates?: readonly ExistingIssue[];
  labelExists: boolean;
  /** Relais's section of the body, and the hash of what it says. */
  content: string;
  hash: string;
  title: string;
  closedComment: string;
  /** Reopening after documents went missing again… */
  reopenedComment: string;
  /** …or after a maintainer closed the issue while they were still missing. Defaults to `reopenedComment`. */
  reopenedStillMissingComment?: string;
  /** Said on each duplicate (it links to `existing`). */
  duplicateComment?: string;
  /** Said once when the end marker was removed and the body can no longer be rewritten safely. */
  endMarkerComment?: string;
}

export interface IssueDecision {
  verdict: IssueVerdict;
  actions: IssueAction[];
}

export function decideIssue(input: IssueDecisionInput): IssueDecision {
  if (!input.issuesEnabled) return { verdict: "issues-disabled", actions: [] };
  if (!input.settings.enabled) return { verdict: "issue-off", actions: [] };
  const decision = decideOne(input);
  const consolidation = (input.existing ? (input.duplicates ?? []) : []).filter((duplicate) => duplicate.state === "open" && duplicate.number !== input.existing!.number);
  if (consolidation.length === 0) return decision;
  // Closed first, commented after: a failed comment then costs nothing on the next audit.
  const actions: IssueAction[] = consolidation.flatMap((duplicate): IssueAction[] => [
    { kind: "update-issue", number: duplicate.number, state: "closed", stateReason: "duplicate" },
    { kind: "comment", number: duplicate.number, body: input.duplicateComment ?? `#${input.existing!.number}`, marker: commentMarker("duplicate", String(input.existing!.number)) },
  ]);
  return { verdict: decision.verdict, actions: [...actions, ...decision.actions] };
}

function decideOne(input: IssueDecisionInput): IssueDecision {
  const { existing } = input;
  // A missing end marker: state changes still happen, the body is never rewritten, and maintainers are told once.
  const frozen = existing !== undefined && endMarkerMissing(existing.body);
  const changed = !existing || markerHash(existing.body) !== input.hash;
  const rewrite = changed && !frozen;
  const body = () => composeBody(existing?.body, input.content, input.hash, input.wanted);
  const warning = (): IssueAction[] =>
    frozen ? [{ kind: "comment", number: existing!.number, body: input.endMarkerComment ?? "relais:end", marker: commentMarker("end-marker-missing", String(existing!.number)), once: true }] : [];

  if (!existing) {
    if (!input.wanted) return { verdict: "passing", actions: [] };
    const actions: IssueAction[] = input.labelExists ? [] : [{ kind: "create-label" }];
    actions.push({ kind: "create-issue", title: input.title, body: body() });
    return { verdict: "create", actions };
  }

  if (existing.state === "open") {
    if (input.wanted && frozen) return changed ? { verdict: "end-marker-missing", actions: warning() } : { verdict: "unchanged", actions: [] };
    if (input.wanted) return changed ? { verdict: "update", actions: [{ kind: "update-issue", number: existing.number, body: body() }] } : { verdict: "unchanged", actions: [] };
    // Close first, then comment: if the comment fails for good, the next audit sees a closed issue and
    // does nothing, rather than commenting twice.
    return {
      verdict: "close",
      actions: [
        { kind: "update-issue", number: existing.number, state: "closed", stateReason: "completed", ...(rewrite ? { body: body() } : {}) },
        { kind: "comment", number: existing.number, body: input.closedComment, marker: commentMarker("closed", input.hash) },
        ...warning(),
      ],
    };
  }

  // Closed. The maintainers' "not planned" (or "duplicate") is their decision: never reopen over it.
  if (existing.stateReason === "not_planned" || existing.stateReason === "duplicate") return { verdict: "closed-not-planned", actions: [] };
  if (!input.wanted) return { verdict: "closed-passing", actions: [] };
  // Relais closes an issue only on a passing report; a body whose last report was failing (or is still
  // the same failing one) was closed by someone while documents were missing: nothing regressed.
  const closedWhileMissing = wasFailing(existing.body) || !changed;
  return {
    verdict: "reopen",
    actions: [
      { kind: "update-issue", number: existing.number, state: "open", ...(rewrite ? { body: body() } : {}) },
      {
        kind: "comment",
        number: existing.number,
        body: closedWhileMissing ? (input.reopenedStillMissingComment ?? input.reopenedComment) : input.reopenedComment,
        marker: commentMarker("reopened", input.hash),
      },
      ...warning(),
    ],
  };
}

/**
 * The repository's Relais issue among those found by label or author: the oldest carrying the marker,
 * else the oldest the App opened (a maintainer may have removed the markers). Issues someone else
 * labelled by hand are not Relais's.
 */
export function pickIssue(issues: readonly ExistingIssue[], creator?: string): ExistingIssue | undefined {
  return sortIssues(issues, creator).kept;
}

/**
 * The repository's Relais issues (carrying the marker, or opened by the App) sorted into the one kept
 * and its open duplicates. Kept: the oldest open one; when none is open, the oldest not closed as a
 * duplicate (closed duplicates must not stand in for the issue they duplicate), else the oldest.
 */
export function sortIssues(issues: readonly ExistingIssue[], creator?: string): { kept?: ExistingIssue; duplicates: ExistingIssue[] } {
  const login = creator?.replace(/\[bot\]$/, "");
  const mine = [...issues]
    .sort((a, b) => a.number - b.number)
    .filter((issue) => hasMarker(issue.body) || (login !== undefined && (issue.author === creator || issue.author === login)));
  const kept = mine.find((issue) => issue.state === "open") ?? mine.find((issue) => issue.stateReason !== "duplicate") ?? mine[0];
  return { kept, duplicates: mine.filter((issue) => issue !== kept && issue.state === "open") };
}
