/** The store's rows as the matrix renders them: each cell's message put into words from the report. */
import type { Language } from "../render/messages/index.js";
import { catalogue, formatMessage, plainFormat } from "../render/messages/index.js";
import type { MatrixCell, MatrixRow } from "../render/org-matrix.js";
import type { Report, RuleId } from "../engine/types.js";
import type { RepositorySummary } from "../store/store.js";
import { orgLabels } from "../render/org-labels.js";

export interface WebUrls {
  /** GitHub's web address, "https://github.com" unless GitHub Enterprise. */
  web: string;
  /** The dashboard's base path, for the repository pages. */
  base: string;
}

export function repositoryUrl(urls: WebUrls, repository: string): string {
  return `${urls.web}/${repository}`;
}

export function issueUrl(urls: WebUrls, repository: string, issue: { number: number } | null): string | null {
  return issue ? `${urls.web}/${repository}/issues/${issue.number}` : null;
}

export function stateOf(row: Pick<RepositorySummary, "state" | "ready">): MatrixRow["state"] {
  if (row.state === "skipped") return "skipped";
  return row.ready ? "ready" : "not-ready";
}

export function toMatrixRow(row: RepositorySummary & { report?: Report | null }, urls: WebUrls, language: Language): MatrixRow {
  const cat = catalogue(language);
  const cells: Partial<Record<RuleId, MatrixCell>> = {};
  for (const [rule, status] of Object.entries(row.rules) as [RuleId, MatrixCell["status"]][]) cells[rule] = { status, message: "" };
  for (const finding of row.report?.findings ?? []) cells[finding.rule] = { status: finding.status, message: formatMessage(cat, finding.message, plainFormat) };
  const lang = language === "en" ? "?lang=en" : "";
  return {
    repository: row.repository,
    url: repositoryUrl(urls, row.repository),
    detailUrl: `${urls.base}/repository/${row.repository.split("/").map(encodeURIComponent).join("/")}${lang}`,
    private: row.private,
    state: stateOf(row),
    reason: skipReasonText(row.skipReason, language),
    required: row.required,
    cells,
    issue: row.issue ? { ...row.issue, url: issueUrl(urls, row.repository, row.issue) } : null,
  };
}

/** Why a repository was not audited, in words ("archived repository"); the stored code when unknown. */
export function skipReasonText(reason: string | null, language: Language): string | undefined {
  if (!reason) return undefined;
  const skip = orgLabels(language).skip as Record<string, string>;
  return skip[reason] ?? reason;
}
