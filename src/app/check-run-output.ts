/**
 * A check-run plan in words: the title ("4/5 documents obligatoires") and the Markdown summary (what
 * the pull request changes, then what is still missing), in the repository's language. Repository-
 * controlled text is escaped as in the issue. GitHub refuses a summary over 65,535 characters, so
 * the lists are cut to fit, saying how many items were left out.
 */
import type { CheckRunPlan } from "./check-run-plan.js";
import { markdownFormat } from "../render/escape.js";
import { catalogue, formatMessage, type Language } from "../render/messages/index.js";
import type { Params } from "../render/messages/types.js";

export const SUMMARY_LIMIT = 65_535;

export interface CheckRunOutput {
  title: string;
  summary: string;
}

export function renderCheckRun(plan: CheckRunPlan, language: Language, limit = SUMMARY_LIMIT): CheckRunOutput {
  const cat = catalogue(language);
  const say = (key: string, params?: Params) => formatMessage(cat, { key, params }, markdownFormat);
  if (plan.kind === "unreadable") {
    return { title: say("check.unreadable-title"), summary: clip(say(`check.unreadable.${plan.reason}`, { repository: plan.headRepository ?? "" }), limit) };
  }
  const title = say("check.title", { pass: plan.required.pass, total: plan.required.total });
  const changes = plan.changes.map((change) => `- ${say(`check.${change.kind}`, { file: change.file ?? "", path: change.path ?? "", title: cat.rules[change.rule].title })}`);
  const missing = plan.missing.map((finding) => `- **${cat.rules[finding.rule].title}** (${say(`level.${finding.level}`)}) — ${formatMessage(cat, finding.message, markdownFormat)}`);
  const notes: string[] = [];
  if (plan.truncated) notes.push(`> [!NOTE]\n> ${say("issue.truncated")}`);
  if (plan.configProblems.length > 0) {
    notes.push(
      [
        `> [!WARNING]`,
        `> ${say("report.config-problems")}`,
        ...plan.configProblems.map((problem) => `> - ${say("report.config-problem", { file: problem.file, line: problem.line ?? 0, key: problem.key, message: problem.message })}`),
      ].join("\n"),
    );
  }
  const footer = say("check.footer");
  const more = (count: number) => `- ${say("check.more", { count })}`;

  // Fixed parts first; the two lists share what is left, changes before what is missing.
  const head = [`### ${say("check.changes", { base: plan.baseRef })}`];
  const fixedLength = [...head, ...notes, footer, `### ${say("check.missing")}`].join("\n\n").length + 2 * (more(99_999).length + 2);
  let budget = limit - fixedLength;
  const fit = (lines: string[]): string[] => {
    const kept: string[] = [];
    for (const line of lines) {
      if (line.length + 1 > budget) break;
      kept.push(line);
      budget -= line.length + 1;
    }
    return kept.length < lines.length ? [...kept, more(lines.length - kept.length)] : kept;
  };
  const changeLines = changes.length > 0 ? fit(changes) : [say("check.no-change")];
  const sections = [head[0]!, changeLines.join("\n")];
  if (missing.length > 0) sections.push(`### ${say("check.missing")}`, fit(missing).join("\n"));
  else sections.push(say("report.ok"));
  sections.push(...notes, footer);
  return { title, summary: clip(sections.join("\n\n"), limit) };
}

/** The last guard: never more than GitHub accepts, whatever a message says. */
function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
