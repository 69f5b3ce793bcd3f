import { keysWithLines } from "../../key-list.js";
import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "publiccode.yml file",
  why: "The public software catalogue (code.gouv.fr) relies on publiccode.yml to present the project and say who maintains it.",
  how: "Add a `publiccode.yml` at the root with at least `name`, a description per language (`shortDescription`, `longDescription`), `legal.license` and `maintenance` (type and contacts).",
  template: "publiccode.yml",
  outcomes: {
    valid: ({ path }, f) => `${f.code(path)} is complete for the catalogue.`,
    missing: "No publiccode.yml file at the root.",
    misplaced: ({ path }, f) => `${f.code(path)} exists, but the catalogue only reads \`publiccode.yml\` at the root of the repository.`,
    "wrong-name": ({ path }, f) => `${f.code(path)} is complete, but the standard requires the exact name \`publiccode.yml\`.`,
    unreadable: ({ path }, f) => `${f.code(path)} could not be read (binary or too large).`,
    syntax: ({ path, line, error }, f) => `${f.code(path)} is not valid YAML (line ${f.text(line)}): ${f.text(error)}`,
    "not-mapping": ({ path }, f) => `${f.code(path)} must be a mapping of keys to values (a YAML object).`,
    invalid: ({ path, missing, missingLines, invalid, invalidLines }, f) => {
      const parts: string[] = [];
      if (Array.isArray(missing) && missing.length > 0) parts.push(`missing or empty keys: ${keysWithLines(missing, missingLines, f, "line")}`);
      if (Array.isArray(invalid) && invalid.length > 0) parts.push(`values the standard does not allow: ${keysWithLines(invalid, invalidLines, f, "line")}`);
      return `${f.code(path)} is incomplete — ${parts.join("; ")}.`;
    },
  },
};
