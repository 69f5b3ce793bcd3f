/**
 * `relais scaffold DIR [--only RULE,…] [--dry-run]`: writes the skeleton of every missing document
 * into a checkout, filled with what Relais knows, never over an existing file, and says what it did.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { RelaisConfig } from "../config/defaults.js";
import { audit } from "../engine/audit.js";
import { RULE_IDS, type Report, type RuleId } from "../engine/types.js";
import { catalogue, formatMessage, plainFormat, type Language } from "../render/messages/index.js";
import { projectFacts } from "../render/project-facts.js";
import { filledTemplate } from "../render/skeletons.js";
import { localSnapshot } from "../sources/local.js";

/** Where each skeleton goes: the place its rule looks first (the user guide lives under docs/). */
const DESTINATION: Partial<Record<RuleId, string>> = { "user-manual": "docs/USER-GUIDE.md" };

export type ScaffoldAction = { rule: RuleId; path: string; outcome: "written" | "would-write" | "exists" | "met" | "no-template" };

export interface ScaffoldOptions {
  directory: string;
  config: RelaisConfig;
  language: Language;
  only?: readonly RuleId[];
  dryRun: boolean;
}

/** Decides and, unless `dryRun`, writes. Failing rules with a skeleton by default; `only` narrows them (and reports those already met). */
export function scaffold(options: ScaffoldOptions): { actions: ScaffoldAction[]; report: Report } {
  const snapshot = localSnapshot(options.directory);
  const report = audit(snapshot, { config: options.config, now: new Date(0) });
  const facts = projectFacts(snapshot, report);
  const cat = catalogue(options.language);
  const actions: ScaffoldAction[] = [];
  for (const finding of report.findings) {
    if (options.only ? !options.only.includes(finding.rule) : finding.status !== "fail" || finding.level === "off") continue;
    const template = cat.rules[finding.rule].template;
    const path = DESTINATION[finding.rule] ?? template ?? "";
    if (!template) actions.push({ rule: finding.rule, path, outcome: "no-template" });
    else if (finding.status !== "fail") actions.push({ rule: finding.rule, path, outcome: "met" });
    else if (existsSync(join(options.directory, path))) actions.push({ rule: finding.rule, path, outcome: "exists" });
    else {
      const text = filledTemplate(options.language, template, facts);
      if (text === undefined) continue;
      if (!options.dryRun) {
        mkdirSync(dirname(join(options.directory, path)), { recursive: true });
        // "wx": never overwrite, even a file created since the check.
        writeFileSync(join(options.directory, path), text, { flag: "wx" });
      }
      actions.push({ rule: finding.rule, path, outcome: options.dryRun ? "would-write" : "written" });
    }
  }
  return { actions, report };
}

export function describeScaffold(actions: readonly ScaffoldAction[], language: Language): string {
  const cat = catalogue(language);
  const say = (key: string, params?: Record<string, string | number>) => formatMessage(cat, { key, params }, plainFormat);
  if (actions.length === 0) return `${say("cli.scaffold-nothing")}\n`;
  const lines = actions.map((action) => `  ${say(`cli.scaffold-${action.outcome}`, { path: action.path, rule: action.rule })}`);
  if (actions.some((action) => action.outcome === "written")) lines.push("", say("cli.scaffold-next"));
  return `${lines.join("\n")}\n`;
}

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
