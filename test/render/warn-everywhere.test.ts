/** One meaning for `warn`: met, with advice, in the issue, the text, the JSON and the org report alike. */
import { describe, expect, it } from "vitest";
import { summarise } from "../../src/engine/audit.js";
import type { Finding, Report } from "../../src/engine/types.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { auditedRow } from "../../src/render/org-report.js";
import { renderText } from "../../src/render/text.js";

const findings: Finding[] = [
  { rule: "licence-file", axis: "ouverture", level: "required", status: "pass", evidence: [{ path: "LICENSE" }], message: { key: "licence-file.found", params: { path: "LICENSE" } } },
  { rule: "licence-homologated", axis: "ouverture", level: "required", status: "warn", evidence: [{ path: "LICENSE" }], message: { key: "licence-homologated.data-licence-on-code", params: { spdx: "etalab-2.0" } } },
  { rule: "architecture-schema", axis: "deploiement", level: "required", status: "warn", evidence: [{ path: "ARCHITECTURE.md", line: 1 }], message: { key: "architecture-schema.text-only", params: { path: "ARCHITECTURE.md", heading: "Architecture" } } },
  { rule: "readme", axis: "transmission", level: "required", status: "fail", evidence: [], message: { key: "readme.missing" } },
  { rule: "install-docs", axis: "deploiement", level: "required", status: "fail", evidence: [], message: { key: "install-docs.missing" } },
];
const report: Report = { schemaVersion: 1, repository: "ministere/outil", commit: null, auditedAt: "", licence: { spdx: "etalab-2.0", files: ["LICENSE"], homologated: true }, findings, summary: summarise(findings), configProblems: [] };

describe("a report with two warnings and two failures", () => {
  it("counts warnings as met in the summary and the JSON", () => {
    expect(report.summary.required).toEqual({ pass: 3, fail: 2 });
    expect(JSON.parse(renderJson(report)).summary.required).toEqual({ pass: 3, fail: 2 });
  });

  it("issue: the headline, the counts and the boxes agree", () => {
    const body = renderMarkdown(report);
    expect(body).toContain("2 documents obligatoires manquent");
    expect(body).toContain("Obligatoires\u00a0: 3/5");
    expect(body.match(/^- \[ \]/gm)).toHaveLength(2);
    expect(body.match(/^- \[x\]/gm)).toHaveLength(3);
  });

  it("text: warned items ticked with their advice, the same counts", () => {
    const text = renderText(report);
    expect(text.match(/✔/g)).toHaveLength(3);
    expect(text.match(/✘/g)).toHaveLength(2);
    expect(text).toContain("Obligatoires\u00a0: 3/5");
    expect(text).not.toMatch(/^\s+! /m);
  });

  it("org report: the same counts, and the licence homologated as the issue says", () => {
    const row = auditedRow({ repository: "ministere/outil", description: null, url: null, visibility: "public", archived: false, fork: false }, report);
    expect(row.required).toEqual({ pass: 3, fail: 2 });
    expect(row.missingRequired).toEqual(["readme", "install-docs"]);
    expect(row.licence?.homologated).toBe(true);
    const failing = auditedRow(row, { ...report, findings: report.findings.map((f) => (f.rule === "licence-homologated" ? { ...f, status: "fail" as const } : f)) });
    expect(failing.licence?.homologated).toBe(false);
  });
});
