/** Synthetic audit records: every rule of the registry, the listed ones failing. */
import { RULES } from "../../src/engine/registry.js";
import type { Finding, Report, RuleId } from "../../src/engine/types.js";
import type { AuditRecord } from "../../src/store/store.js";

export function syntheticReport(repository: string, failing: readonly RuleId[], auditedAt: string, licence: string | null = "MIT"): Report {
  const findings: Finding[] = RULES.map((rule) => ({
    rule: rule.id,
    axis: rule.axis,
    level: rule.defaultLevel,
    status: failing.includes(rule.id) ? "fail" : "pass",
    evidence: [],
    message: { key: failing.includes(rule.id) ? `${rule.id}.missing` : `${rule.id}.found`, params: {} },
  }));
  const count = (level: string, status: string) => findings.filter((finding) => finding.level === level && finding.status === status).length;
  const required = { pass: count("required", "pass"), fail: count("required", "fail") };
  return {
    schemaVersion: 1,
    repository,
    commit: "0123456789abcdef0123456789abcdef01234567",
    auditedAt,
    licence: { spdx: licence, files: licence ? ["LICENSE"] : [], homologated: licence ? true : null },
    findings,
    summary: { ok: required.fail === 0, required, recommended: { pass: count("recommended", "pass"), fail: count("recommended", "fail") }, skipped: 0 },
    configProblems: [],
  };
}

export function syntheticRecord(repository: string, options: { failing?: RuleId[]; at?: string; visibility?: AuditRecord["visibility"]; licence?: string | null; issue?: AuditRecord["issue"] } = {}): AuditRecord {
  const at = options.at ?? "2026-11-20T10:00:00.000Z";
  const report = syntheticReport(repository, options.failing ?? [], at, options.licence === undefined ? "MIT" : options.licence);
  return { repository, installationId: 1, visibility: options.visibility ?? "public", description: null, commit: report.commit, auditedAt: at, state: "audited", skipReason: null, report, issue: options.issue ?? null };
}
