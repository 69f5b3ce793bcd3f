/** The organisation report as JSON: the report's data as it is (rule ids, not words), for scripts. */
import type { OrgReport } from "./org-report.js";

export function renderOrgJson(report: OrgReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
