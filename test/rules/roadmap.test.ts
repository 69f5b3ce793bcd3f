import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";

const check = (files: Record<string, string>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "roadmap")!;

const plans = "Généraliser l'outil à toutes les directions régionales, puis brancher l'API du partenaire en 2026.";

describe("roadmap", () => {
  it.each([
    ["a ROADMAP file", { "ROADMAP.md": `# Roadmap\n\n${plans}\n` }, "roadmap.file", "ROADMAP.md"],
    ["a French feuille de route in docs", { "docs/feuille-de-route.md": `# Feuille de route\n\n${plans}\n` }, "roadmap.file", "docs/feuille-de-route.md"],
    ["a roadmap published with a sub-site", { "packages/website/roadmap.md": `# Roadmap\n\n${plans}\n` }, "roadmap.file", "packages/website/roadmap.md"],
    ["a vision document at the root", { "VISION.md": `# Vision\n\n${plans}\n` }, "roadmap.file", "VISION.md"],
    ["a next-steps README section", { "README.md": `# Outil\n\n## 🚀 Prochaines étapes :\n\n${plans}\n` }, "roadmap.section", "README.md"],
    ["an à venir section", { "README.md": `# Outil\n\n## À venir\n\n${plans}\n` }, "roadmap.section", "README.md"],
    ["a pistes d'évolution page", { "docs/ameliorations.md": `# Pistes d'évolutions\n\n${plans}\n` }, "roadmap.section", "docs/ameliorations.md"],
    ["the publiccode.yml roadmap URL", { "publiccode.yml": "name: Outil\nroadmap: https://example.org/roadmap\n" }, "roadmap.publiccode", "publiccode.yml"],
  ])("passes on %s", (_, files, key, path) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status: "pass", message: { key } });
    expect(finding.evidence[0]?.path).toBe(path);
  });

  it.each([
    ["nothing", { "README.md": "# Outil\n" }, "roadmap.missing"],
    ["a TODO list only", { "TODO.md": "- [ ] migrer vers Zustand\n" }, "roadmap.todo-only"],
    ["an empty roadmap file", { "ROADMAP.md": "# Roadmap\n" }, "roadmap.missing"],
    ["an empty publiccode roadmap", { "publiccode.yml": "name: Outil\nroadmap: \"\"\n" }, "roadmap.missing"],
    ["a heading-only next-steps section", { "README.md": "# Outil\n\n## Next steps\n\n## Licence\n\nMIT\n" }, "roadmap.missing"],
    ["a computer-vision section", { "README.md": `# Outil\n\n## Vision par ordinateur\n\n${plans}\n` }, "roadmap.missing"],
    ["past changes in a changelog", { "CHANGELOG.md": `# Changelog\n\n## Évolutions à venir\n\n${plans}\n` }, "roadmap.missing"],
    ["next steps at the end of an installation guide", { "docs/install.md": `# Installation\n\n## Next steps\n\n${plans}\n` }, "roadmap.missing"],
    ["a roadmap template", { "templates/fr/ROADMAP.md": `# Feuille de route\n\n${plans}\n` }, "roadmap.missing"],
  ])("fails on %s", (_, files, key) => {
    expect(check(files)).toMatchObject({ status: "fail", message: { key } });
  });

  it("points at the publiccode.yml line", () => {
    expect(check({ "publiccode.yml": "name: Outil\nroadmap: https://example.org/roadmap\n" }).evidence).toEqual([{ path: "publiccode.yml", line: 2 }]);
  });
});
