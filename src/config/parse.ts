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
import { closestName } from "./closest-name.js";
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
    compiled = new Ajv({ allErrors: true, strict: true, verbose: true }).compile(configSchema);
  }
  return compiled;
}

/** A Relais configuration is a few hundred bytes; anything this large is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** The `yaml` package's `maxAliasCount`: how much aliases (`*name`) may expand; an alias bomb ("billion laughs") stops here. */
export const MAX_ALIASES = 50;
/** Values in a parsed configuration (Probot's loader hands over objects whose aliases are shared, not copied). */
export const MAX_CONFIG_VALUES = 10_000;

export interface ParsedConfig {
  config: RelaisConfig;
  problems: ConfigProblem[];
}

/** Parses YAML text; `file` names it in problems. Never throws: an oversized file or an alias bomb is a problem like any other. */
export function parseConfigText(text: string, file: string): ParsedConfig {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONFIG_BYTES) return tooLarge(file, bytes);
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    // yaml throws a ReferenceError ("Excessive alias count…") when the aliases expand past the bound.
    return { config: DEFAULT_CONFIG, problems: [{ file, line: firstAliasLine(doc, lineCounter), key: "", message: `too many aliases (more than ${MAX_ALIASES} expansions): ${error instanceof Error ? error.message : String(error)}`, code: "too-many-aliases", params: { limit: MAX_ALIASES } }] };
  }
  return validateConfig(value, file, (path) => lineOf(doc, lineCounter, path));
}

export function tooLarge(file: string, bytes: number): ParsedConfig {
  return { config: DEFAULT_CONFIG, problems: [{ file, line: 1, key: "", message: `is too large (${bytes} bytes; a configuration file is at most ${MAX_CONFIG_BYTES})`, code: "too-large", params: { bytes, limit: MAX_CONFIG_BYTES } }] };
}

function firstAliasLine(doc: Document, lineCounter: LineCounter): number | undefined {
  const { visit } = require("yaml") as typeof import("yaml");
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** True when `value` holds more than `max` values, counted without expanding shared objects more than `max` times. */
function tooManyValues(value: unknown, max: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (++count > max) return true;
    if (next !== null && typeof next === "object") stack.push(...Object.values(next));
  }
  return false;
}

/** Validates an already parsed object (Probot's config loader gives one); `lineOf` locates keys when the text is known. */
export function validateConfig(value: unknown, file: string, lineOf: (path: string[]) => number | undefined = () => undefined): ParsedConfig {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { config: DEFAULT_CONFIG, problems: [{ file, line: lineOf([]) ?? 1, key: "", message: "the configuration must be a mapping of keys to values" }] };
  }
  if (tooManyValues(value, MAX_CONFIG_VALUES)) {
    return { config: DEFAULT_CONFIG, problems: [{ file, line: lineOf([]) ?? 1, key: "", message: `holds more than ${MAX_CONFIG_VALUES} values (aliases expanding?)` }] };
  }
  const validate = validator();
  if (!validate(value)) {
    return { config: DEFAULT_CONFIG, problems: (validate.errors ?? []).map((error) => toProblem(error, file, lineOf)) };
  }
  return { config: mergeWithDefaults(value as Partial<RelaisConfig>), problems: [] };
}

export function mergeWithDefaults(value: Partial<Omit<RelaisConfig, "issue" | "checks">> & { issue?: Partial<RelaisConfig["issue"]>; checks?: Partial<RelaisConfig["checks"]> }): RelaisConfig {
  return {
    ...DEFAULT_CONFIG,
    ...value,
    rules: { ...DEFAULT_CONFIG.rules, ...value.rules },
    paths: { ...DEFAULT_CONFIG.paths, ...value.paths },
    issue: { ...DEFAULT_CONFIG.issue, ...value.issue },
    checks: { ...DEFAULT_CONFIG.checks, ...value.checks },
  } as RelaisConfig;
}

function toProblem(error: ErrorObject, file: string, lineOf: (path: string[]) => number | undefined): ConfigProblem {
  const path = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const at = (problem: Omit<ConfigProblem, "file" | "line" | "key">): ConfigProblem => ({ file, line: lineOf(path), key: path.join("."), ...problem });
  if (error.keyword === "additionalProperties") {
    const extra = String(error.params.additionalProperty);
    path.push(extra);
    // A known rule that reads no configured places: say which rules do, rather than "unknown".
    if (path[0] === "paths" && path.length === 2 && (RULE_IDS as readonly string[]).includes(extra)) {
      return at({ message: `rule "${extra}" takes no paths; paths apply to ${RULES_WITH_PATHS.join(", ")}`, code: "rule-takes-no-paths", params: { rule: extra, rules: [...RULES_WITH_PATHS] } });
    }
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((name) => !name.startsWith("_"));
    const suggestion = closestName(extra, known);
    return at({ message: `unknown key "${extra}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, code: "unknown-key", params: { name: extra, suggestion: suggestion ?? "" } });
  }
  if (error.keyword === "enum") {
    const allowed = (error.params.allowedValues as unknown[]).map(String);
    return at({ message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`, code: "not-one-of", params: { allowed } });
  }
  if (error.keyword === "type") return at({ message: error.message ?? "is invalid", code: "wrong-type", params: { type: String(error.params.type) } });
  if (error.keyword === "minLength" || error.keyword === "maxLength") return at({ message: error.message ?? "is invalid", code: error.keyword === "minLength" ? "too-short" : "too-long", params: { limit: Number(error.params.limit) } });
  return at({ message: error.message ?? "is invalid" });
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
