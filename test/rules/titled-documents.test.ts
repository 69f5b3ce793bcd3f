/** Recommended documents recognised by content, wherever the project keeps them. */
import { describe, expect, it } from "vitest";
import { rule as changelog } from "../../src/engine/rules/changelog.js";
import { rule as contributing } from "../../src/engine/rules/contributing.js";
import { CODE, runRule } from "./run-rule.js";

describe("documents found by what they say", () => {
  it("a contribution guide in a folder of its own, titled so", () => {
    const files = { ...CODE, "contribuer/regles.md": "# Règles de contribution\n\nOuvrez un ticket avant toute demande de fusion, ajoutez des tests et faites relire votre code par un autre membre de l'équipe.\n" };
    expect(runRule(contributing, files)).toMatchObject({ status: "pass", evidence: [{ path: "contribuer/regles.md" }] });
  });

  it("a changelog under another name, known by its version headings", () => {
    const files = { ...CODE, "notes/versions.md": "# Ce qui a changé\n\n## 1.2.0 - 2024-03-01\n\n- Export CSV\n\n## 1.1.0 - 2023-11-12\n\n- Carte des zones\n" };
    expect(runRule(changelog, files)).toMatchObject({ status: "pass", evidence: [{ path: "notes/versions.md" }] });
  });

  it("one version heading is not a changelog, nor is a page titled otherwise", () => {
    const files = { ...CODE, "notes/api.md": "# API\n\n## v1.0\n\nLes points d'accès de la première version.\n", "notes/equipe.md": "# L'équipe\n\nTrois développeurs et une designer, depuis 2022, au sein de la direction.\n" };
    expect(runRule(changelog, files).status).toBe("fail");
    expect(runRule(contributing, files).status).toBe("fail");
  });
});
