/** The store's record of an App audit outcome (pure: the time comes from the caller's clock). */
import type { AuditOutcome } from "../app/audit-repository.js";
import type { AuditRecord } from "./store.js";

export function recordFromOutcome(repository: string, installationId: number, outcome: AuditOutcome, auditedAt: Date): AuditRecord {
  const common = { repository, installationId, visibility: outcome.visibility, description: outcome.description, commit: outcome.commit, auditedAt: auditedAt.toISOString() };
  if (outcome.status === "skipped") return { ...common, state: "skipped", skipReason: outcome.reason, report: null, issue: null };
  return { ...common, auditedAt: outcome.report.auditedAt || common.auditedAt, state: "audited", skipReason: null, report: outcome.report, issue: outcome.issue };
}
