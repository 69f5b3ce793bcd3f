/**
 * The check run Relais posts on a pull request's head, decided without touching GitHub (the call is
 * in check-run-writer.ts): its conclusion, the required documents met, what the pull request changes
 * against its base, and what is still missing. Like reconcile-issue.ts, a pure function tested as a table.
 *
 * Advisory by default: `success` when every required document is there, `neutral` otherwise, or
 * `failure` when the base branch's configuration says `checks.conclusion: failure` (taken from the
 * base so that a pull request cannot unblock itself by editing the configuration).
 */
import type { CheckSettings } from "../config/defaults.js";
import type { ConfigProblem, Finding, Report } from "../engine/types.js";
import { needsWork } from "../render/group.js";
import { diffReports, type ReportChange } from "./check-run-diff.js";

export type CheckConclusion = "success" | "neutral" | "failure";

/** Why the head could not be audited. */
export type UnreadableReason = "private-fork" | "fork-deleted" | "not-found" | "error";

export type CheckRunPlan =
  | {
      kind: "audited";
      conclusion: CheckConclusion;
      required: { pass: number; total: number };
      /** The base branch's name, for the summary. */
      baseRef: string;
      changes: ReportChange[];
      /** Findings that need work on the head, required first. */
      missing: Finding[];
      configProblems: ConfigProblem[];
      /** GitHub truncated the head's tree: the audit saw part of it. */
      truncated: boolean;
    }
  | { kind: "unreadable"; conclusion: CheckConclusion; reason: UnreadableReason; headRepository?: string };

export interface CheckRunPlanInput {
  head: Report;
  base: Report;
  baseRef: string;
  headFiles: ReadonlySet<string>;
  baseFiles?: ReadonlySet<string>;
  settings: CheckSettings;
  truncated?: boolean;
}

const LEVEL_ORDER = { required: 0, recommended: 1, off: 2 } as const;

export function planCheckRun(input: CheckRunPlanInput): CheckRunPlan {
  const { head, settings } = input;
  const { required } = head.summary;
  return {
    kind: "audited",
    conclusion: head.summary.ok ? "success" : settings.conclusion,
    required: { pass: required.pass, total: required.pass + required.fail },
    baseRef: input.baseRef,
    changes: diffReports({ head, base: input.base, headFiles: input.headFiles, baseFiles: input.baseFiles }),
    missing: head.findings.filter((finding) => finding.level !== "off" && needsWork(finding)).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
    configProblems: head.configProblems,
    truncated: input.truncated ?? false,
  };
}

/**
 * A head Relais cannot read. A private fork is beyond the installation's token: neutral with an
 * explanation, whatever the configuration, as it says nothing about the documents. An error is
 * neutral too unless the team blocks merges on the check, where nothing unverified should pass.
 */
export function planUnreadable(reason: UnreadableReason, settings: CheckSettings | undefined, headRepository?: string): CheckRunPlan {
  const conclusion: CheckConclusion = reason === "error" && settings?.conclusion === "failure" ? "failure" : "neutral";
  return { kind: "unreadable", conclusion, reason, headRepository };
}
