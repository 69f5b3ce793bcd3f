import { describe, expect, it } from "vitest";
import { rule } from "../../src/engine/rules/technical-docs.js";
import { CODE, expectOutcome, runRule } from "./run-rule.js";

const PAGE = "# Organisation du code\n\n" + "Le dossier src contient l'API, le dossier web l'interface ; les tâches planifiées vivent dans jobs et partagent le module de connexion à la base. ".repeat(3);

describe("technical-docs", () => {
  it.each([
    ["a docs folder with a real page", { "docs/code.md": PAGE }, "pass", "technical-docs.folder"],
    ["an MkDocs site", { "mkdocs.yml": "site_name: x", "docs/index.md": PAGE }, "pass", "technical-docs.site"],
    ["a VuePress site", { "docs/.vuepress/config.js": "module.exports = {}", "docs/guide.md": PAGE }, "pass", "technical-docs.site"],
    ["a Sphinx site in reStructuredText", { "doc/conf.py": "project = 'x'", "doc/index.rst": "Outil\n=====\n\n" + PAGE.slice(24) }, "pass", "technical-docs.site"],
    ["a root DEVELOPMENT.md", { "DEVELOPMENT.md": PAGE }, "pass", "technical-docs.file"],
    ["a DAT (dossier d'architecture technique) in a sub-folder", { "dat/README.md": PAGE.replace("Organisation du code", "ENKI") }, "pass", "technical-docs.file"],
    ["a 'Développement' section in the README", { "README.md": "# Outil\n\n## Développement\n\n```sh\nnpm run dev\n```\n" }, "pass", "technical-docs.section"],
    ["an 'Architecture' section with prose", { "README.md": `# Outil\n\n## Architecture\n\n${PAGE.slice(24)}\n` }, "pass", "technical-docs.section"],
    ["nothing", { "README.md": "# Outil\n\nUn outil.\n" }, "fail", "technical-docs.missing"],
    ["agent work plans only", { "docs/superpowers/plans/2026-01-01-ci.md": PAGE, "PLAN.md": PAGE }, "fail", "technical-docs.missing"],
    ["a built site (HTML and assets only)", { "front/docs/index.html": "<h1>Design system</h1>" + PAGE, "front/docs/Barlow.0cf20bb6.svg": "" }, "fail", "technical-docs.missing"],
    ["a docs-theme leftover page only", { "docs/installation.md": "# Installation\n\nCe thème fonctionne avec VuePress. Ajoutez-le à votre projet puis déclarez-le dans la configuration du site, comme indiqué ci-dessous, et redémarrez le serveur de développement pour voir le résultat dans votre navigateur.\n\n```bash\nyarn add vuepress-theme-gouv-fr\n```\n" }, "fail", "technical-docs.missing"],
    ["stubs of a few words", { "docs/a.md": "# A\n\nÀ venir.\n" }, "fail", "technical-docs.missing"],
  ])("%s", (_name, files, status, key) => {
    expectOutcome(rule, files, { status, key });
  });

  it("skips a repository without software", () => {
    expect(runRule(rule, { "readme.md": "# Défi\n", "docs/etude.md": PAGE }).status).toBe("skip");
  });
});
