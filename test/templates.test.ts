import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../src/engine/audit.js";
import { memorySnapshot } from "../src/engine/snapshot.js";
import { CATALOGUES } from "../src/render/messages/index.js";
import { fillSkeleton } from "../src/render/skeletons.js";
import { PACKAGE_ROOT } from "../src/render/templates.js";

const LANGUAGES = ["fr", "en"] as const;
const dir = (language: string) => join(PACKAGE_ROOT, "templates", language);
const read = (language: string, name: string) => readFileSync(join(dir(language), name), "utf8");

describe("templates", () => {
  const named = new Set(LANGUAGES.flatMap((language) => Object.values(CATALOGUES[language].rules).flatMap((rule) => (rule.template ? [rule.template] : []))));

  it.each([...named])("%s, named by a rule message, exists in both languages", (name) => {
    for (const language of LANGUAGES) expect(existsSync(join(dir(language), name)), `${language}/${name}`).toBe(true);
  });

  it("ships the same file names in both languages", () => {
    expect(readdirSync(dir("fr")).sort()).toEqual(readdirSync(dir("en")).sort());
  });

  const facts = { name: "outil-subventions", url: "https://github.com/ministere/outil-subventions", description: "Instruire les demandes de subvention des associations", defaultBranch: "trunk", licence: "EUPL-1.2", contacts: ["equipe@ministere.gouv.fr"] };

  it.each(LANGUAGES)("the %s publiccode.yml skeleton, filled with what Relais knows, passes the publiccode rule and agrees with the licence", (language) => {
    const filled = fillSkeleton(read(language, "publiccode.yml"), "publiccode.yml", language, facts);
    expect(filled).toContain('url: "https://github.com/ministere/outil-subventions"');
    expect(filled).toContain("blob/trunk/ROADMAP.md");
    expect(filled).toContain('email: "equipe@ministere.gouv.fr"');
    const licence = readFileSync(join(PACKAGE_ROOT, "node_modules/spdx-license-list/licenses/EUPL-1.2.json"), "utf8");
    const report = audit(memorySnapshot({ "publiccode.yml": filled, LICENSE: (JSON.parse(licence) as { licenseText: string }).licenseText }));
    expect(report.findings.find((f) => f.rule === "publiccode")).toMatchObject({ status: "pass" });
    expect(report.findings.find((f) => f.rule === "licence-consistent")).toMatchObject({ status: "pass" });
  });

  it.each(LANGUAGES)("the %s skeletons keep no placeholder once filled, and a blank for what is unknown", (language) => {
    for (const name of readdirSync(dir(language))) {
      expect(fillSkeleton(read(language, name), name, language, facts), `${language}/${name}`).not.toMatch(/\{\{\w+\}\}/);
      expect(fillSkeleton(read(language, name), name, language, { contacts: [] }), `${language}/${name}`).not.toMatch(/\{\{\w+\}\}/);
    }
    expect(fillSkeleton(read(language, "README.md"), "README.md", language, { contacts: [] })).toMatch(/^# \[/);
  });

  it("escapes what it fills into YAML", () => {
    const filled = fillSkeleton(read("fr", "publiccode.yml"), "publiccode.yml", "fr", { ...facts, description: 'Un "outil"\\ : #1' });
    expect(filled).toContain('shortDescription: "Un \\"outil\\"\\\\ : #1"');
  });

  // A team that copies a skeleton to the place the message suggests must see the rule pass.
  it.each(LANGUAGES.flatMap((language) => [
    [language, "user-manual", "docs/USER-GUIDE.md", "USER-GUIDE.md"],
    [language, "roadmap", "ROADMAP.md", "ROADMAP.md"],
    [language, "maintainer-contact", "MAINTAINERS.md", "MAINTAINERS.md"],
    [language, "security-policy", "SECURITY.md", "SECURITY.md"],
    [language, "contributing", "CONTRIBUTING.md", "CONTRIBUTING.md"],
  ]))("the %s skeleton satisfies %s once copied to %s", (language, rule, path, name) => {
    // Filled as Relais fills it when it knows nothing about the project: blanks everywhere.
    const report = audit(memorySnapshot({ [path]: fillSkeleton(read(language, name), name, language, { contacts: [] }) }));
    expect(report.findings.find((f) => f.rule === rule)).toMatchObject({ status: "pass" });
  });

  it.each(LANGUAGES)("the %s architecture skeleton holds a Mermaid flowchart", (language) => {
    expect(read(language, "ARCHITECTURE.md")).toMatch(/```mermaid\nflowchart /);
  });

  it.each(LANGUAGES)("the %s skeletons stay short enough to read in an issue", (language) => {
    for (const name of readdirSync(dir(language))) {
      const lines = read(language, name).trimEnd().split("\n").length;
      expect(lines, `${language}/${name}`).toBeGreaterThanOrEqual(25);
      expect(lines, `${language}/${name}`).toBeLessThanOrEqual(80);
    }
  });
});
