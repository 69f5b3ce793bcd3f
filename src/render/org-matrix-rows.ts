/** The organisation report's rows as the matrix renders them (the CLI's side of org-matrix.ts). */
import type { RuleId, Status } from "../engine/types.js";
import { catalogue, formatMessage, plainFormat, type Language } from "./messages/index.js";
import type { MatrixCell, MatrixRow, MatrixTotals } from "./org-matrix.js";
import { isAuditedRow, type OrgReport } from "./org-report.js";

export function orgMatrix(report: OrgReport, language: Language): { rows: MatrixRow[]; totals: MatrixTotals } {
  const cat = catalogue(language);
  const totals: MatrixTotals = {};
  const rows = report.repositories.map((row): MatrixRow => {
    const cells: Partial<Record<RuleId, MatrixCell>> = {};
    for (const finding of row.findings ?? []) {
      cells[finding.rule] = { status: finding.status, message: formatMessage(cat, finding.message, plainFormat) };
      const counts = (totals[finding.rule] ??= {});
      counts[finding.status as Status] = (counts[finding.status] ?? 0) + 1;
    }
    const audited = isAuditedRow(row);
    return {
      repository: row.repository,
      url: row.url,
      private: row.visibility !== "public",
      state: row.status === "pass" ? "ready" : row.status === "fail" ? "not-ready" : row.status,
      required: audited && row.required ? { met: row.required.pass, total: row.required.pass + row.required.fail } : null,
      cells,
      issue: row.issue ?? null,
    };
  });
  return { rows, totals };
}
