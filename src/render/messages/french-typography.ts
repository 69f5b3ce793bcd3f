/**
 * French typography for the French catalogue: a non-breaking space before `:` and inside « »,
 * a narrow one before `;`, `!` and `?`, so that a line never starts with a colon or a closing
 * guillemet. Code (backtick spans, `<code>`, fenced blocks) is left as it is.
 */
import type { Catalogue, Message, RuleMessages } from "./types.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const CODE = /(```[\s\S]*?```|`+[^`]*`+|<code>[\s\S]*?<\/code>)/;

export function frenchSpacing(text: string): string {
  return text
    .split(CODE)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/ ([:»])/g, `${NBSP}$1`)
            .replace(/« /g, `«${NBSP}`)
            .replace(/ ([;!?])(?=[\s)*_]|$)/g, `${NNBSP}$1`),
    )
    .join("");
}

function typesetMessage(message: Message): Message {
  return typeof message === "string" ? frenchSpacing(message) : (params, format) => frenchSpacing(message(params, format));
}

function typesetRule(rule: RuleMessages): RuleMessages {
  return {
    ...rule,
    title: frenchSpacing(rule.title),
    why: frenchSpacing(rule.why),
    how: frenchSpacing(rule.how),
    outcomes: Object.fromEntries(Object.entries(rule.outcomes).map(([key, message]) => [key, typesetMessage(message)])),
  };
}

/** The catalogue with every text and every message's output typeset. */
export function typesetFrench(cat: Catalogue): Catalogue {
  return {
    ...cat,
    axes: Object.fromEntries(Object.entries(cat.axes).map(([axis, name]) => [axis, frenchSpacing(name)])) as Catalogue["axes"],
    rules: Object.fromEntries(Object.entries(cat.rules).map(([id, rule]) => [id, typesetRule(rule)])) as Catalogue["rules"],
    // The issue title stays as typed: it is also the configuration's default `issue.title`, compared as text.
    ui: Object.fromEntries(Object.entries(cat.ui).map(([key, message]) => [key, key === "issue.title" ? message : typesetMessage(message)])),
  };
}
