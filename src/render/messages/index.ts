/** The catalogues, and the one function that turns a message reference into words. */
import type { MessageRef, RuleId } from "../../engine/types.js";
import { en } from "./en/index.js";
import { fr } from "./fr/index.js";
import type { Catalogue, Format, Language, Message } from "./types.js";

export const CATALOGUES: Record<Language, Catalogue> = { fr, en };

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** Finds the message for a key: `common.*`, `report.*`… in `ui`; `<rule-id>.<suffix>` in the rule's outcomes. */
export function lookup(cat: Catalogue, key: string): Message | undefined {
  if (key in cat.ui) return cat.ui[key];
  const dot = key.indexOf(".");
  const rule = cat.rules[key.slice(0, dot) as RuleId];
  return rule?.outcomes[key.slice(dot + 1)];
}

export function formatMessage(cat: Catalogue, ref: MessageRef, format: Format): string {
  const message = lookup(cat, ref.key);
  // A missing text is a bug, but the report must still be readable: show the key.
  if (message === undefined) return ref.key;
  return typeof message === "string" ? message : message(ref.params ?? {}, format);
}

export const plainFormat: Format = {
  code: (value) => (Array.isArray(value) ? value.join(", ") : String(value ?? "")),
  text: (value) => (Array.isArray(value) ? value.join(", ") : String(value ?? "")),
  list: (value) => (Array.isArray(value) ? value.join(", ") : String(value ?? "")),
};

export type { Catalogue, Format, Language } from "./types.js";
