import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { mergeWithDefaults } from "../../src/config/parse.js";

const check = (files: Record<string, string>, paths: string[] = []) =>
  audit(memorySnapshot(files), { config: mergeWithDefaults({ paths: { "user-manual": paths } }) }).findings.find((f) => f.rule === "user-manual")!;

const prose = "Cette page explique aux agents comment ouvrir un dossier, le compléter, puis le transmettre au service instructeur. ".repeat(3);

describe("user-manual", () => {
  it.each([
    ["a French user manual file", { "docs/manuel-utilisateur.md": `# Manuel\n\n${prose}` }, "user-manual.file", "docs/manuel-utilisateur.md"],
    ["a camelCase guide in docs", { "docs/reuserGuide.md": `# Reuser guide\n\n${prose}` }, "user-manual.file", "docs/reuserGuide.md"],
    ["a usage page in docs", { "docs/usage-outil.md": `# L'usage\n\n${prose}` }, "user-manual.file", "docs/usage-outil.md"],
    ["a PDF user guide anywhere", { "static/Guide utilisateur v2.pdf": "" }, "user-manual.file", "static/Guide utilisateur v2.pdf"],
    ["a FAQ at the root", { "FAQ.md": `# FAQ\n\n${prose}` }, "user-manual.file", "FAQ.md"],
    ["a docs page titled as a user guide", { "docs/parcours.md": `# Guide de l'agent\n\n${prose}` }, "user-manual.page", "docs/parcours.md"],
    ["a README usage section in prose", { "README.md": `# Outil\n\n## 🧭 Utilisation !\n\n${prose}` }, "user-manual.section", "README.md"],
    ["a README features section with screenshots", { "README.md": "# Outil\n\n## Fonctionnalités\n\n![Écran](docs/ecran.png)\n" }, "user-manual.section", "README.md"],
  ])("passes on %s", (_, files, key, path) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status: "pass", message: { key } });
    expect(finding.evidence[0]?.path).toBe(path);
  });

  it.each([
    ["no documentation", { "README.md": "# Outil\n\nUn outil.\n" }, "user-manual.missing"],
    ["an installation guide", { "docs/guide-installation.md": `# Guide d'installation\n\n${prose}` }, "user-manual.missing"],
    ["a developer guide", { "docs/developer-guide.md": `# Developer guide\n\n${prose}` }, "user-manual.missing"],
    ["an API guide for reusers", { "docs/api-guide.md": `# API\n\n${prose}` }, "user-manual.missing"],
    ["terms of use", { "docs/conditions-d-utilisation.md": `# Conditions d'utilisation\n\n${prose}` }, "user-manual.missing"],
    ["an empty guide page", { "docs/guide.md": "# Guide\n" }, "user-manual.missing"],
    ["a component README whose folder says usage", { "src/components/UsageChart/README.md": `# UsageChart\n\n${prose}` }, "user-manual.missing"],
    ["a guide in a templates folder", { "templates/USER-GUIDE.md": `# User guide\n\n${prose}` }, "user-manual.missing"],
    ["a vendored manual", { "node_modules/lib/MANUAL.md": `# Manual\n\n${prose}` }, "user-manual.missing"],
    ["a usage section that only runs commands", { "README.md": "# Outil\n\n## Usage\n\n```sh\nnpm start\n```\n" }, "user-manual.commands-only"],
    ["a bare features list", { "README.md": "# Outil\n\n## Features\n\n- fast\n- simple\n" }, "user-manual.missing"],
    ["a manual testing checklist", { "docs/manual-testing.md": `# Manual testing\n\n${prose}` }, "user-manual.missing"],
    ["a guide to the data", { "docs/guide-des-donnees.md": `# Guide des données\n\n${prose}` }, "user-manual.missing"],
    ["a page whose title uses the word in passing", { "docs/regles.md": `# Règles de gestion et usage\n\n${prose}` }, "user-manual.missing"],
    ["a features section holding only badges", { "README.md": "# Outil\n\n## Features\n\n![build](https://img.shields.io/badge/build-ok-green)\n" }, "user-manual.missing"],
    ["a usage heading in a technical page", { "doc/chainage.md": `# Chaînage\n\n### Utilisation\n\n${prose}` }, "user-manual.missing"],
  ])("fails on %s", (_, files, key) => {
    expect(check(files)).toMatchObject({ status: "fail", message: { key } });
  });

  it("accepts a place named in the configuration", () => {
    expect(check({ "aide/index.html": "<h1>Aide</h1>" }, ["aide/**"])).toMatchObject({ status: "pass", message: { key: "user-manual.configured" } });
  });

  it("points at the section of a commands-only usage heading", () => {
    const finding = check({ "README.md": "# Outil\n\n## Usage\n\n```sh\nnpm start\n```\n" });
    expect(finding.evidence).toEqual([{ path: "README.md", line: 3, heading: "Usage" }]);
  });
});
