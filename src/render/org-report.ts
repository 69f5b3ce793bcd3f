/**
 * The organisation report (`relais report --org`): one row per repository for the reviewers who follow
 * many défis at once. Data only, like the engine's report; org-text, org-csv, org-html and org-json put
 * it into a format, with the words of org-labels.
 */
import type { MessageRef, Report, RuleId, Status } from "../engine/types.js";

export type RowStatus = "pass" | "fail" | "skipped" | "error";

/** Why a repository was not audited. */
export type SkipReason = "archived" | "fork" | "empty" | "ignored" | "settings-repository";

export interface RepositoryListing {
  /** "owner/name". */
  repository: string;
  description: string | null;
  url: string | null;
  visibility: "public" | "private" | "internal";
  archived: boolean;
  fork: boolean;
}

export interface OrgRow extends RepositoryListing {
  status: RowStatus;
  skipReason?: SkipReason;
  /** What went wrong reading the repository (status "error"). */
  error?: string;
  commit?: string | null;
  licence?: { spdx: string | null; homologated: boolean | null };
  required?: { pass: number; fail: number };
  recommended?: { pass: number; fail: number };
  missingRequired: RuleId[];
  missingRecommended: RuleId[];
  /** Problems in the repository's configuration ("file:line: key: message"); the audit used the defaults. */
  configProblems: string[];
  /** Every rule's status and message (audited rows), for the repositories × rules matrix. */
  findings?: { rule: RuleId; status: Status; message: MessageRef }[];
  /** The Relais issue found on the repository, if any. */
  issue?: { number: number; state: "open" | "closed"; url: string | null } | null;
}

export interface OrgSummary {
  repositories: number;
  audited: number;
  passing: number;
  failing: number;
  skipped: number;
  errors: number;
}

export interface OrgReport {
  schemaVersion: 1;
  organisation: string;
  generatedAt: string;
  summary: OrgSummary;
  repositories: OrgRow[];
}

/** A row whose repository was read and audited (passed or failed), not skipped nor in error. */
export function isAuditedRow(row: Pick<OrgRow, "status">): boolean {
  return row.status === "pass" || row.status === "fail";
}

export function skippedRow(listing: RepositoryListing, reason: SkipReason): OrgRow {
  return { ...listing, status: "skipped", skipReason: reason, missingRequired: [], missingRecommended: [], configProblems: [] };
}

export function errorRow(listing: RepositoryListing, error: string): OrgRow {
  return { ...listing, status: "error", error, missingRequired: [], missingRecommended: [], configProblems: [] };
}

export function auditedRow(listing: RepositoryListing, report: Report, issue: OrgRow["issue"] = null): OrgRow {
  const missing = (level: "required" | "recommended") => report.findings.filter((finding) => finding.level === level && finding.status === "fail").map((finding) => finding.rule);
  return {
    ...listing,
    status: report.summary.ok ? "pass" : "fail",
    commit: report.commit,
    licence: { spdx: report.licence.spdx, homologated: homologated(report) },
    required: report.summary.required,
    recommended: report.summary.recommended,
    missingRequired: missing("required"),
    missingRecommended: missing("recommended"),
    configProblems: report.configProblems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.key ? `${problem.key}: ` : ""}${problem.message}`),
    findings: report.findings.filter((finding) => finding.level !== "off").map((finding) => ({ rule: finding.rule, status: finding.status, message: finding.message })),
    issue,
  };
}

/** Whether the licence is homologated, as the issue says it: the licence-homologated rule met (pass or warn) or failed; the licence summary when the rule did not run. */
function homologated(report: Report): boolean | null {
  const finding = report.findings.find((f) => f.rule === "licence-homologated");
  if (finding?.status === "pass" || finding?.status === "warn") return true;
  if (finding?.status === "fail") return false;
  return report.licence.homologated;
}

export function orgReport(organisation: string, rows: readonly OrgRow[], now: Date): OrgReport {
  const sorted = [...rows].sort((a, b) => a.repository.localeCompare(b.repository, "en", { sensitivity: "base" }));
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  return {
    schemaVersion: 1,
    organisation,
    generatedAt: now.toISOString(),
    summary: {
      repositories: rows.length,
      audited: count("pass") + count("fail"),
      passing: count("pass"),
      failing: count("fail"),
      skipped: count("skipped"),
      errors: count("error"),
    },
    repositories: sorted,
  };
}

/** 0 when every audited repository passes, 1 when one fails, 2 when one could not be read. */
export function orgExitCode(report: OrgReport): number {
  if (report.summary.errors > 0) return 2;
  return report.summary.failing > 0 ? 1 : 0;
}
