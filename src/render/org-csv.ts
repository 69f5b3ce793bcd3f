/**
 * The organisation report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), for spreadsheets. Cells a spreadsheet would run as a formula
 * (=, +, -, @ first: a description is anyone's text) are prefixed with a quote by csv-stringify.
 */
import { stringify } from "csv-stringify/sync";
import type { Language } from "./messages/index.js";
import { orgLabels, yesNo } from "./org-labels.js";
import { isAuditedRow, type OrgReport, type OrgRow } from "./org-report.js";

export function renderOrgCsv(report: OrgReport, language: Language): string {
  const labels = orgLabels(language);
  const c = labels.columns;
  const header = [c.repository, c.description, c.status, c.reason, c.licence, c.homologated, c.requiredPassed, c.requiredFailed, c.missingRequired, c.missingRecommended, c.visibility, c.archived, c.fork, c.configProblems, c.url];
  const bool = (value: boolean) => (value ? labels.yes : labels.no);
  const records = report.repositories.map((row) => [
    row.repository,
    row.description ?? "",
    labels.status[row.status],
    row.skipReason ? labels.skip[row.skipReason] : (row.error ?? ""),
    row.licence?.spdx ?? "",
    isAuditedRow(row) ? yesNo(labels, row.licence?.homologated) : "",
    row.required ? String(row.required.pass) : "",
    row.required ? String(row.required.fail) : "",
    row.missingRequired.join(" "),
    row.missingRecommended.join(" "),
    labels.visibility[row.visibility],
    bool(row.archived),
    bool(row.fork),
    row.configProblems.join("; "),
    row.url ?? "",
  ]);
  return stringify([header, ...records], { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true });
}
