import { describe, expect, it } from "vitest";
import { summarise } from "../../src/engine/audit.js";
import type { Finding, Report } from "../../src/engine/types.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderJson } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    repository: "ministere/outil",
    commit: "0123456789abcdef0123",
    auditedAt: "2026-01-01T00:00:00.000Z",
    licence: { spdx: "MIT", files: ["LICENSE"], homologated: true },
    findings,
    summary: summarise(findings),
    configProblems: [],
    ...extra,
  };
}

const missingContributing: Finding = { rule: "contributing", axis: "transmission", level: "required", status: "fail", evidence: [], message: { key: "contributing.missing" } };
const presentChangelog: Finding = { rule: "changelog", axis: "transmission", level: "recommended", status: "pass", evidence: [{ path: "CHANGELOG.md" }], message: { key: "changelog.file", params: { path: "CHANGELOG.md" } } };
const hostileSection: Finding = {
  rule: "changelog",
  axis: "transmission",
  level: "recommended",
  status: "pass",
  evidence: [{ path: "README.md", line: 3, heading: "@everyone <b>Notes</b>" }],
  message: { key: "changelog.section", params: { path: "README`.md", heading: "@everyone <b>Notes</b>" } },
};

describe("renderMarkdown", () => {
  it("groups by axis and lists what is missing, with why, how and the skeleton, before what is present", () => {
    const body = renderMarkdown(report([presentChangelog, missingContributing]));
    expect(body).toContain("#### Transmission");
    const missing = body.indexOf("- [ ] **Guide de contribution**");
    const present = body.indexOf("- [x] **Journal des modifications**");
    expect(missing).toBeGreaterThan(-1);
    expect(present).toBeGreaterThan(missing);
    expect(body).toContain("**Pourquoi :**");
    expect(body).toContain("**Comment faire :**");
    expect(body).toContain("Trouvé : `CHANGELOG.md`");
    expect(body).toContain("Commit audité : `0123456789ab`");
    expect(body).toContain("1 document obligatoire manque pour la passation.");
  });

  it("escapes repository-controlled text and never mentions anyone", () => {
    const body = renderMarkdown(report([hostileSection]));
    expect(body).not.toMatch(/@everyone/);
    expect(body).not.toContain("<b>");
    expect(body).toContain("``README`.md``");
  });

  it("reports configuration problems at the top", () => {
    const body = renderMarkdown(report([missingContributing], { configProblems: [{ file: ".github/relais.yml", line: 4, key: "rules.readme", message: "must be one of" }] }));
    expect(body).toContain("`.github/relais.yml`, ligne 4, clé `rules.readme` : must be one of");
  });

  it("speaks English on request", () => {
    const body = renderMarkdown(report([missingContributing]), { language: "en" });
    expect(body).toContain("- [ ] **Contribution guide**");
    expect(body).toContain("**Why:**");
  });

  it("offers the comment commands and the configuration hint only in an issue", () => {
    expect(renderMarkdown(report([missingContributing]))).not.toContain("/relais recheck");
    expect(renderMarkdown(report([missingContributing]), { commands: true })).toContain("/relais recheck");
  });
});

describe("renderJson", () => {
  it("puts each message into words and keeps the key and parameters for machines", () => {
    const json = JSON.parse(renderJson(report([presentChangelog]), "en"));
    expect(json.findings[0]).toEqual({
      rule: "changelog",
      axis: "transmission",
      level: "recommended",
      status: "pass",
      evidence: [{ path: "CHANGELOG.md" }],
      message: "Changelog: CHANGELOG.md.",
      messageKey: "changelog.file",
      params: { path: "CHANGELOG.md" },
    });
    expect(json.licence).toEqual({ spdx: "MIT", files: ["LICENSE"], homologated: true });
  });
});

describe("renderText", () => {
  it("colours only when asked", () => {
    expect(renderText(report([missingContributing]), { colour: false })).not.toContain("\u001b[");
    expect(renderText(report([missingContributing]), { colour: true })).toContain("\u001b[31m✘");
  });
});
