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
  it("puts missing required items first and complete, recommended ones on one line, and what is present last", () => {
    const missingRoadmap: Finding = { rule: "roadmap", axis: "transmission", level: "recommended", status: "fail", evidence: [], message: { key: "roadmap.missing" } };
    const body = renderMarkdown(report([presentChangelog, missingRoadmap, missingContributing]), { project: { name: "outil", url: "https://github.com/ministere/outil", contacts: [] } });
    const required = body.indexOf("#### Obligatoires à compléter (1)");
    const recommended = body.indexOf("#### Recommandés à compléter (1)");
    const present = body.indexOf("#### Déjà en place (1)");
    expect(required).toBeGreaterThan(-1);
    expect(recommended).toBeGreaterThan(required);
    expect(present).toBeGreaterThan(recommended);
    expect(body).toContain("- [ ] **Guide de contribution** (`contributing`, Transmission)");
    expect(body).toContain("**Pourquoi\u00a0:**");
    expect(body).toContain("**Comment faire\u00a0:**");
    // The required item's skeleton is filled with what Relais knows.
    expect(body).toContain("# Contribuer à outil");
    expect(body).toContain("https://github.com/ministere/outil/issues");
    // The recommended item: one line, its details collapsed, no skeleton embedded.
    const roadmap = body.slice(recommended, present);
    expect(roadmap).toContain("<details><summary>Comment faire</summary>");
    expect(roadmap).not.toContain("```");
    expect(roadmap).toContain("`relais scaffold . --only roadmap`");
    expect(body.slice(present)).toContain("- [x] **Journal des modifications** — `CHANGELOG.md`");
    expect(body).toContain("Commit audité\u00a0: `0123456789ab`");
    expect(body).toContain("1 document obligatoire manque pour la passation.");
  });

  it("shows a warned item as met, with its advice, and counts it so", () => {
    const warnedSchema: Finding = { rule: "architecture-schema", axis: "deploiement", level: "required", status: "warn", evidence: [{ path: "ARCHITECTURE.md", line: 3, heading: "Architecture" }], message: { key: "architecture-schema.text-only", params: { path: "ARCHITECTURE.md", heading: "Architecture" } } };
    const body = renderMarkdown(report([warnedSchema, missingContributing]));
    expect(body).toContain("Obligatoires\u00a0: 1/2");
    expect(body).toContain("1 document obligatoire manque");
    expect(body).toContain("- [x] **Schéma d'architecture**");
    expect(body).toContain("**Conseil\u00a0:**");
    expect(body.match(/^- \[ \]/gm)).toHaveLength(1);
    expect(renderText(report([warnedSchema]))).toMatch(/✔ Schéma d'architecture[^\n]*\n\s+Conseil\u00a0: /);
    expect(JSON.parse(renderJson(report([warnedSchema]))).summary.required).toEqual({ pass: 1, fail: 0 });
  });

  it("leaves out rules that were not evaluated", () => {
    const skipped: Finding = { rule: "repository-public", axis: "ouverture", level: "required", status: "skip", evidence: [], message: { key: "repository-public.local" } };
    const body = renderMarkdown(report([skipped, missingContributing]));
    expect(body).not.toContain("Dépôt public");
    expect(body).not.toMatch(/non évalué/);
  });

  it("escapes repository-controlled text and never mentions anyone", () => {
    const thin: Finding = { rule: "readme", axis: "transmission", level: "required", status: "fail", evidence: [{ path: "README`.md" }], message: { key: "readme.thin", params: { path: "README`.md" } } };
    const body = renderMarkdown(report([hostileSection, thin]));
    expect(body).not.toMatch(/@everyone/);
    expect(body).not.toContain("<b>");
    expect(body).toContain("``README`.md``");
    expect(body).toContain("`README.md:3` (@\u200beveryone &lt;b\\>Notes&lt;/b\\>)");
  });

  it("reports configuration problems at the top", () => {
    const body = renderMarkdown(report([missingContributing], { configProblems: [{ file: ".github/relais.yml", line: 4, key: "rules.readme", message: "must be one of" }] }));
    expect(body).toContain("`.github/relais.yml`, ligne 4, clé `rules.readme`\u00a0: must be one of");
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
