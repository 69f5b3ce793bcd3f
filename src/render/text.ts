/** The terminal report: one line per rule, grouped by axis; colours only when writing to a terminal. */
import type { Finding, Report } from "../engine/types.js";
import { configProblemText } from "./config-problems.js";
import { groupByAxis, summaryParams } from "./group.js";
import { catalogue, formatMessage, plainFormat, type Language } from "./messages/index.js";

export interface TextOptions {
  language?: Language;
  colour?: boolean;
}

const SGR = { red: 31, green: 32, yellow: 33, grey: 90, bold: 1 } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const cat = catalogue(options.language ?? "fr");
  const paint = (style: keyof typeof SGR, text: string) => (options.colour ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  const say = (key: string, params?: Record<string, string | number>) => formatMessage(cat, { key, params }, plainFormat);
  const mark = (finding: Finding) =>
    // A warned item is met (counted so in the summary): ticked, its advice under it.
    ({ pass: paint("green", "✔"), fail: paint(finding.level === "required" ? "red" : "yellow", "✘"), warn: paint("green", "✔"), skip: paint("grey", "-") })[finding.status];

  const out = [paint("bold", say("report.title", { repository: report.repository }))];
  if (report.commit) out.push(say("report.commit", { commit: report.commit.slice(0, 12) }));
  out.push(report.licence.spdx ? say("report.licence", { spdx: report.licence.spdx }) : say("report.no-licence"));
  for (const problem of report.configProblems) {
    out.push(paint("red", configProblemText(cat, problem, plainFormat)));
  }
  for (const group of groupByAxis(report)) {
    out.push("", paint("bold", cat.axes[group.axis]));
    for (const finding of group.findings) {
      const texts = cat.rules[finding.rule];
      const level = paint("grey", `(${say(`level.${finding.level}`)}, ${finding.rule})`);
      out.push(`  ${mark(finding)} ${texts.title} ${level}`);
      const message = formatMessage(cat, finding.message, plainFormat);
      out.push(`      ${finding.status === "warn" ? paint("yellow", `${say("report.advice")} ${message}`) : message}`);
      if (finding.status === "fail") {
        out.push(`      ${say("report.how")} ${texts.how.replace(/`/g, "")}`);
        if (texts.template) out.push(`      ${say("report.scaffold-command", { rule: finding.rule })}`);
      }
    }
  }
  out.push("", paint("bold", report.summary.ok ? say("report.ok") : say("report.failing", summaryParams(report))), say("report.summary", summaryParams(report)));
  return `${out.join("\n")}\n`;
}
