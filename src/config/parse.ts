/**
 * Reads and validates a configuration. An invalid file never silently falls back: every problem is
 * returned with its file, line and key, and the caller decides (the CLI exits 2, the App reports it
 * in the issue and audits with the defaults).
 */
import { createRequire } from "node:module";
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from "ajv";
import type { Document, LineCounter } from "yaml";
import type { ConfigProblem } from "../engine/types.js";
import { DEFAULT_CONFIG, type RelaisConfig } from "./defaults.js";
import { RULE_IDS } from "../engine/types.js";
import { configSchema, RULES_WITH_PATHS } from "./schema.js";

const require = createRequire(import.meta.url);
let compiled: ValidateFunction | undefined;

/**
 * Compiled on first use: loading Ajv and compiling the schema cost tens of milliseconds, and most
 * audits have no configuration file. Ajv (like yaml) is CommonJS, so it can be required lazily and
 * synchronously.
 */
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = require("ajv") as { Ajv: typeof AjvClass };
    compiled = new Ajv({ allErrors: true, strict: true }).compile(configSchema);
  }
  return compiled;
}

export interface ParsedConfig {
  config: RelaisConfig;
  problems: ConfigProblem[];
}

/** Parses YAML text; `file` names it in problems. */
export function parseConfigText(text: string, file: string): ParsedConfig {
  const { LineCounter, parseDocument } = require("yaml") as typeof import("yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      config: DEFAULT_CONFIG,
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
        key: "",
        message: error.message.split("\n")[0]!,
      })),
    };
  }
  const value: unknown = doc.toJS() ?? {};
  return validateConfig(value, file, (path) => lineOf(doc, lineCounter, path));
}

/** Validates an already parsed object (Probot's config loader gives one); `lineOf` locates keys when the text is known. */
export function validateConfig(value: unknown, file: string, lineOf: (path: string[]) => number | undefined = () => undefined): ParsedConfig {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { config: DEFAULT_CONFIG, problems: [{ file, line: lineOf([]) ?? 1, key: "", message: "the configuration must be a mapping of keys to values" }] };
  }
  const validate = validator();
  if (!validate(value)) {
    return { config: DEFAULT_CONFIG, problems: (validate.errors ?? []).map((error) => toProblem(error, file, lineOf)) };
  }
  return { config: mergeWithDefaults(value as Partial<RelaisConfig>), problems: [] };
}

export function mergeWithDefaults(value: Partial<Omit<RelaisConfig, "issue">> & { issue?: Partial<RelaisConfig["issue"]> }): RelaisConfig {
  return {
    ...DEFAULT_CONFIG,
    ...value,
    rules: { ...DEFAULT_CONFIG.rules, ...value.rules },
    paths: { ...DEFAULT_CONFIG.paths, ...value.paths },
    issue: { ...DEFAULT_CONFIG.issue, ...value.issue },
  } as RelaisConfig;
}

function toProblem(error: ErrorObject, file: string, lineOf: (path: string[]) => number | undefined): ConfigProblem {
  const path = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  let message = error.message ?? "is invalid";
  if (error.keyword === "additionalProperties") {
    const extra = String(error.params.additionalProperty);
    path.push(extra);
    // A known rule that reads no configured places: say which rules do, rather than "unknown".
    message = path[0] === "paths" && path.length === 2 && (RULE_IDS as readonly string[]).includes(extra)
      ? `rule "${extra}" takes no paths; paths apply to ${RULES_WITH_PATHS.join(", ")}`
      : `unknown key "${extra}"`;
  } else if (error.keyword === "enum") {
    message = `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return { file, line: lineOf(path), key: path.join("."), message };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: string[]): number | undefined {
  const { isScalar } = require("yaml") as typeof import("yaml");
  // Prefer the key's own line; fall back to the value's, then to the closest parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    const key = path[depth - 1];
    if (parent && typeof parent === "object" && "items" in parent && key !== undefined) {
      const pair = (parent.items as { key?: unknown; value?: { range?: [number, number, number] } }[]).find(
        (item) => isScalar(item.key) && String(item.key.value) === key,
      );
      const node = pair?.key as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
