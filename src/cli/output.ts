import type { Report } from "../engine/types.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import type { Language } from "../render/messages/index.js";
import type { ProjectFacts } from "../render/project-facts.js";
import { renderText } from "../render/text.js";
import { renderOrgCsv } from "../render/org-csv.js";
import { renderOrgHtml } from "../render/org-html.js";
import { renderOrgJson } from "../render/org-json.js";
import type { OrgReport } from "../render/org-report.js";
import { renderOrgText } from "../render/org-text.js";

export const OUTPUT_FORMATS = ["text", "markdown", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function render(report: Report, format: OutputFormat, options: { language: Language; colour: boolean; reminders?: boolean; project?: ProjectFacts }): string {
  switch (format) {
    case "json":
      return renderJson(report, options.language);
    case "markdown":
      return renderMarkdown(report, { language: options.language, reminders: options.reminders, project: options.project });
    case "text":
      return renderText(report, { language: options.language, colour: options.colour });
  }
}

export const ORG_FORMATS = ["text", "json", "csv", "html"] as const;
export type OrgFormat = (typeof ORG_FORMATS)[number];

export function renderOrg(report: OrgReport, format: OrgFormat, options: { language: Language; colour: boolean }): string {
  switch (format) {
    case "json":
      return renderOrgJson(report);
    case "csv":
      return renderOrgCsv(report, options.language);
    case "html":
      return renderOrgHtml(report, options.language);
    case "text":
      return renderOrgText(report, options);
  }
}
