/** The audit: a snapshot and a configuration in, a report out. Pure: no network, no clock but `now`. */
import type { RelaisConfig } from "../config/defaults.js";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import { analyseLicences } from "../licence/analyse.js";
import type { LicenceAnalysis } from "../licence/types.js";
import { DocumentIndex } from "./documents.js";
import { FileIndex } from "./file-index.js";
import { pass, skip } from "./outcome.js";
import { RULES } from "./registry.js";
import { hasSoftware } from "./software.js";
import type { ConfigProblem, Finding, LicenceSummary, Outcome, Report, ReportSummary, Rule, RuleContext } from "./types.js";
import type { RepoSnapshot } from "./snapshot.js";

export interface AuditOptions {
  config?: RelaisConfig;
  /** Problems met while loading the configuration, carried into the report. */
  configProblems?: ConfigProblem[];
  now?: Date;
}

export function audit(snapshot: RepoSnapshot, options: AuditOptions = {}): Report {
  const config = options.config ?? DEFAULT_CONFIG;
  const now = options.now ?? new Date(0);
  const files = new FileIndex(snapshot.files, config.exclude);
  const docs = new DocumentIndex(snapshot);
  let licence: LicenceAnalysis | undefined;
  const licenceOnce = () => (licence ??= analyseLicences(snapshot, files));

  const findings = RULES.map((rule): Finding => {
    const level = config.rules[rule.id] ?? rule.defaultLevel;
    const base = { rule: rule.id, axis: rule.axis, level };
    if (level === "off") return { ...base, status: "skip", evidence: [], message: { key: "common.off" } };
    const context: RuleContext = { snapshot, files, docs, licence: licenceOnce, paths: rule.inputs?.configuredPaths ? (config.paths[rule.id] ?? []) : [], pathsOf: (id) => config.paths[id] ?? [], now };
    return { ...base, ...runSafely(rule, context) };
  });

  return {
    schemaVersion: 1,
    repository: snapshot.metadata.fullName,
    commit: snapshot.metadata.headCommit ?? null,
    auditedAt: now.toISOString(),
    licence: summariseLicence(licenceOnce),
    findings,
    summary: summarise(findings),
    configProblems: options.configProblems ?? [],
  };
}

/**
 * The gates every rule declares instead of coding: a file the configuration names for the rule passes
 * it; a rule about software is skipped in a repository without any.
 */
export function checkRule(rule: Rule, context: RuleContext): Outcome {
  return gate(rule, context) ?? rule.check(context);
}

function gate(rule: Rule, context: RuleContext): Outcome | undefined {
  if (rule.inputs?.configuredPaths === "first") {
    const configured = context.files.ownMatchingGlobs(context.paths)[0];
    if (configured) return pass(`${rule.id}.configured`, [{ path: configured }], { path: configured });
  }
  if (rule.inputs?.needsSoftware && !hasSoftware(context)) return skip(`${rule.id}.no-software`);
  return undefined;
}

/** A rule that throws is a bug in Relais, not in the repository: report it as a skipped finding, never crash the audit. */
function runSafely(rule: Rule, context: RuleContext): Outcome {
  try {
    return checkRule(rule, context);
  } catch (error) {
    return { status: "skip", evidence: [], message: { key: "common.internal-error", params: { error: error instanceof Error ? error.message : String(error) } } };
  }
}

function summariseLicence(analyse: () => LicenceAnalysis): LicenceSummary {
  try {
    const analysis = analyse();
    const { status } = analysis.verdict;
    return { spdx: analysis.expression, files: analysis.files.map((file) => file.path), homologated: status === "homologated" ? true : status === "not-homologated" ? false : null };
  } catch {
    // The licence rules have already reported the failure as a finding; the summary just says nothing is known.
    return { spdx: null, files: [], homologated: null };
  }
}

export function summarise(findings: readonly Finding[]): ReportSummary {
  const count = (level: string, status: string) => findings.filter((f) => f.level === level && f.status === status).length;
  const required = { pass: count("required", "pass") + count("required", "warn"), fail: count("required", "fail") };
  const recommended = { pass: count("recommended", "pass") + count("recommended", "warn"), fail: count("recommended", "fail") };
  return { ok: required.fail === 0, required, recommended, skipped: findings.filter((f) => f.status === "skip").length };
}
