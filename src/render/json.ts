/** The JSON report (contract: see DESIGN.md "CLI"): the engine's report with each message put into words. */
import type { Report } from "../engine/types.js";
import { catalogue, formatMessage, plainFormat, type Language } from "./messages/index.js";

export function toJson(report: Report, language: Language = "fr"): object {
  const cat = catalogue(language);
  return {
    schemaVersion: report.schemaVersion,
    repository: report.repository,
    commit: report.commit,
    auditedAt: report.auditedAt,
    licence: report.licence,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      axis: finding.axis,
      level: finding.level,
      status: finding.status,
      evidence: finding.evidence,
      message: formatMessage(cat, finding.message, plainFormat),
      messageKey: finding.message.key,
      params: finding.message.params ?? {},
    })),
    summary: report.summary,
    configProblems: report.configProblems,
  };
}

export function renderJson(report: Report, language: Language = "fr"): string {
  return `${JSON.stringify(toJson(report, language), null, 2)}\n`;
}
