/** The dashboard's main page: organisations, filters, the chart, the matrix page, totals per rule and axis. */
import { RULE_IDS } from "../engine/types.js";
import { catalogue } from "../render/messages/index.js";
import { renderAxisTotals, renderMatrix, type MatrixRow, type MatrixTotals } from "../render/org-matrix.js";
import { matrixLabels } from "../render/org-matrix-labels.js";
import { escapeHtml } from "../render/org-html.js";
import type { DayTotals, OrganisationTotals } from "../store/store.js";
import { PAGE_SIZE, queryString, type DashboardQuery } from "./dashboard-query.js";
import { renderReadyChart } from "./ready-chart.js";

export interface OverviewData {
  query: DashboardQuery;
  base: string;
  signedIn: boolean;
  organisations: OrganisationTotals[];
  rows: MatrixRow[];
  total: number;
  totals: MatrixTotals;
  days: DayTotals[];
}

export function renderOverview(data: OverviewData): string {
  const { query, base } = data;
  const labels = matrixLabels(query.language);
  const cat = catalogue(query.language);
  const f = query.filter;
  const option = (value: string, text: string, selected: boolean) => `<option value="${escapeHtml(value)}"${selected ? " selected" : ""}>${escapeHtml(text)}</option>`;
  const organisations = data.organisations
    .map((org) => `<tr><th scope="row"><a href="${base}${escapeHtml(queryString(query, { filter: { organisation: org.owner }, page: 1 }))}">${escapeHtml(org.owner)}</a></th><td class="num">${org.repositories}</td><td class="num">${org.ready}</td><td class="num">${org.notReady}</td><td class="num">${org.skipped}</td></tr>`)
    .join("");
  const form = `<form class="filters" method="get" action="${base}">
${query.language === "en" ? '<input type="hidden" name="lang" value="en">' : ""}
<label>${escapeHtml(labels.organisation)}<select name="org">${option("", labels.any, !f.organisation)}${data.organisations.map((org) => option(org.owner, org.owner, f.organisation === org.owner)).join("")}</select></label>
<label>${escapeHtml(labels.state)}<select name="state">${option("", labels.any, !f.state)}${(["ready", "not-ready", "skipped"] as const).map((state) => option(state, labels.states[state], f.state === state)).join("")}</select></label>
<label>${escapeHtml(`${labels.rule} (${labels.ruleFailing})`)}<select name="rule">${option("", labels.any, !f.rule)}${RULE_IDS.map((rule) => option(rule, cat.rules[rule].title, f.rule === rule)).join("")}</select></label>
<label>${escapeHtml(labels.licence)}<input name="licence" size="14" placeholder="${escapeHtml(labels.licenceHint)}" value="${escapeHtml(f.licence ?? "")}"></label>
<label>${escapeHtml(labels.homologated)}<select name="homologated">${option("", labels.any, f.homologated === undefined)}${option("yes", labels.yes, f.homologated === true)}${option("no", labels.no, f.homologated === false)}</select></label>
<label>${escapeHtml(labels.search)}<input type="search" name="q" size="18" value="${escapeHtml(f.search ?? "")}"></label>
<label>${escapeHtml(labels.sort)}<select name="sort">${(["name", "audited", "missing"] as const).map((sort) => option(sort, labels.sorts[sort], query.sort === sort)).join("")}</select></label>
<label><span>${escapeHtml(labels.descending)}</span><input type="checkbox" name="desc" value="1"${query.descending ? " checked" : ""}></label>
<button type="submit">${escapeHtml(labels.apply)}</button>
</form>`;
  const from = data.total === 0 ? 0 : (query.page - 1) * PAGE_SIZE + 1;
  const to = Math.min(data.total, query.page * PAGE_SIZE);
  const previous = query.page > 1 ? `<a rel="prev" href="${base}${escapeHtml(queryString(query, { page: query.page - 1 }))}">${escapeHtml(labels.previous)}</a>` : "";
  const next = to < data.total ? `<a rel="next" href="${base}${escapeHtml(queryString(query, { page: query.page + 1 }))}">${escapeHtml(labels.next)}</a>` : "";
  const exportQuery = escapeHtml(queryString(query, { page: 1 }));
  const today = data.days.at(-1);
  return `<h1>${escapeHtml(labels.title)}</h1>
${data.signedIn ? "" : `<p class="note">${escapeHtml(labels.publicOnly)}</p>`}
<div class="columns">
<section><h2>${escapeHtml(labels.organisations)}</h2>
<table class="organisations"><thead><tr><th scope="col">${escapeHtml(labels.organisation)}</th><th scope="col">${escapeHtml(labels.repositories)}</th><th scope="col">${escapeHtml(labels.states.ready)}</th><th scope="col">${escapeHtml(labels.states["not-ready"])}</th><th scope="col">${escapeHtml(labels.states.skipped)}</th></tr></thead><tbody>${organisations}</tbody></table></section>
<section><h2>${escapeHtml(labels.chart)}</h2>${renderReadyChart(data.days, labels.chart)}<p class="note">${escapeHtml(labels.chartSummary(today?.ready ?? 0, today?.notReady ?? 0))}</p></section>
</div>
<h2>${escapeHtml(labels.repositories)}</h2>
${form}
<p class="pager"><span class="count">${escapeHtml(labels.page(from, to, data.total))}</span>${previous}${next}<span>${escapeHtml(labels.exports)}${query.language === "fr" ? " :" : ":"} <a href="${base}/repositories.json${exportQuery}">JSON</a> · <a href="${base}/repositories.csv${exportQuery}">CSV</a></span></p>
${renderMatrix(data.rows, data.totals, query.language)}
${renderAxisTotals(data.totals, query.language)}`;
}
