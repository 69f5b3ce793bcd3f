/**
 * The organisation report as one self-contained HTML page: inline style, no script, no external asset,
 * and a Content-Security-Policy that forbids loading anything, so the file can be mailed or archived
 * as it is. Every repository-controlled value (names, descriptions, licence ids, error texts) goes
 * through `escapeHtml`; links are kept only when they are http(s).
 */
import type { RuleId } from "../engine/types.js";
import { catalogue, type Language } from "./messages/index.js";
import { orgLabels, yesNo, type OrgLabels } from "./org-labels.js";
import { isAuditedRow, type OrgReport, type OrgRow } from "./org-report.js";
import { renderAxisTotals, renderMatrix } from "./org-matrix.js";
import { matrixLabels } from "./org-matrix-labels.js";
import { orgMatrix } from "./org-matrix-rows.js";

/** The five characters that matter in HTML text and quoted attributes; too small a job for a dependency. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1e1e1e; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { border-bottom: 1px solid #ddd; padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f3f3f3; position: sticky; top: 0; }
tbody th { font-weight: normal; }
tbody th a, tbody th > .name { font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
.desc { color: #555; font-size: .9em; display: block; }
.status { font-weight: 600; white-space: nowrap; }
.pass { color: #18753c; } .fail { color: #ce0500; } .skipped { color: #666; } .error { color: #b34000; }
code { font-size: .88em; background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
ul { margin: 0; padding-left: 1.1rem; }
ul.recommended { color: #444; font-size: .9em; }
.tag { font-size: .8em; border: 1px solid #bbb; border-radius: 3px; padding: 0 .3em; margin-left: .3em; color: #555; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
table.matrix { width: auto; } table.matrix thead th.rule { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
table.matrix thead th.required { font-weight: 700; } td.cell { text-align: center; font-weight: 700; }
.cell.pass { color: #18753c; background: #e8f5ec; } .cell.fail { color: #ce0500; background: #fdecea; } .cell.warn { color: #b34000; background: #fff4e5; } .cell.skip { color: #888; }
.state.ready { color: #18753c; } .state.not-ready { color: #ce0500; } .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
table.axes { width: auto; }
`.trim();

export function renderOrgHtml(report: OrgReport, language: Language): string {
  const labels = orgLabels(language);
  const c = labels.columns;
  const head = [c.repository, c.status, c.licence, c.homologated, c.requiredPassed, c.missingRequired, c.missingRecommended].map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join("");
  const rows = report.repositories.map((row) => renderRow(row, labels, language)).join("\n");
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${labels.title} ${report.organisation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(labels.title)} <code>${escapeHtml(report.organisation)}</code></h1>
<p class="meta">${escapeHtml(labels.generated)} ${escapeHtml(displayDate(report.generatedAt))} · ${escapeHtml(labels.summary(report.summary))}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${matrixSection(report, language)}
</body>
</html>
`;
}

function renderRow(row: OrgRow, labels: OrgLabels, language: Language): string {
  const name = escapeHtml(row.repository);
  const link = row.url && /^https?:\/\//i.test(row.url) ? `<a href="${escapeHtml(row.url)}">${name}</a>` : `<span class="name">${name}</span>`;
  const tags = [row.visibility !== "public" ? labels.visibility[row.visibility] : "", row.archived ? labels.columns.archived : "", row.fork ? labels.columns.fork : ""]
    .filter(Boolean)
    .map((tag) => `<span class="tag">${escapeHtml(tag.toLowerCase())}</span>`)
    .join("");
  const description = row.description ? `<span class="desc">${escapeHtml(row.description)}</span>` : "";
  const reason = row.skipReason ? labels.skip[row.skipReason] : row.error;
  const status = `<span class="status ${row.status}">${escapeHtml(labels.status[row.status])}</span>${reason ? `<span class="desc">${escapeHtml(reason)}</span>` : ""}`;
  const problems = row.configProblems.length > 0 ? `<span class="desc">${escapeHtml(labels.columns.configProblems + labels.colon)}${escapeHtml(row.configProblems.join("; "))}</span>` : "";
  const audited = isAuditedRow(row);
  const cells = [
    `<th scope="row">${link}${tags}${description}</th>`,
    `<td>${status}${problems}</td>`,
    `<td>${row.licence?.spdx ? `<code>${escapeHtml(row.licence.spdx)}</code>` : audited ? escapeHtml(labels.none) : ""}</td>`,
    `<td>${audited ? escapeHtml(yesNo(labels, row.licence?.homologated)) : ""}</td>`,
    `<td class="num">${row.required ? `${row.required.pass} / ${row.required.pass + row.required.fail}` : ""}</td>`,
    `<td>${ruleList(row.missingRequired, language, true)}</td>`,
    `<td>${ruleList(row.missingRecommended, language, false)}</td>`,
  ];
  return `<tr>${cells.join("")}</tr>`;
}

/** Missing rules by title; the id (what the configuration names) shown for required ones, on hover for the others. */
function ruleList(rules: readonly RuleId[], language: Language, required: boolean): string {
  if (rules.length === 0) return "";
  const cat = catalogue(language);
  const item = (rule: RuleId) => (required ? `<li>${escapeHtml(cat.rules[rule].title)} <code>${escapeHtml(rule)}</code></li>` : `<li title="${escapeHtml(rule)}">${escapeHtml(cat.rules[rule].title)}</li>`);
  return `<ul${required ? "" : ' class="recommended"'}>${rules.map(item).join("")}</ul>`;
}

/** The repositories × rules matrix and the totals per rule and per axis, as the dashboard shows them. */
function matrixSection(report: OrgReport, language: Language): string {
  if (!report.repositories.some((row) => row.findings)) return "";
  const { rows, totals } = orgMatrix(report, language);
  return `<h2>${escapeHtml(matrixLabels(language).repositories)} × ${escapeHtml(matrixLabels(language).rule)}</h2>\n${renderMatrix(rows, totals, language)}\n${renderAxisTotals(totals, language)}`;
}

/** "2026-11-23 12:22 UTC" from an ISO date. */
function displayDate(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}
