/** One repository: its state, links to GitHub and to the Relais issue, its report and the history of its summary. */
import type { Language } from "../render/messages/index.js";
import { catalogue, formatMessage, plainFormat } from "../render/messages/index.js";
import { matrixLabels } from "../render/org-matrix-labels.js";
import { escapeHtml } from "../render/org-html.js";
import type { RepositoryDetail } from "../store/store.js";
import { issueUrl, repositoryUrl, skipReasonText, stateOf, type WebUrls } from "./matrix-rows.js";

export function renderRepository(detail: RepositoryDetail, urls: WebUrls, language: Language): string {
  const labels = matrixLabels(language);
  const cat = catalogue(language);
  const state = stateOf(detail);
  const issueHref = issueUrl(urls, detail.repository, detail.issue);
  const issue = detail.issue && issueHref ? `<a class="issue" href="${escapeHtml(issueHref)}">#${detail.issue.number}</a> (${escapeHtml(labels.issueState[detail.issue.state])})` : escapeHtml(labels.noIssue);
  const facts = [
    [labels.state, `<span class="state ${state}">${escapeHtml(labels.states[state])}</span>${detail.skipReason ? ` — ${escapeHtml(skipReasonText(detail.skipReason, language)!)}` : ""}`],
    [labels.required, detail.required ? `${detail.required.met} / ${detail.required.total}` : ""],
    [labels.licence, detail.licence ? `<code>${escapeHtml(detail.licence)}</code>` : escapeHtml(labels.none)],
    [labels.homologated, detail.homologated === null ? "" : escapeHtml(detail.homologated ? labels.yes : labels.no)],
    [labels.issue, issue],
    [labels.lastAudit, `<time datetime="${escapeHtml(detail.auditedAt)}">${escapeHtml(displayDate(detail.auditedAt))}</time>`],
    [labels.commit, detail.commit ? `<code>${escapeHtml(detail.commit.slice(0, 12))}</code>` : ""],
  ]
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name!)}</th><td>${value}</td></tr>`)
    .join("");
  const findings = (detail.report?.findings ?? [])
    .filter((finding) => finding.level !== "off")
    .map((finding) => `<tr><th scope="row">${escapeHtml(cat.rules[finding.rule].title)} <code>${escapeHtml(finding.rule)}</code></th><td class="cell ${finding.status}">${escapeHtml(labels.cell[finding.status])}</td><td>${escapeHtml(formatMessage(cat, finding.message, plainFormat))}</td></tr>`)
    .join("");
  const history = detail.history
    .map((entry) => `<tr><td>${escapeHtml(displayDate(entry.changedAt))}</td><td>${escapeHtml(labels.states[entry.state === "skipped" ? "skipped" : entry.ready ? "ready" : "not-ready"])}</td><td class="num">${entry.required ? `${entry.required.met} / ${entry.required.total}` : ""}</td></tr>`)
    .join("");
  const lang = language === "en" ? "?lang=en" : "";
  return `<p><a href="${urls.base}${lang}">← ${escapeHtml(labels.back)}</a></p>
<h1>${escapeHtml(detail.repository)}${detail.private ? ` <span class="tag">${escapeHtml(labels.private)}</span>` : ""}</h1>
${detail.description ? `<p class="note">${escapeHtml(detail.description)}</p>` : ""}
<p><a class="github" href="${escapeHtml(repositoryUrl(urls, detail.repository))}">${escapeHtml(labels.onGithub)}</a></p>
<table class="facts"><tbody>${facts}</tbody></table>
<h2>${escapeHtml(labels.report)}</h2>
<table class="findings"><tbody>${findings}</tbody></table>
<h2>${escapeHtml(labels.history)}</h2>
<table class="history"><thead><tr><th scope="col">${escapeHtml(labels.changedAt)}</th><th scope="col">${escapeHtml(labels.state)}</th><th scope="col">${escapeHtml(labels.required)}</th></tr></thead><tbody>${history}</tbody></table>`;
}

function displayDate(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}
