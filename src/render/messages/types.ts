/** The shape of a message catalogue. Every rule has its texts in each language; the compiler checks both catalogues are complete. */
import type { Axis, MessageParam, RuleId } from "../../engine/types.js";

export type Language = "fr" | "en";
export type Params = Record<string, MessageParam>;
/**
 * How a renderer shows repository-controlled values. Messages never interpolate a parameter raw:
 * `code` for paths and identifiers, `text` for prose (headings, licence names). The Markdown renderer
 * escapes and neutralises @-mentions; the terminal renderer shows them as they are.
 */
export interface Format {
  code(value: MessageParam | undefined): string;
  text(value: MessageParam | undefined): string;
  /** A list of values, each as `code`. */
  list(value: MessageParam | undefined): string;
}

/** A message: plain text, or a function of the finding's parameters. */
export type Message = string | ((params: Params, format: Format) => string);

export interface RuleMessages {
  /** Short name of what is checked ("Licence homologuée"). */
  title: string;
  /** One line: why it matters for the handover. */
  why: string;
  /** One or two lines: how to fix it. */
  how: string;
  /** Skeleton under templates/<lang>/ to copy, if any. */
  template?: string;
  /** Outcome messages by key suffix: the finding key `<rule>.<suffix>`. */
  outcomes: Record<string, Message>;
}

export interface Catalogue {
  language: Language;
  axes: Record<Axis, string>;
  rules: Record<RuleId, RuleMessages>;
  /** Everything that is not a rule: renderer labels, issue text, CLI text, `common.*` outcomes. */
  ui: Record<string, Message>;
}
