/**
 * The organisation report for a terminal: one line per repository (state, name, licence, required
 * rules met) and, under it, what is missing or why it was not audited. Colours only on a terminal;
 * control characters in repository-controlled text are dropped so a description cannot move the cursor.
 */
import type { Language } from "./messages/index.js";
import { orgLabels, yesNo } from "./org-labels.js";
import { matrixLabels } from "./org-matrix-labels.js";
import { isAuditedRow, type OrgReport, type OrgRow, type RowStatus } from "./org-report.js";

const SGR = { red: 31, green: 32, yellow: 33, grey: 90, bold: 1 } as const;
const MARK: Record<RowStatus, [string, keyof typeof SGR]> = { pass: ["✔", "green"], fail: ["✘", "red"], skipped: ["-", "grey"], error: ["!", "yellow"] };

export function renderOrgText(report: OrgReport, options: { language: Language; colour: boolean }): string {
  const labels = orgLabels(options.language);
  const paint = (style: keyof typeof SGR, text: string) => (options.colour ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  const width = Math.min(48, Math.max(10, ...report.repositories.map((row) => clean(row.repository).length)));
  const lines = [paint("bold", `${labels.title} ${clean(report.organisation)}`), `${labels.generated} ${report.generatedAt}`, ""];
  for (const row of report.repositories) {
    const [mark, colour] = MARK[row.status];
    lines.push(`${paint(colour, mark)} ${clean(row.repository).padEnd(width)}  ${paint(colour, labels.status[row.status])}${details(row)}`);
    for (const line of notes(row)) lines.push(`    ${line}`);
  }
  lines.push("", paint("bold", labels.summary(report.summary)));
  return `${lines.join("\n")}\n`;

  function details(row: OrgRow): string {
    if (!isAuditedRow(row)) return "";
    return `  ${row.required!.pass}/${row.required!.pass + row.required!.fail}  ${clean(row.licence?.spdx ?? labels.none)}  ${paint("grey", `${labels.columns.homologated}${labels.colon}${yesNo(labels, row.licence?.homologated)}`)}`;
  }

  function notes(row: OrgRow): string[] {
    const out: string[] = [];
    if (row.skipReason) out.push(paint("grey", labels.skip[row.skipReason]));
    if (row.error) out.push(paint("yellow", clean(row.error)));
    if (row.missingRequired.length > 0) out.push(`${labels.columns.missingRequired}${labels.colon}${row.missingRequired.join(", ")}`);
    if (row.missingRecommended.length > 0) out.push(paint("grey", `${labels.columns.missingRecommended}${labels.colon}${row.missingRecommended.join(", ")}`));
    for (const problem of row.configProblems) out.push(paint("red", `${labels.columns.configProblems}${labels.colon}${clean(problem)}`));
    if (row.issue) out.push(`${matrixLabels(options.language).issue}${labels.colon}#${row.issue.number} (${matrixLabels(options.language).issueState[row.issue.state]})${row.issue.url ? ` ${clean(row.issue.url)}` : ""}`);
    return out;
  }
}

/** Repository-controlled text without control characters (escape sequences, carriage returns). */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
