/**
 * The repositories × rules matrix, shared by the dashboard and `relais report --org --format html`:
 * one row per repository, one column per rule (required rules first), each cell a status whose
 * message shows on hover; a totals row per rule and a table per axis. HTML only, every
 * repository-controlled value escaped, links kept only when http(s).
 */
import { RULES } from "../engine/registry.js";
import { AXES, type Axis, type RuleId, type Status } from "../engine/types.js";
import { catalogue, type Language } from "./messages/index.js";
import { matrixLabels, type MatrixLabels } from "./org-matrix-labels.js";
import { escapeHtml } from "./org-html.js";

export interface MatrixCell {
  status: Status;
  /** The finding's message, in words. */
  message: string;
}

export interface MatrixRow {
  repository: string;
  /** The repository on GitHub. */
  url: string | null;
  /** Where the name links to (the dashboard's page of the repository); the GitHub URL when absent. */
  detailUrl?: string;
  private: boolean;
  state: "ready" | "not-ready" | "skipped" | "error";
  /** Why it was not audited, in words. */
  reason?: string;
  required: { met: number; total: number } | null;
  cells: Partial<Record<RuleId, MatrixCell>>;
  issue: { number: number; state: "open" | "closed"; url: string | null } | null;
}

/** Per rule, how many repositories have each status. */
export type MatrixTotals = Partial<Record<RuleId, Partial<Record<Status, number>>>>;

/** The columns: required rules first, then the others, each group in the registry's order. */
export const MATRIX_RULES: readonly { id: RuleId; axis: Axis; required: boolean }[] = [...RULES.filter((rule) => rule.defaultLevel === "required"), ...RULES.filter((rule) => rule.defaultLevel !== "required")].map((rule) => ({
  id: rule.id,
  axis: rule.axis,
  required: rule.defaultLevel === "required",
}));

const SYMBOL: Record<Status, string> = { pass: "✓", warn: "!", fail: "✗", skip: "–" };

export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function renderMatrix(rows: readonly MatrixRow[], totals: MatrixTotals, language: Language): string {
  const labels = matrixLabels(language);
  const cat = catalogue(language);
  const head = MATRIX_RULES.map(
    (rule) => `<th scope="col" class="rule${rule.required ? " required" : ""}" title="${escapeHtml(`${cat.rules[rule.id].title} (${rule.id})`)}"><span>${escapeHtml(cat.rules[rule.id].title)}</span></th>`,
  ).join("");
  const body = rows.map((row) => renderRow(row, labels, language)).join("\n");
  const totalCells = MATRIX_RULES.map((rule) => {
    const { met, total } = metOf(totals[rule.id]);
    return `<td class="num" title="${escapeHtml(`${cat.rules[rule.id].title}: ${met} / ${total}`)}">${met}/${total}</td>`;
  }).join("");
  return `<table class="matrix">
<thead><tr><th scope="col">${escapeHtml(labels.repository)}</th><th scope="col">${escapeHtml(labels.state)}</th><th scope="col">${escapeHtml(labels.required)}</th>${head}<th scope="col">${escapeHtml(labels.issue)}</th></tr></thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row" colspan="3">${escapeHtml(labels.totals)}</th>${totalCells}<td></td></tr></tfoot>
</table>`;
}

/** Totals per axis: the rules of each axis summed. */
export function renderAxisTotals(totals: MatrixTotals, language: Language): string {
  const labels = matrixLabels(language);
  const rows = AXES.map((axis) => {
    const sum = MATRIX_RULES.filter((rule) => rule.axis === axis).reduce(
      (acc, rule) => {
        const { met, total } = metOf(totals[rule.id]);
        return { met: acc.met + met, total: acc.total + total };
      },
      { met: 0, total: 0 },
    );
    return `<tr><th scope="row">${escapeHtml(labels.axis[axis])}</th><td class="num">${sum.met} / ${sum.total}</td></tr>`;
  }).join("");
  return `<table class="axes"><caption>${escapeHtml(labels.axes)}</caption><tbody>${rows}</tbody></table>`;
}

/** A warned item counts as met (like the report's summary); skipped ones count for nothing. */
export function metOf(counts: Partial<Record<Status, number>> | undefined): { met: number; total: number } {
  const met = (counts?.pass ?? 0) + (counts?.warn ?? 0);
  return { met, total: met + (counts?.fail ?? 0) };
}

function renderRow(row: MatrixRow, labels: MatrixLabels, language: Language): string {
  const cat = catalogue(language);
  const name = escapeHtml(row.repository);
  const href = row.detailUrl ?? safeUrl(row.url);
  const link = href ? `<a href="${escapeHtml(href)}">${name}</a>` : name;
  const tag = row.private ? ` <span class="tag">${escapeHtml(labels.private)}</span>` : "";
  const state = `<span class="state ${row.state}">${escapeHtml(labels.states[row.state])}</span>${row.reason ? `<span class="desc">${escapeHtml(row.reason)}</span>` : ""}`;
  const required = row.required ? `${row.required.met} / ${row.required.total}` : "";
  const cells = MATRIX_RULES.map((rule) => {
    const cell = row.cells[rule.id];
    if (!cell) return "<td></td>";
    const title = `${cat.rules[rule.id].title} — ${labels.cell[cell.status]}${cell.message ? `: ${cell.message}` : ""}`;
    return `<td class="cell ${cell.status}" title="${escapeHtml(title)}"><span aria-hidden="true">${SYMBOL[cell.status]}</span><span class="sr">${escapeHtml(labels.cell[cell.status])}</span></td>`;
  }).join("");
  const issueUrl = safeUrl(row.issue?.url);
  const issueText = row.issue ? `#${row.issue.number} (${labels.issueState[row.issue.state]})` : labels.noIssue;
  const issue = row.issue && issueUrl ? `<a href="${escapeHtml(issueUrl)}">${escapeHtml(issueText)}</a>` : escapeHtml(issueText);
  return `<tr><th scope="row">${link}${tag}</th><td>${state}</td><td class="num">${required}</td>${cells}<td>${issue}</td></tr>`;
}
