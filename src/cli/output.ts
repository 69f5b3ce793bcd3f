import type { Report } from "../engine/types.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import type { Language } from "../render/messages/index.js";
import { renderText } from "../render/text.js";

export const OUTPUT_FORMATS = ["text", "markdown", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function render(report: Report, format: OutputFormat, options: { language: Language; colour: boolean; reminders?: boolean }): string {
  switch (format) {
    case "json":
      return renderJson(report, options.language);
    case "markdown":
      return renderMarkdown(report, { language: options.language, reminders: options.reminders });
    case "text":
      return renderText(report, { language: options.language, colour: options.colour });
  }
}
