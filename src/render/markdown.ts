/**
 * The Markdown report: the body of the GitHub issue, written to be read in a minute. Missing
 * required items come first and complete (why, how, a skeleton filled with what Relais knows);
 * missing recommended items take one line each, their details collapsed; what is already in place
 * is one collapsed list, warned items (met, with advice) shown above it. Rules that were not
 * evaluated are left out.
 */
import { AXES, type Evidence, type Finding, type Report } from "../engine/types.js";
import { escapeMarkdownText, htmlFormat, markdownCode, markdownFormat } from "./escape.js";
import { configProblemText } from "./config-problems.js";
import { needsWork, summaryParams } from "./group.js";
import { catalogue, formatMessage, type Catalogue, type Language } from "./messages/index.js";
import type { ProjectFacts } from "./project-facts.js";
import { filledTemplate, NO_FACTS } from "./skeletons.js";

export interface MarkdownOptions {
  language?: Language;
  /** Add the reminder of documents kept outside the repository. */
  reminders?: boolean;
  /** Offer `/relais` comment commands (only meaningful in an issue). */
  commands?: boolean;
  /** What fills the skeletons; blanks when unknown. */
  project?: ProjectFacts;
}

const byAxis = (a: Finding, b: Finding) => AXES.indexOf(a.axis) - AXES.indexOf(b.axis);

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const cat = catalogue(options.language ?? "fr");
  const say = (key: string, params?: Record<string, string | number>) => formatMessage(cat, { key, params }, markdownFormat);
  const html = (key: string, params?: Record<string, string | number>) => formatMessage(cat, { key, params }, htmlFormat);
  const shown = report.findings.filter((f) => f.level !== "off").sort(byAxis);
  const requiredTodo = shown.filter((f) => f.level === "required" && needsWork(f));
  const recommendedTodo = shown.filter((f) => f.level === "recommended" && needsWork(f));
  const warned = shown.filter((f) => f.status === "warn");
  const met = shown.filter((f) => f.status === "pass");
  const broken = shown.filter((f) => f.status === "skip" && f.message.key === "common.internal-error");

  const out: string[] = [];
  out.push(`### ${say("report.title", { repository: report.repository })}`, "");
  if (options.commands) out.push(say("issue.intro"), "");
  out.push(`**${report.summary.ok ? say("report.ok") : say("report.failing", summaryParams(report))}** ${say("report.summary", summaryParams(report))}`, "");
  const facts = [report.commit ? say("report.commit", { commit: report.commit.slice(0, 12) }) : null, report.licence.spdx ? say("report.licence", { spdx: report.licence.spdx }) : say("report.no-licence")];
  out.push(facts.filter(Boolean).join(" · "), "");

  if (report.configProblems.length > 0) {
    out.push(`> [!WARNING]`, `> ${say("report.config-problems")}`);
    for (const problem of report.configProblems) out.push(`> - ${configProblemText(cat, problem, markdownFormat)}`);
    out.push("");
  }

  if (requiredTodo.length > 0) {
    out.push(`#### ${say("report.required-todo", { count: requiredTodo.length })}`, "");
    for (const finding of requiredTodo) out.push(...requiredItem(finding, cat, options.project ?? NO_FACTS), "");
  }
  if (recommendedTodo.length > 0) {
    out.push(`#### ${say("report.recommended-todo", { count: recommendedTodo.length })}`, "");
    for (const finding of recommendedTodo) out.push(...recommendedItem(finding, cat), "");
  }
  if (warned.length + met.length > 0) {
    out.push(`#### ${say("report.met", { count: warned.length + met.length })}`, "");
    for (const finding of warned) out.push(...warnedItem(finding, cat), "");
    if (met.length > 0) {
      out.push(`<details><summary>${html(warned.length > 0 ? "report.met-others" : "report.met-all", { count: met.length })}</summary>`, "");
      for (const finding of met) out.push(metItem(finding, cat));
      out.push("", "</details>", "");
    }
  }
  if (broken.length > 0) out.push(`> [!CAUTION]`, ...broken.map((f) => `> ${cat.rules[f.rule].title} — ${formatMessage(cat, f.message, markdownFormat)}`), "");

  if (options.reminders) out.push(`#### ${say("issue.reminders")}`, "", ...String(say("issue.reminder-items")).split(" ; ").map((item) => `- ${item}`), "");
  if (options.commands) {
    out.push(`<details><summary>${html("issue.configure-summary")}</summary>`, "", say("issue.configure"), "", "```yaml", "# .github/relais.yml", "rules:", "  roadmap: required", "  security-policy: off", "```", "", "</details>", "");
    out.push(say("issue.outro"), "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

function heading(finding: Finding, cat: Catalogue, box: string): string {
  const texts = cat.rules[finding.rule];
  return `- ${box} **${texts.title}** (${markdownCode(finding.rule)}, ${cat.axes[finding.axis]}) — ${formatMessage(cat, finding.message, markdownFormat)}`;
}

/** A missing required item: everything needed to fix it, the skeleton collapsed. Blank lines keep GitHub from swallowing Markdown into the HTML blocks. */
function requiredItem(finding: Finding, cat: Catalogue, project: ProjectFacts): string[] {
  const say = (key: string) => formatMessage(cat, { key }, markdownFormat);
  const texts = cat.rules[finding.rule];
  const lines = [heading(finding, cat, "[ ]"), `  - **${say("report.why")}** ${texts.why}`, `  - **${say("report.how")}** ${texts.how}`];
  const evidence = finding.evidence.slice(0, 5).map(formatEvidence);
  if (evidence.length > 0) lines.push(`  - ${say("report.seen")} ${evidence.join(", ")}`);
  // The skeleton when the document is absent; a document that exists but falls short gets the scaffold hint instead (it never overwrites).
  const skeleton = texts.template && finding.evidence.length === 0 ? filledTemplate(cat.language, texts.template, project) : undefined;
  if (texts.template && skeleton === undefined) lines.push(`  - ${formatMessage(cat, { key: "report.scaffold-hint", params: { rule: finding.rule } }, markdownFormat)}`);
  if (texts.template && skeleton !== undefined) {
    const fence = "`".repeat(Math.max(3, ...(skeleton.match(/`{3,}/g) ?? []).map((run) => run.length + 1)));
    lines.push(
      "",
      `  <details><summary>${formatMessage(cat, { key: "report.skeleton", params: { path: texts.template } }, htmlFormat)}</summary>`,
      "",
      `  ${fence}${languageOf(texts.template)}`,
      ...skeleton.trimEnd().split("\n").map((line) => (line === "" ? "" : `  ${line}`)),
      `  ${fence}`,
      "",
      "  </details>",
    );
  }
  return lines;
}

/** A missing recommended item: one line, how to fix it collapsed under it (why it matters is one `/relais explain` away). */
function recommendedItem(finding: Finding, cat: Catalogue): string[] {
  const say = (key: string, params?: Record<string, string>) => formatMessage(cat, { key, params }, markdownFormat);
  const texts = cat.rules[finding.rule];
  const scaffold = texts.template ? ` ${say("report.scaffold-hint", { rule: finding.rule })}` : "";
  return [heading(finding, cat, "[ ]"), `  <details><summary>${formatMessage(cat, { key: "report.how-summary" }, htmlFormat)}</summary>`, "", `  ${texts.how}${scaffold}`, "", "  </details>"];
}

/** A warned item is met: ticked, its message is the advice. */
function warnedItem(finding: Finding, cat: Catalogue): string[] {
  const say = (key: string) => formatMessage(cat, { key }, markdownFormat);
  const evidence = finding.evidence.slice(0, 5).map(formatEvidence);
  return [heading(finding, cat, "[x]"), `  - **${say("report.advice")}** ${cat.rules[finding.rule].how}`, ...(evidence.length > 0 ? [`  - ${say("report.found")} ${evidence.join(", ")}`] : [])];
}

/** A met item: its name and where Relais found it. */
function metItem(finding: Finding, cat: Catalogue): string {
  const evidence = finding.evidence.slice(0, 3).map(formatEvidence);
  return `- [x] **${cat.rules[finding.rule].title}**${evidence.length > 0 ? ` — ${evidence.join(", ")}` : ` — ${formatMessage(cat, finding.message, markdownFormat)}`}`;
}

function formatEvidence(evidence: Evidence): string {
  const place = evidence.line ? `${evidence.path}:${evidence.line}` : evidence.path;
  return evidence.heading ? `${markdownCode(place)} (${escapeMarkdownText(evidence.heading)})` : markdownCode(place);
}

function languageOf(name: string): string {
  if (name.endsWith(".yml") || name.endsWith(".yaml")) return "yaml";
  if (name.endsWith(".md")) return "markdown";
  return "";
}
