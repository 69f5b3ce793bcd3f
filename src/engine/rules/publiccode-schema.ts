/**
 * The part of the publiccode.yml standard (https://yml.publiccode.tools) that the French public code
 * catalogue needs to list a project: its name, a description per language, its licence and who
 * maintains it. Kept beside the rule that uses it, like repolinter keeps rules and option schemas
 * side by side. Other keys of the standard are accepted as they are.
 */
import { createRequire } from "node:module";
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from "ajv";
import type spdxParseType from "spdx-expression-parse";

const require = createRequire(import.meta.url);

/** A string with at least one non-blank character: the standard's mandatory keys cannot be left empty. */
const text = { type: "string", pattern: "\\S" } as const;

export const publiccodeSchema = {
  type: "object",
  required: ["name", "description", "legal", "maintenance"],
  properties: {
    name: text,
    description: {
      type: "object",
      minProperties: 1,
      // ISO 639-1/639-3 codes, optionally with a region ("fr", "en", "pt-BR").
      propertyNames: { pattern: "^[a-z]{2,3}([-_][A-Za-z]{2,4})?$" },
      additionalProperties: {
        type: "object",
        required: ["shortDescription", "longDescription"],
        properties: { shortDescription: text, longDescription: text },
      },
    },
    legal: {
      type: "object",
      required: ["license"],
      properties: { license: { type: "string", format: "spdx-expression" } },
    },
    maintenance: {
      type: "object",
      required: ["type"],
      properties: {
        type: { enum: ["internal", "contract", "community", "none"] },
        contacts: {
          type: "array",
          items: { type: "object", required: ["name"], properties: { name: text, email: { type: "string" } } },
        },
      },
      // Internal or contracted maintenance must say whom to call.
      if: { type: "object", required: ["type"], properties: { type: { enum: ["internal", "contract"] } } },
      then: { type: "object", required: ["contacts"], properties: { contacts: { type: "array", minItems: 1 } } },
    },
  },
} as const;

let canonicalIds: Map<string, string> | undefined;

/**
 * SPDX identifiers are matched without regard to case (SPDX specification, annex on license
 * expressions), so "apache-2.0" is valid; operators may be written in either case.
 */
export function isSpdxExpression(value: string): boolean {
  if (value.trim() === "") return false;
  const canonical = value.replace(/[A-Za-z0-9.+-]+/g, (token) => {
    const upper = token.toUpperCase();
    if (upper === "AND" || upper === "OR" || upper === "WITH") return upper;
    const plus = token.endsWith("+") ? "+" : "";
    canonicalIds ??= new Map(Object.keys(require("spdx-license-list") as Record<string, unknown>).map((id) => [id.toLowerCase(), id]));
    const id = canonicalIds.get(token.replace(/\+$/, "").toLowerCase());
    return id ? id + plus : token;
  });
  try {
    (require("spdx-expression-parse") as typeof spdxParseType)(canonical);
    return true;
  } catch {
    return false;
  }
}

let compiled: ValidateFunction | undefined;

/** Compiled on first use, when a repository has a publiccode.yml: most have none (see config/parse.ts). */
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = require("ajv") as { Ajv: typeof AjvClass };
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addFormat("spdx-expression", { type: "string", validate: isSpdxExpression });
    compiled = ajv.compile(publiccodeSchema);
  }
  return compiled;
}

/** What is wrong with one key: absent or blank, or present with a value the standard does not allow. */
export interface PubliccodeProblem {
  keys: (string | number)[];
  kind: "missing" | "invalid";
}

export function validatePubliccode(value: unknown): PubliccodeProblem[] {
  const validate = validator();
  if (validate(value)) return [];
  const problems: PubliccodeProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = toProblem(error);
    if (problem && !problems.some((p) => p.keys.join(".") === problem.keys.join("."))) problems.push(problem);
  }
  return problems;
}

function toProblem(error: ErrorObject): PubliccodeProblem | undefined {
  const keys: (string | number)[] = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  // Errors raised inside `propertyNames` repeat the one the `propertyNames` keyword reports.
  if (error.propertyName !== undefined) return undefined;
  switch (error.keyword) {
    case "if":
      return undefined; // Reported through the `then` branch's own error.
    case "required":
      return { keys: [...keys, String(error.params.missingProperty)], kind: "missing" };
    case "pattern":
    case "minProperties":
    case "minItems":
      return { keys, kind: "missing" };
    case "propertyNames":
      return { keys: [...keys, String(error.params.propertyName)], kind: "invalid" };
    default:
      return { keys, kind: "invalid" };
  }
}
