/** The configuration's JSON Schema: one schema for the CLI and the App, validated with ajv. */
import { RULES } from "../engine/registry.js";
import { LEVELS, RULE_IDS } from "../engine/types.js";

const ruleLevels = Object.fromEntries(RULE_IDS.map((id) => [id, { enum: [...LEVELS] }]));
/** `paths.<rule>` exists only for the rules that declare they read configured paths (Rule.inputs). */
export const RULES_WITH_PATHS = RULES.filter((rule) => rule.inputs?.configuredPaths).map((rule) => rule.id);
const rulePaths = Object.fromEntries(RULES_WITH_PATHS.map((id) => [id, { type: "array", items: { type: "string", minLength: 1 } }]));

export const configSchema = {
  $id: "https://relais.invalid/config.schema.json",
  type: "object",
  additionalProperties: false,
  properties: {
    // Probot's config loading consumes `_extends`; it may still be seen when validating a raw file.
    _extends: { type: "string" },
    language: { enum: ["fr", "en"] },
    rules: { type: "object", additionalProperties: false, properties: ruleLevels },
    paths: { type: "object", additionalProperties: false, properties: rulePaths },
    exclude: { type: "array", items: { type: "string", minLength: 1 } },
    issue: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        label: { type: "string", minLength: 1, maxLength: 50 },
        title: { type: "string", minLength: 1, maxLength: 256 },
        openOn: { enum: ["required", "recommended"] },
      },
    },
    ignore: { type: "array", items: { type: "string", minLength: 1 } },
    archived: { enum: ["skip", "audit"] },
    forks: { enum: ["skip", "audit"] },
    reminders: { type: "boolean" },
    checks: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        conclusion: { enum: ["neutral", "failure"] },
      },
    },
  },
} as const;
