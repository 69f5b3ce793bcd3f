/**
 * Making repository-controlled text safe in GitHub Markdown: no formatting injected, no HTML, no
 * @-mention (a zero-width space after "@" keeps the text readable but stops the notification),
 * no issue or pull-request cross-reference ("#12" or "owner/repo#12" would link and notify).
 */
import type { MessageParam } from "../engine/types.js";
import type { Format } from "./messages/types.js";

const ZERO_WIDTH_SPACE = "\u200b";

function flat(value: MessageParam | undefined): string {
  return (Array.isArray(value) ? value.join(", ") : String(value ?? "")).replace(/[\r\n\t]+/g, " ");
}

/** Inline prose: every Markdown punctuation escaped, HTML as entities, mentions and references broken. */
export function escapeMarkdownText(value: MessageParam | undefined): string {
  return flat(value)
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

/** A code span that no backtick in the value can close early; mentions are inert in code spans. */
export function markdownCode(value: MessageParam | undefined): string {
  const text = flat(value);
  if (text === "") return "";
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

export const markdownFormat: Format = {
  code: markdownCode,
  text: escapeMarkdownText,
  list: (value) => (Array.isArray(value) ? value.map((item) => markdownCode(item)).join(", ") : markdownCode(value)),
};

/** Text inside an HTML element of the issue (`<summary>`), where Markdown is not rendered: entities, and mentions broken. */
export function escapeInlineHtml(value: MessageParam | undefined): string {
  return flat(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#/g, "&#35;");
}

/** For messages shown inside HTML elements: code as `<code>`, never backticks that would show literally. */
export const htmlFormat: Format = {
  code: (value) => (flat(value) === "" ? "" : `<code>${escapeInlineHtml(value)}</code>`),
  text: escapeInlineHtml,
  list: (value) => (Array.isArray(value) ? value.map((item) => `<code>${escapeInlineHtml(item)}</code>`).join(", ") : `<code>${escapeInlineHtml(value)}</code>`),
};
