/**
 * The Markdown report: the body of the GitHub issue. A checklist grouped by axis; each missing item
 * says why it matters and how to fix it, with a skeleton to copy; each present item shows its evidence.
 */
import type { Evidence, Finding, Report } from "../engine/types.js";
import { escapeMarkdownText, markdownCode, markdownFormat } from "./escape.js";
import { groupByAxis, needsWork, summaryParams } from "./group.js";
import { catalogue, formatMessage, type Catalogue, type Language } from "./messages/index.js";
import { readTemplate, templatePath } from "./templates.js";

export interface MarkdownOptions {
  language?: Language;
  /** Add the reminder of documents kept outside the repository. */
  reminders?: boolean;
  /** Offer `/relais` comment commands (only meaningful in an issue). */
  commands?: boolean;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const cat = catalogue(options.language ?? "fr");
  const say = (key: string, params?: Record<string, string | number>) => formatMessage(cat, { key, params }, markdownFormat);
  const out: string[] = [];
  out.push(`### ${say("report.title", { repository: report.repository })}`, "");
  if (options.commands) out.push(say("issue.intro"), "");
  out.push(`**${report.summary.ok ? say("report.ok") : say("report.failing", summaryParams(report))}** ${say("report.summary", summaryParams(report))}`, "");
  const facts = [report.commit ? say("report.commit", { commit: report.commit.slice(0, 12) }) : null, report.licence.spdx ? say("report.licence", { spdx: report.licence.spdx }) : say("report.no-licence")];
  out.push(facts.filter(Boolean).join(" · "), "");

  if (report.configProblems.length > 0) {
    out.push(`> [!WARNING]`, `> ${say("report.config-problems")}`);
    for (const problem of report.configProblems) {
      out.push(`> - ${formatMessage(cat, { key: "report.config-problem", params: { file: problem.file, line: problem.line ?? 0, key: problem.key, message: problem.message } }, markdownFormat)}`);
    }
    out.push("");
  }

  for (const group of groupByAxis(report)) {
    out.push(`#### ${cat.axes[group.axis]}`, "");
    for (const finding of group.findings) out.push(...renderFinding(finding, cat), "");
  }

  if (options.reminders) out.push(`#### ${say("issue.reminders")}`, "", ...String(say("issue.reminder-items")).split(" ; ").map((item) => `- [ ] ${item}`), "");
  if (options.commands) {
    out.push(`<details><summary>${say("issue.configure").replace(/[:：]\s*$/, "")}</summary>`, "", say("issue.configure"), "", "```yaml", "# .github/relais.yml", "rules:", "  roadmap: required", "  security-policy: off", "```", "", "</details>", "");
    out.push(say("issue.outro"), "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

function renderFinding(finding: Finding, cat: Catalogue): string[] {
  const texts = cat.rules[finding.rule];
  const level = formatMessage(cat, { key: `level.${finding.level}` }, markdownFormat);
  const message = formatMessage(cat, finding.message, markdownFormat);
  if (finding.status === "skip") return [`- ${texts.title} — _${formatMessage(cat, { key: "status.skip" }, markdownFormat)}_ : ${message}`];
  const box = needsWork(finding) ? "[ ]" : "[x]";
  const lines = [`- ${box} **${texts.title}** (${level}, ${markdownCode(finding.rule)}) — ${message}`];
  if (needsWork(finding)) {
    lines.push(`  - **${formatMessage(cat, { key: "report.why" }, markdownFormat)}** ${texts.why}`);
    lines.push(`  - **${formatMessage(cat, { key: "report.how" }, markdownFormat)}** ${texts.how}`);
    const skeleton = texts.template ? readTemplate(cat.language, texts.template) : undefined;
    if (texts.template && skeleton !== undefined) {
      const fence = "`".repeat(Math.max(3, ...(skeleton.match(/`{3,}/g) ?? []).map((run) => run.length + 1)));
      lines.push(
        `  <details><summary>${formatMessage(cat, { key: "report.template", params: { path: templatePath(cat.language, texts.template) } }, markdownFormat)}</summary>`,
        "",
        `  ${fence}${languageOf(texts.template)}`,
        ...skeleton.trimEnd().split("\n").map((line) => `  ${line}`),
        `  ${fence}`,
        "  </details>",
      );
    }
  }
  const evidence = finding.evidence.slice(0, 5).map(formatEvidence);
  if (evidence.length > 0 && !needsWork(finding)) lines.push(`  - ${formatMessage(cat, { key: "report.found" }, markdownFormat)} ${evidence.join(", ")}`);
  if (evidence.length > 0 && needsWork(finding)) lines.push(`  - ${evidence.join(", ")}`);
  return lines;
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
